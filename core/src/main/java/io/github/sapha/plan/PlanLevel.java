package io.github.sapha.plan;

/**
 * The levels of plans, from the community up to the nation. A plan's parent
 * must be at a higher level.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PlanLevel {
  /** แผนชุมชน: a community plan. */
  COMMUNITY("แผนชุมชน", "community plan"),
  /** แผนพัฒนาตำบล: a sub-district plan. */
  SUBDISTRICT("แผนพัฒนาตำบล", "sub-district plan"),
  /** แผนพัฒนาอำเภอ: a district plan or strategy. */
  DISTRICT("แผนพัฒนาอำเภอ", "district plan"),
  /** แผนพัฒนาจังหวัด: a provincial plan. */
  PROVINCE("แผนพัฒนาจังหวัด", "provincial plan"),
  /** แผนระดับชาติ: a national plan. */
  NATIONAL("แผนระดับชาติ", "national plan");

  private final String thai;
  private final String english;

  PlanLevel(String thai, String english) {
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

  /**
   * Checks if this level is above another: a district plan is above a
   * sub-district plan.
   *
   * @param other the other level, not null
   * @return true if this level is strictly higher
   */
  public boolean isAbove(PlanLevel other) {
    return compareTo(other) > 0;
  }
}
