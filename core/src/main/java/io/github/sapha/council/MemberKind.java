package io.github.sapha.council;

/**
 * On what basis a person sits on a council.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MemberKind {
  /** ผู้แทนชุมชน: sent by a member community. */
  COMMUNITY_REPRESENTATIVE("ผู้แทนชุมชน", "community representative"),
  /** ผู้ทรงคุณวุฒิ: a qualified person chosen by the representatives. */
  QUALIFIED_PERSON("ผู้ทรงคุณวุฒิ", "qualified person");

  private final String thai;
  private final String english;

  MemberKind(String thai, String english) {
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
