package io.github.sapha.jackson.ser;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The base of the module's serializers: writes one value of format v1
 * straight to the generator, fields in the order of the format, never
 * through a tree.
 *
 * <p>Internal: not exported from the module. Instances are immutable and
 * thread-safe.
 *
 * @param <T> the model type
 */
public abstract class SaphaSerializer<T> extends StdSerializer<T> {
  private final boolean writeEmptyCollections;

  /**
   * Creates a serializer.
   *
   * @param type the model type, not null
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  protected SaphaSerializer(Class<T> type, boolean writeEmptyCollections) {
    super(type);
    this.writeEmptyCollections = writeEmptyCollections;
  }

  @Override
  public final void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
    writeValue(value, new JsonOut(gen, writeEmptyCollections));
  }

  /**
   * Writes the value.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  protected abstract void writeValue(T value, JsonOut out);
}
