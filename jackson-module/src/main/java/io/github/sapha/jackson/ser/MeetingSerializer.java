package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingStatus;

/**
 * Writes a {@link Meeting}: {@code id}, {@code titleTh}, {@code titleEn}, {@code date}, {@code level}, {@code status} (unless held), {@code body}, {@code venue}, {@code organisers}, {@code participants}, {@code attendance}, {@code agenda}, {@code resolutions}, {@code sources}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class MeetingSerializer extends SaphaSerializer<Meeting> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public MeetingSerializer(boolean writeEmptyCollections) {
    super(Meeting.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Meeting value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Meeting value, JsonOut out) {
    out.startObject();
    out.id(ID, value.id());
    out.string(TITLE_TH, value.titleTh());
    out.string(TITLE_EN, value.titleEn());
    out.date(DATE, value.date());
    out.enumValue(LEVEL, value.level());
    if (value.status() != MeetingStatus.HELD) {
      // Written only when not held, so that documents of held meetings stay as format v1 wrote them.
      out.enumValue(STATUS, value.status());
    }
    out.optionalId(BODY, value.body());
    if (value.venue().isPresent()) {
      out.name(VENUE);
      VenueSerializer.write(value.venue().get(), out);
    }
    out.ids(ORGANISERS, value.organisers());
    out.array(PARTICIPANTS, value.participants(), ParticipantSerializer::write);
    if (value.attendance().isPresent()) {
      out.number(ATTENDANCE, value.attendance().getAsInt());
    }
    out.strings(AGENDA, value.agenda());
    out.array(RESOLUTIONS, value.resolutions(), ResolutionSerializer::write);
    out.array(SOURCES, value.sources(), SourceLinkSerializer::write);
    out.endObject();
  }
}
