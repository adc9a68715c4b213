package io.github.sapha.meeting;

import com.google.common.collect.ImmutableList;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.MeetingId;
import io.github.sapha.internal.Checks;
import io.github.sapha.internal.MissingFields;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A meeting or forum (เวที / การประชุม): title, date, level, the body whose
 * meeting it is, venue, organisers, participants in their roles, attendance,
 * agenda, resolutions and sources.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Meeting {

  Meeting() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, unique among the meetings of a registry} */
  public abstract MeetingId id();

  /** {@return the Thai title} */
  public abstract String titleTh();

  /** {@return the English title, if any} */
  public abstract Optional<String> titleEn();

  /** {@return the date} */
  public abstract LocalDate date();

  /** {@return the level} */
  public abstract MeetingLevel level();

  /**
   * Gets the id of the body (council or network) whose meeting this is, if it
   * is one body's meeting; a council meeting's attendance is measured against
   * that council's members for quorum.
   *
   * @return the body's id, or empty for a meeting of several bodies
   */
  public abstract Optional<BodyId> body();

  /** {@return the venue, if known} */
  public abstract Optional<Venue> venue();

  /** {@return the ids of the organising bodies (councils, networks, organisations), in document order} */
  public abstract ImmutableList<BodyId> organisers();

  /** {@return the participants in their roles, in document order} */
  public abstract ImmutableList<Participant> participants();

  /** {@return the number of people who attended, if counted} */
  public abstract OptionalInt attendance();

  /** {@return the agenda items, in order} */
  public abstract ImmutableList<String> agenda();

  /** {@return the resolutions, in order} */
  public abstract ImmutableList<Resolution> resolutions();

  /**
   * Gets whether the meeting was held, is planned or was cancelled; held
   * unless set. Only held meetings count for dates after the as-of date,
   * quorum and resolutions.
   *
   * @return the status, not null
   */
  @Value.Default
  public MeetingStatus status() {
    return MeetingStatus.HELD;
  }

  /** {@return the sources the record of this meeting comes from} */
  public abstract ImmutableList<SourceLink> sources();

  @Value.Check
  final void check() {
    String owner = "meeting " + id();
    Checks.text(owner, "titleTh", titleTh());
    titleEn().ifPresent(title -> Checks.text(owner, "titleEn", title));
    if (attendance().isPresent() && attendance().getAsInt() < 0) {
      throw new IllegalArgumentException(
          owner + ": attendance " + attendance().getAsInt() + " must not be negative");
    }
    for (int i = 0; i < agenda().size(); i++) {
      Checks.text(owner, "/agenda/" + i, agenda().get(i));
    }
  }

  /** Gets a short form such as "Meeting[forum-2017-05-18 2017-05-18 district]". */
  @Override
  public String toString() {
    return "Meeting[" + id() + " " + date() + " " + level().english()
        + (status() == MeetingStatus.HELD ? "" : " " + status().english()) + "]";
  }

  /**
   * Builds a {@link Meeting}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}

    /**
     * Builds the meeting.
     *
     * @return the meeting, not null
     * @throws IllegalStateException if a required field (id, titleTh, date and level) is not set;
     *     the message names the meeting and the fields
     * @throws IllegalArgumentException if the meeting is refused, as above
     */
    @Override
    public Meeting build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.describe("meeting", this, "id");
      }
    }
  }
}
