package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.meeting.Venue;

/**
 * Writes a meeting's {@link Venue}: {@code description}, {@code localGovernment}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class VenueSerializer extends SaphaSerializer<Venue> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public VenueSerializer(boolean writeEmptyCollections) {
    super(Venue.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Venue value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Venue value, JsonOut out) {
    out.startObject();
    out.string(DESCRIPTION, value.description());
    out.optionalId(LOCAL_GOVERNMENT, value.localGovernment());
    out.endObject();
  }
}
