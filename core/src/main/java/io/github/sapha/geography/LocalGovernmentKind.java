package io.github.sapha.geography;

/**
 * The kinds of local government (องค์กรปกครองส่วนท้องถิ่น, อปท.).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LocalGovernmentKind {
  /** เทศบาลนคร (ทน.): city municipality. */
  CITY_MUNICIPALITY("เทศบาลนคร", "ทน.", "City Municipality"),
  /** เทศบาลเมือง (ทม.): town municipality. */
  TOWN_MUNICIPALITY("เทศบาลเมือง", "ทม.", "Town Municipality"),
  /** เทศบาลตำบล (ทต.): sub-district municipality, such as Mae Sai Mittraphap. */
  SUBDISTRICT_MUNICIPALITY("เทศบาลตำบล", "ทต.", "Subdistrict Municipality"),
  /** องค์การบริหารส่วนตำบล (อบต.): sub-district administrative organisation. */
  SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION(
      "องค์การบริหารส่วนตำบล", "อบต.", "Subdistrict Administrative Organization"),
  /** องค์การบริหารส่วนจังหวัด (อบจ.): provincial administrative organisation; its area is a province. */
  PROVINCIAL_ADMINISTRATIVE_ORGANIZATION(
      "องค์การบริหารส่วนจังหวัด", "อบจ.", "Provincial Administrative Organization"),
  /** กรุงเทพมหานคร (กทม.): the Bangkok Metropolitan Administration; its area is province 10. */
  BANGKOK("กรุงเทพมหานคร", "กทม.", "Bangkok Metropolitan Administration"),
  /** เมืองพัทยา: Pattaya City, a special local government in Chon Buri. */
  PATTAYA("เมืองพัทยา", "เมืองพัทยา", "Pattaya City");

  private final String thai;
  private final String abbreviation;
  private final String english;

  LocalGovernmentKind(String thai, String abbreviation, String english) {
    this.thai = thai;
    this.abbreviation = abbreviation;
    this.english = english;
  }

  /** {@return the Thai name of the kind, such as "เทศบาลตำบล"} */
  public String thai() {
    return thai;
  }

  /** {@return the usual Thai abbreviation, such as "ทต."; Pattaya has none and gives its name} */
  public String abbreviation() {
    return abbreviation;
  }

  /** {@return the English name of the kind, such as "Subdistrict Municipality"} */
  public String english() {
    return english;
  }

  /** {@return true if this is one of the three kinds of municipality (เทศบาล)} */
  public boolean isMunicipality() {
    return this == CITY_MUNICIPALITY || this == TOWN_MUNICIPALITY || this == SUBDISTRICT_MUNICIPALITY;
  }

  /**
   * Checks if the area of this kind is a whole province (a provincial
   * administrative organisation, or Bangkok) rather than sub-districts.
   *
   * @return true if a local government of this kind covers a province
   */
  public boolean coversProvince() {
    return this == PROVINCIAL_ADMINISTRATIVE_ORGANIZATION || this == BANGKOK;
  }
}
