package io.github.sapha.calendar;

/**
 * The B.E. years that fiscal years and Thai dates accept: 2400 (CE 1857) to
 * 9999. Smaller numbers in council documents are far more likely to be CE
 * years or typing mistakes than dates before 1857, so they are refused rather
 * than silently read as B.E.
 */
final class SupportedYears {
  static final int MIN = 2400;
  static final int MAX = 9999;
  static final String RANGE = "the supported B.E. years " + MIN + " to " + MAX;

  private SupportedYears() {}

  static boolean contains(long beYear) {
    return beYear >= MIN && beYear <= MAX;
  }

  /** Checks if an unsupported year would be a supported B.E. year had it been meant as CE. */
  static boolean looksLikeCe(int beYear) {
    return !contains(beYear) && contains((long) beYear + BuddhistEra.OFFSET);
  }
}
