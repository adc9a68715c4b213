package io.github.sapha.jackson.codec;

import io.github.sapha.jackson.deser.JsonIn;
import io.github.sapha.jackson.ser.JsonOut;

/**
 * How one value of format v1 is read and written: a scalar (an id, a date, an
 * amount, an enum value) or an object ({@link ObjectCodec}).
 *
 * <p>Internal: not exported from the module. Implementations are immutable and
 * thread-safe.
 *
 * @param <V> the model type
 */
public interface ValueCodec<V> {
  /**
   * Reads the value at the current token, leaving the parser on its last token.
   *
   * @param in the reading position, not null
   * @return the value, not null
   */
  V read(JsonIn in);

  /**
   * Writes the value.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  void write(V value, JsonOut out);

  /** {@return the value with its article, for messages, such as "a council" or "a person id"} */
  String what();

  /** {@return whether the whole value is personal data, never shown in messages} */
  default boolean personal() {
    return false;
  }
}
