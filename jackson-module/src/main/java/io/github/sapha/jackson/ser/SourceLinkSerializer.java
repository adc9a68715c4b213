package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.meeting.SourceLink;

/**
 * Writes a {@link SourceLink}: {@code url}, {@code title}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class SourceLinkSerializer extends SaphaSerializer<SourceLink> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public SourceLinkSerializer(boolean writeEmptyCollections) {
    super(SourceLink.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(SourceLink value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(SourceLink value, JsonOut out) {
    out.startObject();
    out.string(URL, value.url().toString());
    out.string(TITLE, value.title());
    out.endObject();
  }
}
