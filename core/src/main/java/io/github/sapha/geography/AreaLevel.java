package io.github.sapha.geography;

/**
 * The three levels of Thai administrative geography, each with the length of
 * its DOPA geocode.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AreaLevel {
  /** จังหวัด: a province, 2-digit code such as 57 (Chiang Rai). */
  PROVINCE(2, "province"),
  /** อำเภอ / เขต: a district, 4-digit code such as 5709 (Mae Sai). */
  DISTRICT(4, "district"),
  /** ตำบล / แขวง: a sub-district, 6-digit code such as 570908 (Ban Dai). */
  SUBDISTRICT(6, "sub-district");

  private final int codeLength;
  private final String label;

  AreaLevel(int codeLength, String label) {
    this.codeLength = codeLength;
    this.label = label;
  }

  /** {@return the number of digits of a code at this level} */
  public int codeLength() {
    return codeLength;
  }

  /** {@return the English word for this level as used in messages, such as "sub-district"} */
  public String label() {
    return label;
  }
}
