package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.meeting.Participant;

/**
 * Writes a meeting {@link Participant}: {@code person}, {@code role}, {@code capacity}, {@code note}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class ParticipantSerializer extends SaphaSerializer<Participant> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public ParticipantSerializer(boolean writeEmptyCollections) {
    super(Participant.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Participant value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Participant value, JsonOut out) {
    out.startObject();
    out.id(PERSON, value.person());
    out.enumValue(ROLE, value.role());
    out.optionalId(CAPACITY, value.capacity());
    out.string(NOTE, value.note());
    out.endObject();
  }
}
