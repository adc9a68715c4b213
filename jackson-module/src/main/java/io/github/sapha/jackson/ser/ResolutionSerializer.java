package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.meeting.Resolution;

/**
 * Writes a meeting's {@link Resolution}: {@code text}, {@code outcome}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class ResolutionSerializer extends SaphaSerializer<Resolution> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public ResolutionSerializer(boolean writeEmptyCollections) {
    super(Resolution.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Resolution value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Resolution value, JsonOut out) {
    out.startObject();
    out.string(TEXT, value.text());
    out.enumValue(OUTCOME, value.outcome());
    out.endObject();
  }
}
