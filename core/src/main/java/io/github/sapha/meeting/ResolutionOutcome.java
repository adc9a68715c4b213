package io.github.sapha.meeting;

/**
 * What became of a proposed resolution (มติ).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ResolutionOutcome {
  /** เห็นชอบ: adopted. */
  ADOPTED("เห็นชอบ", "adopted"),
  /** ไม่เห็นชอบ: rejected. */
  REJECTED("ไม่เห็นชอบ", "rejected"),
  /** เลื่อนการพิจารณา: deferred. */
  DEFERRED("เลื่อนการพิจารณา", "deferred");

  private final String thai;
  private final String english;

  ResolutionOutcome(String thai, String english) {
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
