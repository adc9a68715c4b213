package io.github.sapha.jackson.codec;

import io.github.sapha.jackson.deser.JsonIn;
import io.github.sapha.jackson.deser.Scalars;
import io.github.sapha.jackson.internal.JsonEnums;
import io.github.sapha.jackson.ser.JsonOut;

/**
 * An enum constant, written as its JSON value such as "vice-chair".
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 *
 * @param <E> the enum type
 */
final class EnumCodec<E extends Enum<E>> implements ValueCodec<E> {
  private final Class<E> type;

  EnumCodec(Class<E> type) {
    this.type = type;
  }

  Class<E> type() {
    return type;
  }

  @Override
  public E read(JsonIn in) {
    return Scalars.enumValue(in, type);
  }

  @Override
  public void write(E value, JsonOut out) {
    out.stringValue(JsonEnums.toJson(value));
  }

  @Override
  public String what() {
    return JsonEnums.withArticle(JsonEnums.kindOf(type));
  }
}
