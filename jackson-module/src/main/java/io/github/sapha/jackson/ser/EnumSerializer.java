package io.github.sapha.jackson.ser;

import io.github.sapha.jackson.internal.JsonEnums;

/**
 * Writes a model enum by its JSON value, such as {@code "vice-chair"} for
 * {@code PostRole.VICE_CHAIR} (see {@link JsonEnums} for the rule).
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 *
 * @param <E> the enum type
 */
public final class EnumSerializer<E extends Enum<E>> extends SaphaSerializer<E> {

  /**
   * Creates a serializer.
   *
   * @param type the enum class, not null
   */
  public EnumSerializer(Class<E> type) {
    super(type, true);
  }

  @Override
  protected void writeValue(E value, JsonOut out) {
    out.stringValue(JsonEnums.toJson(value));
  }
}
