package io.github.sapha.jackson.deser;

import java.util.function.Function;

/**
 * Reads a value that format v1 writes as one JSON string or number, such as
 * an {@code Id}, an area code, an amount of {@code Baht}, a {@code
 * FiscalYear}, a phone number or a citizen id, through one of the {@link
 * Scalars} readers.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class ScalarDeserializer<T> extends SaphaDeserializer<T> {
  private final Function<JsonIn, T> reader;

  /**
   * Creates a deserializer.
   *
   * @param type the model type, not null
   * @param what the value with its article, for messages, such as "an id"
   * @param personal whether the value is personal data
   * @param reader reads the value at the current token, not null
   */
  public ScalarDeserializer(Class<T> type, String what, boolean personal, Function<JsonIn, T> reader) {
    // Scalars have no fields or arrays, so neither unknown fields nor limits matter.
    super(type, what, ReadOptions.SCALARS, personal);
    this.reader = reader;
  }

  @Override
  protected T readValue(JsonIn in) {
    return reader.apply(in);
  }
}
