package io.github.sapha.council;

/**
 * The id of a {@link io.github.sapha.meeting.Meeting}, unique among the
 * meetings of a registry, such as {@code "forum-2017-05-18"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MeetingId extends Id {
  private MeetingId(String value) {
    super(value);
  }

  /**
   * Obtains a meeting's id.
   *
   * @param value the id, such as "forum-2017-05-18", not null
   * @return the id, not null
   * @throws IllegalArgumentException if the value is not a well-formed {@link Id}
   */
  public static MeetingId of(String value) {
    return new MeetingId(checked(value));
  }
}
