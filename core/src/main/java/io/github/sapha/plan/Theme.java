package io.github.sapha.plan;

/**
 * The themes (ประเด็น) that plans and projects address. The Mae Sai forum
 * named economy, society, natural resources and environment, "and others".
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Theme {
  /** เศรษฐกิจ. */
  ECONOMY("เศรษฐกิจ", "economy"),
  /** สังคม. */
  SOCIETY("สังคม", "society"),
  /** ทรัพยากรธรรมชาติและสิ่งแวดล้อม. */
  NATURAL_RESOURCES_AND_ENVIRONMENT("ทรัพยากรธรรมชาติและสิ่งแวดล้อม", "natural resources and environment"),
  /** ที่อยู่อาศัย, such as rural sufficiency housing (บ้านพอเพียงชนบท). */
  HOUSING("ที่อยู่อาศัย", "housing"),
  /** สวัสดิการ. */
  WELFARE("สวัสดิการ", "welfare"),
  /** สุขภาพ. */
  HEALTH("สุขภาพ", "health"),
  /** การศึกษา. */
  EDUCATION("การศึกษา", "education"),
  /** วัฒนธรรม. */
  CULTURE("วัฒนธรรม", "culture"),
  /** เกษตร. */
  AGRICULTURE("เกษตร", "agriculture"),
  /** ภัยพิบัติ. */
  DISASTER("ภัยพิบัติ", "disaster"),
  /** อื่น ๆ. */
  OTHER("อื่น ๆ", "other");

  private final String thai;
  private final String english;

  Theme(String thai, String english) {
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
