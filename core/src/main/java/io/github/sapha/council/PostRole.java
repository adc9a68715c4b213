package io.github.sapha.council;

/**
 * The posts (ตำแหน่ง) of a council, network or organisation.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PostRole {
  /** ประธาน: chair; one holder at a time. */
  CHAIR("ประธาน", "chair", true),
  /** รองประธาน: vice-chair; there may be several. */
  VICE_CHAIR("รองประธาน", "vice-chair", false),
  /** เลขานุการ: secretary; one holder at a time. */
  SECRETARY("เลขานุการ", "secretary", true),
  /** เหรัญญิก: treasurer; one holder at a time. */
  TREASURER("เหรัญญิก", "treasurer", true),
  /** กรรมการ: committee member. */
  COMMITTEE_MEMBER("กรรมการ", "committee member", false),
  /** Any other post, named by the post's label, such as "deputy mayor". */
  OTHER("อื่น ๆ", "other", false);

  private final String thai;
  private final String english;
  private final boolean singleHolder;

  PostRole(String thai, String english, boolean singleHolder) {
    this.thai = thai;
    this.english = english;
    this.singleHolder = singleHolder;
  }

  /** {@return the Thai label} */
  public String thai() {
    return thai;
  }

  /** {@return the English label} */
  public String english() {
    return english;
  }

  /** {@return true if only one person may hold this post at a time} */
  public boolean isSingleHolder() {
    return singleHolder;
  }

  /** {@return true if this is an officer post: chair, vice-chair, secretary or treasurer} */
  public boolean isOfficer() {
    return this == CHAIR || this == VICE_CHAIR || this == SECRETARY || this == TREASURER;
  }
}
