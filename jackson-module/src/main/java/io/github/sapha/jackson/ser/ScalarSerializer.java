package io.github.sapha.jackson.ser;

import java.util.function.Function;

/**
 * Writes a value that format v1 writes as one JSON string, such as an {@code
 * Id}, an area code, an amount of {@code Baht}, a registration number, a
 * phone number or a citizen id, in its canonical text form.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class ScalarSerializer<T> extends SaphaSerializer<T> {
  private final Function<T, String> text;

  /**
   * Creates a serializer.
   *
   * @param type the model type, not null
   * @param text gives the canonical text of a value, not null
   */
  public ScalarSerializer(Class<T> type, Function<T, String> text) {
    super(type, true);
    this.text = text;
  }

  @Override
  protected void writeValue(T value, JsonOut out) {
    out.stringValue(text.apply(value));
  }
}
