package io.github.sapha.plan;

/**
 * Where a project's money comes from.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FundingSource {
  /** สถาบันพัฒนาองค์กรชุมชน: CODI, which funds councils and rural sufficiency housing. */
  CODI("พอช.", "CODI"),
  /** องค์กรปกครองส่วนท้องถิ่น: a local government. */
  LOCAL_GOVERNMENT("อปท.", "local government"),
  /** จังหวัด: the province. */
  PROVINCIAL("จังหวัด", "provincial"),
  /** ส่วนกลาง: a central government agency. */
  CENTRAL_AGENCY("หน่วยงานส่วนกลาง", "central agency"),
  /** ทุนชุมชน: the community's own funds. */
  COMMUNITY("ทุนชุมชน", "community's own funds"),
  /** เอกชน: private. */
  PRIVATE("เอกชน", "private"),
  /** อื่น ๆ: other. */
  OTHER("อื่น ๆ", "other");

  private final String thai;
  private final String english;

  FundingSource(String thai, String english) {
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
