package io.github.sapha.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;

/**
 * Conversion between Buddhist Era (พุทธศักราช, พ.ศ.) and Common Era (ค.ศ.) year
 * numbers: a B.E. year is the CE year plus 543, so B.E. 2560 is CE 2017.
 *
 * <p>The B.E. year changes on 1 January, as in Thai official use since CE 1941
 * and in {@link java.time.chrono.ThaiBuddhistChronology}; the same offset is
 * applied to every year, so earlier dates get their proleptic B.E. year. CE
 * years are those of {@link LocalDate}, from {@link Year#MIN_VALUE} to {@link
 * Year#MAX_VALUE}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BuddhistEra {

  /** The number of years that B.E. year numbers run ahead of CE year numbers: 543. */
  public static final int OFFSET = 543;

  private BuddhistEra() {}

  /**
   * Gets the B.E. year of a CE year, such as 2560 for 2017.
   *
   * @param ceYear the CE year, from -999,999,999 to 999,999,999
   * @return the B.E. year
   * @throws IllegalArgumentException if the CE year is outside that range
   */
  public static int fromCe(int ceYear) {
    if (ceYear < Year.MIN_VALUE || ceYear > Year.MAX_VALUE) {
      throw new IllegalArgumentException(
          "CE year " + ceYear + " is outside the range " + Year.MIN_VALUE + " to " + Year.MAX_VALUE);
    }
    return ceYear + OFFSET;
  }

  /**
   * Gets the CE year of a B.E. year, such as 2017 for 2560.
   *
   * @param beYear the B.E. year, from -999,999,456 to 1,000,000,542
   * @return the CE year
   * @throws IllegalArgumentException if the B.E. year is outside that range
   */
  public static int toCe(int beYear) {
    if (beYear < Year.MIN_VALUE + OFFSET || beYear > Year.MAX_VALUE + OFFSET) {
      throw new IllegalArgumentException(
          "B.E. year " + beYear + " is outside the range " + (Year.MIN_VALUE + OFFSET) + " to "
              + (Year.MAX_VALUE + OFFSET));
    }
    return beYear - OFFSET;
  }

  /**
   * Gets the B.E. year that a date lies in, such as 2560 for 18 May 2017: the
   * proleptic year of the date in {@link java.time.chrono.ThaiBuddhistChronology}.
   *
   * @param date the date, not null
   * @return the B.E. year
   */
  public static int yearOf(LocalDate date) {
    return ThaiBuddhistDate.from(date).get(ChronoField.YEAR);
  }
}
