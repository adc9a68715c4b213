package io.github.sapha.geography;

/**
 * Which word applies to a district: อำเภอ (amphoe) everywhere but Bangkok,
 * where districts are เขต (khet). Both are the same level.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DistrictKind {
  /** อำเภอ. */
  AMPHOE("อำเภอ", "Amphoe"),
  /** เขต, Bangkok's districts. */
  KHET("เขต", "Khet");

  private final String thai;
  private final String english;

  DistrictKind(String thai, String english) {
    this.thai = thai;
    this.english = english;
  }

  /** {@return the Thai word, "อำเภอ" or "เขต"} */
  public String thai() {
    return thai;
  }

  /** {@return the romanised word, "Amphoe" or "Khet"} */
  public String english() {
    return english;
  }
}
