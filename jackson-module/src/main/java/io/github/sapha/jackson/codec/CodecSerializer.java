package io.github.sapha.jackson.codec;

import io.github.sapha.jackson.ser.JsonOut;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes one model type for Jackson through its codec, straight to the
 * generator, never through a tree.
 *
 * <p>Internal: not exported from the module. Instances are immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class CodecSerializer<T> extends StdSerializer<T> {
  private final ValueCodec<T> codec;
  private final boolean writeEmptyCollections;

  /**
   * Creates a serializer.
   *
   * @param type the model type, not null
   * @param codec its codec, not null
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public CodecSerializer(Class<T> type, ValueCodec<T> codec, boolean writeEmptyCollections) {
    super(type);
    this.codec = codec;
    this.writeEmptyCollections = writeEmptyCollections;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
    codec.write(value, new JsonOut(gen, writeEmptyCollections));
  }
}
