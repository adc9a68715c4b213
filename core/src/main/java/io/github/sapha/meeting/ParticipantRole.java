package io.github.sapha.meeting;

/**
 * What a person did at a meeting.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ParticipantRole {
  /** ประธานในที่ประชุม: chaired the meeting. */
  CHAIRED("เป็นประธาน", "chaired"),
  /** กล่าวต้อนรับ: welcomed the participants. */
  WELCOMED("กล่าวต้อนรับ", "welcomed"),
  /** กล่าวเปิด: opened the meeting. */
  OPENED("กล่าวเปิด", "opened"),
  /** กล่าว: spoke. */
  SPOKE("กล่าว", "spoke"),
  /** นำเสนอ: presented. */
  PRESENTED("นำเสนอ", "presented"),
  /** รายงาน: reported on the meeting (wrote the report). */
  REPORTED("รายงาน", "reported"),
  /** เข้าร่วม: attended. */
  ATTENDED("เข้าร่วม", "attended"),
  /** Anything else, told in the participant's note. */
  OTHER("อื่น ๆ", "other");

  private final String thai;
  private final String english;

  ParticipantRole(String thai, String english) {
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
