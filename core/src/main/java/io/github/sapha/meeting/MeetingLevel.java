package io.github.sapha.meeting;

/**
 * The level of a meeting.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MeetingLevel {
  /** A meeting of one council. */
  COUNCIL("ระดับตำบล", "council"),
  /** A district meeting or forum, such as Mae Sai's 2017 forum. */
  DISTRICT("ระดับอำเภอ", "district"),
  /** การประชุมระดับจังหวัด: a provincial meeting. */
  PROVINCIAL("ระดับจังหวัด", "provincial"),
  /** การประชุมระดับชาติ: the national meeting. */
  NATIONAL("ระดับชาติ", "national"),
  /** Any other meeting. */
  OTHER("อื่น ๆ", "other");

  private final String thai;
  private final String english;

  MeetingLevel(String thai, String english) {
    this.thai = thai;
    this.english = english;
  }

  /** {@return the Thai label} */
  public String thai() {
    return thai;
  }

  /** {@return the English label} */
  public String english() {
    return english;
  }
}
