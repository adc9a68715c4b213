package io.github.sapha.calendar;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.chrono.ThaiBuddhistEra;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing and formatting of dates as Thai people write them, with Thai month
 * names and Buddhist Era years: "18 พฤษภาคม 2560", "18 พ.ค. 60" and
 * "18/05/2560" are all 18 May 2017.
 *
 * <p>Years are B.E. years from 2400 to 9999 (CE 1857 to 9456), written with
 * four digits, or with two digits after a month name, which stand for 25xx
 * ("60" is 2560). Whatever {@link #format}, {@link #formatShort} and {@link
 * #formatNumeric} write, {@link #parse} reads back.
 *
 * <p>Month names and the Buddhist calendar are the JDK's: {@link
 * java.time.chrono.ThaiBuddhistChronology} and {@link DateTimeFormatter} in
 * Thai ({@code th-TH}), which needs the JDK's locale data (module {@code
 * jdk.localedata}, in every full JDK). The two-digit years and the messages
 * are Sapha's.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ThaiDates {

  /** Thai as written in Thailand: the JDK's month names ("พฤษภาคม", "พ.ค."). */
  private static final Locale THAI = Locale.forLanguageTag("th-TH");

  private static final ImmutableMap<String, Month> MONTHS = monthsByName();

  // Day, month name, B.E. year: the JDK's Thai month names and Buddhist calendar, ASCII digits.
  private static final DateTimeFormatter WRITE_FULL = buddhist("d MMMM y");
  private static final DateTimeFormatter WRITE_SHORT = buddhist("d MMM y");
  private static final DateTimeFormatter WRITE_SHORT_TWO_DIGIT_YEAR = buddhist("d MMM yy");
  private static final DateTimeFormatter WRITE_NUMERIC = buddhist("dd/MM/y");

  // Applied to normalized text (ASCII digits, single spaces). The month group is
  // lazy so that an optional "พ.ศ." before the year is not taken as part of it.
  private static final Pattern NAMED =
      Pattern.compile("([0-9]{1,2}) ?([^0-9]+?) ?(?:พ\\. ?ศ\\. ?)?([0-9]{4}|[0-9]{2})");
  private static final Pattern NUMERIC =
      Pattern.compile("([0-9]{1,2}) ?/ ?([0-9]{1,2}) ?/ ?([0-9]{4})");

  private static final String EXPECTED =
      "expected \"18 พฤษภาคม 2560\", \"18 พ.ค. 2560\", \"18 พ.ค. 60\" or \"18/05/2560\","
          + " in ASCII or Thai digits, optionally with \"พ.ศ.\" before a year after a month name";

  /** Two-digit years stand for 25xx: B.E. 2500 is CE 1957, so 2500-2599 covers living memory. */
  private static final int TWO_DIGIT_CENTURY = 2500;

  private ThaiDates() {}

  private static ImmutableMap<String, Month> monthsByName() {
    ImmutableMap.Builder<String, Month> builder = ImmutableMap.builder();
    for (Month month : Month.values()) {
      String full = month.getDisplayName(TextStyle.FULL, THAI);
      if (!Character.UnicodeScript.of(full.codePointAt(0)).equals(Character.UnicodeScript.THAI)) {
        // A run time without the JDK's locale data (a jlink image without jdk.localedata)
        // falls back to English names, which would misread every Thai date.
        throw new IllegalStateException(
            "The Java run time has no Thai month names (got \"" + full + "\" for " + month
                + "); ThaiDates needs the JDK's locale data, module jdk.localedata");
      }
      builder.put(full, month);
      builder.put(month.getDisplayName(TextStyle.SHORT, THAI), month);
    }
    return builder.buildOrThrow();
  }

  private static DateTimeFormatter buddhist(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, THAI).withChronology(ThaiBuddhistChronology.INSTANCE);
  }

  /**
   * Obtains a date from Thai text such as "18 พฤษภาคม 2560", "18 พ.ค. 2560",
   * "18 พ.ค. 60", "18/05/2560" or "18/5/2560", in ASCII or Thai digits
   * ("๑๘ พฤษภาคม ๒๕๖๐").
   *
   * <p>Month names may be full or abbreviated, and "พ.ศ." may stand before a
   * year that follows a month name ("18 พฤษภาคม พ.ศ. 2560"). Extra white space
   * is ignored. A two-digit year is only accepted after a month name, and
   * stands for 25xx.
   *
   * @param text the text, not null
   * @return the date, not null
   * @throws ThaiDateParseException if the text has none of these forms, names a year
   *     outside B.E. 2400 to 9999, or names a day that does not exist
   */
  public static LocalDate parse(CharSequence text) {
    String normalized = CalendarText.normalize(text);
    Matcher numeric = NUMERIC.matcher(normalized);
    if (numeric.matches()) {
      int month = Integer.parseInt(numeric.group(2));
      if (month < 1 || month > 12) {
        throw new ThaiDateParseException(text, "there is no month " + month);
      }
      int beYear = Integer.parseInt(numeric.group(3));
      checkYear(text, beYear);
      return date(text, Integer.parseInt(numeric.group(1)), Month.of(month), beYear);
    }
    Matcher named = NAMED.matcher(normalized);
    if (named.matches()) {
      // Spaces inside an abbreviation ("พ. ค.") are tolerated like any other extra space.
      String monthName = named.group(2).replace(" ", "");
      Month month = MONTHS.get(monthName);
      if (month == null) {
        throw new ThaiDateParseException(text, "unknown month \"" + monthName
            + "\"; expected a full name such as \"พฤษภาคม\" or an abbreviation such as \"พ.ค.\"");
      }
      String yearDigits = named.group(3);
      int beYear = Integer.parseInt(yearDigits)
          + (yearDigits.length() == 2 ? TWO_DIGIT_CENTURY : 0);
      checkYear(text, beYear);
      return date(text, Integer.parseInt(named.group(1)), month, beYear);
    }
    throw new ThaiDateParseException(text, EXPECTED);
  }

  private static void checkYear(CharSequence text, int beYear) {
    if (SupportedYears.looksLikeCe(beYear)) {
      throw new ThaiDateParseException(text, beYear + " looks like a CE year; Thai dates use"
          + " B.E. years, e.g. " + (beYear + BuddhistEra.OFFSET) + " for CE " + beYear);
    }
    if (!SupportedYears.contains(beYear)) {
      throw new ThaiDateParseException(text, "year " + beYear + " is outside " + SupportedYears.RANGE);
    }
  }

  private static LocalDate date(CharSequence text, int day, Month month, int beYear) {
    int ceYear = BuddhistEra.toCe(beYear);
    int length = month.length(Year.isLeap(ceYear));
    if (day < 1) {
      throw new ThaiDateParseException(text, "there is no day " + day);
    }
    if (day > length) {
      throw new ThaiDateParseException(text,
          month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ceYear + " has " + length
              + " days");
    }
    return LocalDate.from(
        ThaiBuddhistChronology.INSTANCE.date(ThaiBuddhistEra.BE, beYear, month.getValue(), day));
  }

  /**
   * Formats a date with the full Thai month name and the B.E. year, such as
   * "18 พฤษภาคม 2560" for 2017-05-18.
   *
   * @param date the date, in B.E. 2400 to 9999 (1857-01-01 to 9456-12-31), not null
   * @return the text, not null
   * @throws IllegalArgumentException if the date is outside that range
   */
  public static String format(LocalDate date) {
    supportedYear(date);
    return WRITE_FULL.format(date);
  }

  /**
   * Formats a date with the abbreviated Thai month name and, for B.E. 2500 to
   * 2599, a two-digit year, such as "18 พ.ค. 60" for 2017-05-18; other years
   * keep four digits ("1 ม.ค. 2600") so that {@link #parse} reads them back.
   *
   * @param date the date, in B.E. 2400 to 9999 (1857-01-01 to 9456-12-31), not null
   * @return the text, not null
   * @throws IllegalArgumentException if the date is outside that range
   */
  public static String formatShort(LocalDate date) {
    int beYear = supportedYear(date);
    boolean twoDigits = beYear >= TWO_DIGIT_CENTURY && beYear < TWO_DIGIT_CENTURY + 100;
    return (twoDigits ? WRITE_SHORT_TWO_DIGIT_YEAR : WRITE_SHORT).format(date);
  }

  /**
   * Formats a date as day/month/B.E. year with two-digit day and month, such
   * as "18/05/2560" for 2017-05-18.
   *
   * @param date the date, in B.E. 2400 to 9999 (1857-01-01 to 9456-12-31), not null
   * @return the text, not null
   * @throws IllegalArgumentException if the date is outside that range
   */
  public static String formatNumeric(LocalDate date) {
    supportedYear(date);
    return WRITE_NUMERIC.format(date);
  }

  /** Gets the B.E. year of a date, refusing dates that {@link #parse} would refuse. */
  private static int supportedYear(LocalDate date) {
    int beYear = BuddhistEra.yearOf(date);
    if (!SupportedYears.contains(beYear)) {
      throw new IllegalArgumentException("Date " + date + " is outside " + SupportedYears.RANGE
          + " (" + LocalDate.of(BuddhistEra.toCe(SupportedYears.MIN), 1, 1) + " to "
          + LocalDate.of(BuddhistEra.toCe(SupportedYears.MAX), 12, 31) + ")");
    }
    return beYear;
  }
}
