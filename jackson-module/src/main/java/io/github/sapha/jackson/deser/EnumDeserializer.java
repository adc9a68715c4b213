package io.github.sapha.jackson.deser;

import io.github.sapha.jackson.internal.JsonEnums;

/**
 * Reads a model enum from its JSON value, such as {@code "vice-chair"} for
 * {@code PostRole.VICE_CHAIR} (see {@link JsonEnums} for the rule).
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 *
 * @param <E> the enum type
 */
public final class EnumDeserializer<E extends Enum<E>> extends SaphaDeserializer<E> {
  private final Class<E> type;

  /**
   * Creates a deserializer.
   *
   * @param type the enum class, not null
   */
  public EnumDeserializer(Class<E> type) {
    super(type, JsonEnums.withArticle(JsonEnums.kindOf(type)), ReadOptions.SCALARS, false);
    this.type = type;
  }

  @Override
  protected E readValue(JsonIn in) {
    return Scalars.enumValue(in, type);
  }
}
