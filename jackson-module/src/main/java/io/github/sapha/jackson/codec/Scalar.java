package io.github.sapha.jackson.codec;

import io.github.sapha.jackson.deser.JsonIn;
import io.github.sapha.jackson.ser.JsonOut;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A value written as one JSON string, number or boolean: read by a reader
 * of {@code Scalars}, which checks it at the value.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 *
 * @param <V> the model type
 */
final class Scalar<V> implements ValueCodec<V> {
  private final String what;
  private final boolean personal;
  private final Function<JsonIn, V> read;
  private final BiConsumer<V, JsonOut> write;

  Scalar(String what, boolean personal, Function<JsonIn, V> read, BiConsumer<V, JsonOut> write) {
    this.what = what;
    this.personal = personal;
    this.read = read;
    this.write = write;
  }

  /** A value written as a string, its text. */
  static <V> Scalar<V> text(String what, Function<JsonIn, V> read, Function<V, String> text) {
    return new Scalar<>(what, false, read, (value, out) -> out.stringValue(text.apply(value)));
  }

  @Override
  public V read(JsonIn in) {
    return read.apply(in);
  }

  @Override
  public void write(V value, JsonOut out) {
    write.accept(value, out);
  }

  @Override
  public String what() {
    return what;
  }

  @Override
  public boolean personal() {
    return personal;
  }
}
