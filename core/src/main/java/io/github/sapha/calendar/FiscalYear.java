package io.github.sapha.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Thai fiscal year (ปีงบประมาณ), such as 2560: 1 October 2016 to 30
 * September 2017.
 *
 * <p>A fiscal year runs from 1 October to 30 September and is named by the
 * Buddhist Era year in which it ends (Budget Procedures Act B.E. 2561,
 * section 4). The rule is applied to every year alike, including years
 * before it was enacted. Fiscal years 2400 to 9999 are supported: a smaller
 * number is far more likely to be a CE year, such as 2017, than a fiscal year
 * before CE 1857.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FiscalYear implements Comparable<FiscalYear> {

  /**
   * Optional words before a year: "ปีงบประมาณ", "ปีงบประมาณ พ.ศ.", "พ.ศ." or
   * "FY", as in "ปีงบประมาณ พ.ศ. 2560" or "FY2560". Applies to normalized text.
   */
  static final String PREFIX = "(?:(?:ปีงบประมาณ ?)?(?:พ\\.ศ\\. ?)?|(?i:FY) ?)";

  private static final Pattern FORM = Pattern.compile(PREFIX + "([0-9]{4})");

  private static final String EXPECTED =
      "expected a B.E. year such as \"2560\" or \"๒๕๖๐\", optionally after \"ปีงบประมาณ\","
          + " \"ปีงบประมาณ พ.ศ.\" or \"FY\"";

  /** The first day of a fiscal year falls in the CE year before the one it is named after. */
  private static final Month FIRST_MONTH = Month.OCTOBER;

  private final int beYear;

  private FiscalYear(int beYear) {
    this.beYear = beYear;
  }

  /**
   * Obtains a fiscal year from its B.E. year, such as 2560 for 1 October 2016
   * to 30 September 2017.
   *
   * @param beYear the B.E. year in which the fiscal year ends, from 2400 to 9999
   * @return the fiscal year, not null
   * @throws IllegalArgumentException if the year is outside that range
   */
  public static FiscalYear of(int beYear) {
    if (!SupportedYears.contains(beYear)) {
      throw new IllegalArgumentException("Fiscal year " + refusal(beYear));
    }
    return new FiscalYear(beYear);
  }

  /**
   * Obtains the fiscal year that contains a date: 18 May 2017 and 1 October
   * 2016 both lie in fiscal year 2560, 1 October 2017 in 2561.
   *
   * @param date the date, from 1856-10-01 to 9456-09-30, not null
   * @return the fiscal year, not null
   * @throws IllegalArgumentException if the date lies outside the supported fiscal years
   */
  public static FiscalYear of(LocalDate date) {
    int beYear = BuddhistEra.yearOf(date) + (date.getMonthValue() >= FIRST_MONTH.getValue() ? 1 : 0);
    if (!SupportedYears.contains(beYear)) {
      throw new IllegalArgumentException(
          "Date " + date + " is outside the supported fiscal years " + SupportedYears.MIN + " to "
              + SupportedYears.MAX + " ("
              + new FiscalYear(SupportedYears.MIN).start() + " to "
              + new FiscalYear(SupportedYears.MAX).end() + ")");
    }
    return new FiscalYear(beYear);
  }

  /**
   * Obtains a fiscal year from text such as "2560", "๒๕๖๐", "ปีงบประมาณ 2560",
   * "ปีงบประมาณ พ.ศ. 2560" or "FY2560". Surrounding white space is ignored.
   * This reads back {@link #toString()}.
   *
   * @param text the text, not null
   * @return the fiscal year, not null
   * @throws FiscalYearFormatException if the text is not such a year, or names a year
   *     outside 2400 to 9999
   */
  public static FiscalYear parse(CharSequence text) {
    Matcher matcher = FORM.matcher(CalendarText.normalize(text));
    if (!matcher.matches()) {
      throw new FiscalYearFormatException("fiscal year", text, EXPECTED);
    }
    return parseYear(matcher.group(1), "fiscal year", text);
  }

  /** Reads four ASCII digits as a fiscal year, blaming {@code input} if it is out of range. */
  static FiscalYear parseYear(String digits, String what, CharSequence input) {
    int beYear = Integer.parseInt(digits);
    if (!SupportedYears.contains(beYear)) {
      throw new FiscalYearFormatException(what, input, refusal(beYear));
    }
    return new FiscalYear(beYear);
  }

  /** Says why a year cannot name a fiscal year; the caller puts the subject in front. */
  private static String refusal(int beYear) {
    if (SupportedYears.looksLikeCe(beYear)) {
      return beYear + " looks like a CE year; fiscal years are named by B.E. years, e.g. "
          + (beYear + BuddhistEra.OFFSET) + " for the one ending 30 September " + beYear;
    }
    return beYear + " is outside " + SupportedYears.RANGE;
  }

  /** {@return the B.E. year that names this fiscal year, such as 2560} */
  public int beYear() {
    return beYear;
  }

  /** {@return the CE year in which this fiscal year ends, such as 2017 for fiscal year 2560} */
  public int ceEndYear() {
    return beYear - BuddhistEra.OFFSET;
  }

  /** {@return the first day, 1 October of the previous CE year, such as 2016-10-01 for 2560} */
  public LocalDate start() {
    return LocalDate.of(ceEndYear() - 1, FIRST_MONTH, 1);
  }

  /** {@return the last day (inclusive), 30 September, such as 2017-09-30 for 2560} */
  public LocalDate end() {
    return LocalDate.of(ceEndYear(), Month.SEPTEMBER, 30);
  }

  /**
   * Checks if a date lies in this fiscal year, from {@link #start()} to {@link
   * #end()} inclusive.
   *
   * @param date the date, not null
   * @return true if the date lies in this fiscal year
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Gets the fiscal year that follows this one.
   *
   * @return the next fiscal year, not null
   * @throws IllegalArgumentException if this is fiscal year 9999
   */
  public FiscalYear next() {
    return plusYears(1);
  }

  /**
   * Gets the fiscal year before this one.
   *
   * @return the previous fiscal year, not null
   * @throws IllegalArgumentException if this is fiscal year 2400
   */
  public FiscalYear previous() {
    return plusYears(-1);
  }

  /**
   * Gets the fiscal year a number of years after this one.
   *
   * @param years the number of years to add, may be negative
   * @return the fiscal year, not null
   * @throws IllegalArgumentException if the result would be outside 2400 to 9999
   */
  public FiscalYear plusYears(long years) {
    // A larger |years| is out of range anyway; checking it first keeps the sum from overflowing.
    if (years < -SupportedYears.MAX
        || years > SupportedYears.MAX
        || !SupportedYears.contains(beYear + years)) {
      String change = years < 0 ? "- " + Long.toString(years).substring(1) : "+ " + years;
      throw new IllegalArgumentException(
          "Fiscal year " + beYear + " " + change + " is outside " + SupportedYears.RANGE);
    }
    return years == 0 ? this : new FiscalYear(beYear + (int) years);
  }

  /**
   * Checks if this fiscal year comes before another.
   *
   * @param other the other fiscal year, not null
   * @return true if this year is earlier than {@code other}
   */
  public boolean isBefore(FiscalYear other) {
    return beYear < other.beYear;
  }

  /**
   * Checks if this fiscal year comes after another.
   *
   * @param other the other fiscal year, not null
   * @return true if this year is later than {@code other}
   */
  public boolean isAfter(FiscalYear other) {
    return beYear > other.beYear;
  }

  /** Orders fiscal years in time. */
  @Override
  public int compareTo(FiscalYear other) {
    return Integer.compare(beYear, other.beYear);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FiscalYear && ((FiscalYear) other).beYear == beYear;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(beYear);
  }

  /** Gets the B.E. year as four ASCII digits, such as "2560"; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return Integer.toString(beYear);
  }
}
