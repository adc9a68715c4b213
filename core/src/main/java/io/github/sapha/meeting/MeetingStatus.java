package io.github.sapha.meeting;

/**
 * Whether a meeting took place: a registry records meetings held, and may
 * record meetings planned (such as next year's, after the as-of date) or
 * cancelled. Only held meetings count for dates after the as-of date, quorum
 * and resolutions.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MeetingStatus {
  /** Scheduled, not yet held: it may be dated after the registry's as-of date. */
  PLANNED("กำหนดการ", "planned"),
  /** Held: the default, and what every meeting of format v1 without a status is. */
  HELD("จัดแล้ว", "held"),
  /** Called off: it did not take place. */
  CANCELLED("ยกเลิก", "cancelled");

  private final String thai;
  private final String english;

  MeetingStatus(String thai, String english) {
    this.thai = thai;
    this.english = english;
  }

  /**
   * Gets the Thai label.
   *
   * @return the label, such as "จัดแล้ว", not null
   */
  public String thai() {
    return thai;
  }

  /**
   * Gets the English label, as JSON format v1 writes it.
   *
   * @return the label, such as "held", not null
   */
  public String english() {
    return english;
  }
}
