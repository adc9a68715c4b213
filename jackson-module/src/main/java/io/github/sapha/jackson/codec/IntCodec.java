package io.github.sapha.jackson.codec;

import io.github.sapha.jackson.deser.JsonIn;
import io.github.sapha.jackson.deser.Scalars;
import io.github.sapha.jackson.ser.JsonOut;

/**
 * An integer within a range, read and written without boxing through {@link
 * #readInt}; the range is the model's, so that a number out of it is refused
 * at the value rather than when its object is built.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
final class IntCodec implements ValueCodec<Integer> {
  private final long min;
  private final long max;

  IntCodec(long min, long max) {
    this.min = min;
    this.max = max;
  }

  int readInt(JsonIn in) {
    return (int) Scalars.integer(in, min, max);
  }

  long readLong(JsonIn in) {
    return Scalars.integer(in, min, max);
  }

  @Override
  public Integer read(JsonIn in) {
    return readInt(in);
  }

  @Override
  public void write(Integer value, JsonOut out) {
    out.numberValue(value);
  }

  @Override
  public String what() {
    return "an integer";
  }
}
