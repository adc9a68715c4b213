package io.github.sapha.geography;

/**
 * Which word applies to a sub-district: ตำบล (tambon) everywhere but Bangkok,
 * where sub-districts are แขวง (khwaeng). Both are the same level.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SubdistrictKind {
  /** ตำบล. */
  TAMBON("ตำบล", "Tambon"),
  /** แขวง, Bangkok's sub-districts. */
  KHWAENG("แขวง", "Khwaeng");

  private final String thai;
  private final String english;

  SubdistrictKind(String thai, String english) {
    this.thai = thai;
    this.english = english;
  }

  /** {@return the Thai word, "ตำบล" or "แขวง"} */
  public String thai() {
    return thai;
  }

  /** {@return the romanised word, "Tambon" or "Khwaeng"} */
  public String english() {
    return english;
  }
}
