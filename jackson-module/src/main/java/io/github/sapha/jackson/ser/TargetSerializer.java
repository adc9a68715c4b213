package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.plan.Target;

/**
 * Writes a project's {@link Target}: {@code quantity}, {@code unit}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class TargetSerializer extends SaphaSerializer<Target> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public TargetSerializer(boolean writeEmptyCollections) {
    super(Target.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Target value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Target value, JsonOut out) {
    out.startObject();
    out.number(QUANTITY, value.quantity());
    out.string(UNIT, value.unit());
    out.endObject();
  }
}
