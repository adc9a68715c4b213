package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.AGENDA;
import static io.github.sapha.jackson.internal.Fields.ATTENDANCE;
import static io.github.sapha.jackson.internal.Fields.BODY;
import static io.github.sapha.jackson.internal.Fields.DATE;
import static io.github.sapha.jackson.internal.Fields.ID;
import static io.github.sapha.jackson.internal.Fields.LEVEL;
import static io.github.sapha.jackson.internal.Fields.ORGANISERS;
import static io.github.sapha.jackson.internal.Fields.PARTICIPANTS;
import static io.github.sapha.jackson.internal.Fields.RESOLUTIONS;
import static io.github.sapha.jackson.internal.Fields.SOURCES;
import static io.github.sapha.jackson.internal.Fields.STATUS;
import static io.github.sapha.jackson.internal.Fields.TITLE_EN;
import static io.github.sapha.jackson.internal.Fields.TITLE_TH;
import static io.github.sapha.jackson.internal.Fields.VENUE;

import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingLevel;
import io.github.sapha.meeting.MeetingStatus;

/**
 * Reads a {@link Meeting}: {@code id}, {@code titleTh}, optional {@code
 * titleEn}, {@code date}, {@code level}, optional {@code status} (held when
 * absent), optional {@code body} and {@code venue}, {@code organisers}, {@code participants}, optional {@code
 * attendance}, {@code agenda}, {@code resolutions} and {@code sources}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class MeetingDeserializer extends SaphaDeserializer<Meeting> {
  static final Shape SHAPE =
      Shape.of(
              "a meeting",
              ID,
              TITLE_TH,
              TITLE_EN,
              DATE,
              LEVEL,
              STATUS,
              BODY,
              VENUE,
              ORGANISERS,
              PARTICIPANTS,
              ATTENDANCE,
              AGENDA,
              RESOLUTIONS,
              SOURCES)
          .required(ID, TITLE_TH, DATE, LEVEL);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public MeetingDeserializer(ReadOptions options) {
    super(Meeting.class, SHAPE.what(), options, false);
  }

  @Override
  protected Meeting readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a meeting at the current token.
   *
   * @param in the reading position, not null
   * @return the meeting, not null
   */
  public static Meeting read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    Meeting.Builder meeting = Meeting.builder();
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ID -> meeting.id(Scalars.meetingId(in));
        case TITLE_TH -> meeting.titleTh(Scalars.text(in));
        case TITLE_EN -> meeting.titleEn(Scalars.text(in));
        case DATE -> meeting.date(Scalars.date(in));
        case LEVEL -> meeting.level(Scalars.enumValue(in, MeetingLevel.class));
        case STATUS -> meeting.status(Scalars.enumValue(in, MeetingStatus.class));
        case BODY -> meeting.body(Scalars.bodyId(in));
        case VENUE -> meeting.venue(VenueDeserializer.read(in));
        case ORGANISERS -> in.array(() -> meeting.addOrganiser(Scalars.bodyId(in)));
        case PARTICIPANTS -> in.array(() -> meeting.addParticipant(ParticipantDeserializer.read(in)));
        case ATTENDANCE -> meeting.attendance(Scalars.integer(in));
        case AGENDA -> in.array(() -> meeting.addAgenda(Scalars.text(in)));
        case RESOLUTIONS -> in.array(() -> meeting.addResolution(ResolutionDeserializer.read(in)));
        case SOURCES -> in.array(() -> meeting.addSource(SourceLinkDeserializer.read(in)));
        default -> throw new AssertionError(field);
      }
    }
    return object.build(meeting::build);
  }
}
