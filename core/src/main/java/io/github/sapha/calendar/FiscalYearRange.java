package io.github.sapha.calendar;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An inclusive range of consecutive fiscal years, such as the plan period
 * 2561-2564 (1 October 2017 to 30 September 2021). A range holds at least one
 * year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FiscalYearRange implements Iterable<FiscalYear> {

  // Hyphen-minus or en dash, as plan periods are written both ways.
  private static final Pattern FORM =
      Pattern.compile(FiscalYear.PREFIX + "([0-9]{4})(?: ?[-\u2013] ?([0-9]{4}))?");

  private static final String EXPECTED =
      "expected two B.E. years such as \"2561-2564\" or \"๒๕๖๑–๒๕๖๔\", or one such as \"2561\"";

  private final FiscalYear first;
  private final FiscalYear last;

  private FiscalYearRange(FiscalYear first, FiscalYear last) {
    this.first = first;
    this.last = last;
  }

  /**
   * Obtains the range from one fiscal year to another, both included.
   *
   * @param first the first fiscal year, not null
   * @param last the last fiscal year, not before {@code first}, not null
   * @return the range, not null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static FiscalYearRange of(FiscalYear first, FiscalYear last) {
    Objects.requireNonNull(first);
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "Last fiscal year " + last + " is before first fiscal year " + first);
    }
    return new FiscalYearRange(first, last);
  }

  /**
   * Obtains the range of a single fiscal year.
   *
   * @param year the fiscal year, not null
   * @return the range, not null
   */
  public static FiscalYearRange of(FiscalYear year) {
    return new FiscalYearRange(Objects.requireNonNull(year), year);
  }

  /**
   * Obtains a range from text such as "2561-2564", "2561–2564" (en dash),
   * "๒๕๖๑-๒๕๖๔" or "ปีงบประมาณ พ.ศ. 2561 - 2564", or a single year such as
   * "2561". Surrounding white space is ignored. This reads back {@link
   * #toString()}.
   *
   * @param text the text, not null
   * @return the range, not null
   * @throws FiscalYearFormatException if the text is not such a range, names a year
   *     outside 2400 to 9999, or ends before it starts
   */
  public static FiscalYearRange parse(CharSequence text) {
    String what = "fiscal year range";
    Matcher matcher = FORM.matcher(CalendarText.normalize(text));
    if (!matcher.matches()) {
      throw new FiscalYearFormatException(what, text, EXPECTED);
    }
    FiscalYear first = FiscalYear.parseYear(matcher.group(1), what, text);
    if (matcher.group(2) == null) {
      return of(first);
    }
    FiscalYear last = FiscalYear.parseYear(matcher.group(2), what, text);
    if (last.isBefore(first)) {
      throw new FiscalYearFormatException(
          what, text, "last year " + last + " is before first year " + first);
    }
    return new FiscalYearRange(first, last);
  }

  /** {@return the first fiscal year of the range} */
  public FiscalYear first() {
    return first;
  }

  /** {@return the last fiscal year of the range, which may equal the first} */
  public FiscalYear last() {
    return last;
  }

  /** {@return the number of fiscal years in the range, at least 1} */
  public int size() {
    return last.beYear() - first.beYear() + 1;
  }

  /** {@return the first day of the range, 1 October before its first fiscal year ends} */
  public LocalDate start() {
    return first.start();
  }

  /** {@return the last day of the range (inclusive), 30 September of its last fiscal year} */
  public LocalDate end() {
    return last.end();
  }

  /**
   * Checks if a fiscal year is one of the years of this range.
   *
   * @param year the fiscal year, not null
   * @return true if the year lies from {@link #first()} to {@link #last()}
   */
  public boolean contains(FiscalYear year) {
    return !year.isBefore(first) && !year.isAfter(last);
  }

  /**
   * Checks if a date lies in one of the fiscal years of this range.
   *
   * @param date the date, not null
   * @return true if the date lies from {@link #start()} to {@link #end()} inclusive
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Checks if every year of another range lies in this range.
   *
   * @param other the other range, not null
   * @return true if {@code other} lies within this range or equals it
   */
  public boolean encloses(FiscalYearRange other) {
    return contains(other.first) && contains(other.last);
  }

  /**
   * Checks if this range and another have a fiscal year in common.
   *
   * @param other the other range, not null
   * @return true if at least one year lies in both ranges
   */
  public boolean overlaps(FiscalYearRange other) {
    return !first.isAfter(other.last) && !other.first.isAfter(last);
  }

  /** {@return the fiscal years of the range in order, from first to last} */
  public Stream<FiscalYear> stream() {
    return IntStream.rangeClosed(first.beYear(), last.beYear()).mapToObj(FiscalYear::of);
  }

  /** Gets an iterator over the fiscal years of the range in order; it cannot remove. */
  @Override
  public Iterator<FiscalYear> iterator() {
    return stream().iterator();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FiscalYearRange
        && ((FiscalYearRange) other).first.equals(first)
        && ((FiscalYearRange) other).last.equals(last);
  }

  @Override
  public int hashCode() {
    return 31 * first.hashCode() + last.hashCode();
  }

  /**
   * Gets the range as two B.E. years joined by a hyphen, such as "2561-2564",
   * or "2561-2561" for a single year; {@link #parse} reads it back.
   */
  @Override
  public String toString() {
    return first + "-" + last;
  }
}
