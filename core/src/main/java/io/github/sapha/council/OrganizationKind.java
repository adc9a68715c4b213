package io.github.sapha.council;

/**
 * The kinds of organisation that appear around councils.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OrganizationKind {
  /** สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน), CODI: supports and funds councils. */
  CODI("สถาบันพัฒนาองค์กรชุมชน", "Community Organizations Development Institute"),
  /** A regional office of CODI, such as the northern office (สำนักงานภาคเหนือ). */
  CODI_REGIONAL_OFFICE("สำนักงานภาค พอช.", "CODI regional office"),
  /** A local government (องค์กรปกครองส่วนท้องถิ่น): municipality, อบต., อบจ., Bangkok, Pattaya. */
  LOCAL_GOVERNMENT("องค์กรปกครองส่วนท้องถิ่น", "local government"),
  /** A government office, such as a district community-development office (สำนักงานพัฒนาชุมชนอำเภอ). */
  GOVERNMENT_OFFICE("หน่วยงานราชการ", "government office"),
  /** Any other organisation. */
  OTHER("อื่น ๆ", "other");

  private final String thai;
  private final String english;

  OrganizationKind(String thai, String english) {
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
