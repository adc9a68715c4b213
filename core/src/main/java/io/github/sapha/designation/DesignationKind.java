package io.github.sapha.designation;

/** What kind of designation a named set of areas is. */
public enum DesignationKind {
  /** A special economic zone (เขตพัฒนาเศรษฐกิจพิเศษ), such as Chiang Rai's. */
  SPECIAL_ECONOMIC_ZONE,
  /** A pilot programme (พื้นที่นำร่อง) run in chosen areas. */
  PILOT_PROGRAMME,
  /** An integration programme (พื้นที่บูรณาการ) joining the work of several agencies in chosen areas. */
  INTEGRATION_PROGRAMME,
  /** A disaster area (เขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน). */
  DISASTER_AREA,
  /** Any other designation; its name says what it is. */
  OTHER;

  /**
   * Gets the English name, such as "special economic zone".
   *
   * @return the name in lower case, not null
   */
  public String english() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
