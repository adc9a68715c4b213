package io.github.sapha.jackson.deser;

import com.google.common.base.CharMatcher;
import io.github.sapha.calendar.FiscalYear;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CitizenId;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.Id;
import io.github.sapha.council.DesignationId;
import io.github.sapha.council.MeetingId;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PhoneNumber;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.ProjectId;
import io.github.sapha.council.RegistrationNumber;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.LocalGovernmentCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.jackson.internal.JsonEnums;
import io.github.sapha.money.Baht;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Readers of the scalar values of format v1: strings, ids, dates, codes,
 * amounts, numbers, booleans and enum values. Each reads the current token,
 * checks the canonical form that the format and its schema require, then
 * goes through the model's factory, so JSON input meets the same checks as
 * Java callers.
 *
 * <p>The forms are stricter than the model's parsers, which also read text
 * as people type it: the format holds each value in the one form the writer
 * writes. Codes, phone numbers and citizen ids are ASCII digits without
 * separators, amounts have exactly two decimals and no grouping, and dates
 * are {@code yyyy-mm-dd}.
 *
 * <p>Internal: not exported from the module. This class is immutable and
 * thread-safe.
 */
public final class Scalars {
  private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]*)\\.[0-9]{2}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
  private static final Pattern CITIZEN_ID = Pattern.compile("[0-9]{13}");
  private static final Pattern AREA_CODE = Pattern.compile("[0-9]{2}(?:[0-9]{2}(?:[0-9]{2})?)?");

  private Scalars() {}

  /**
   * Reads a string.
   *
   * @param in the reading position, not null
   * @return the text, not null
   */
  public static String text(JsonIn in) {
    if (in.token() != JsonToken.VALUE_STRING) {
      throw in.wrongType("a string");
    }
    return in.string();
  }

  /** White space as the model counts it, so that the reader refuses exactly what the model would. */
  private static final CharMatcher WHITE_SPACE = CharMatcher.whitespace();

  /**
   * Reads text that the model requires not blank and without white space at
   * either end (a name, a title, a note), refusing it here, at the value,
   * rather than when the object is built. Personal text is not shown.
   *
   * @param in the reading position, not null
   * @return the text, not null
   */
  public static String trimmedText(JsonIn in) {
    String text = text(in);
    if (text.isEmpty() || WHITE_SPACE.matchesAllOf(text)) {
      throw in.error("Invalid text " + shown(in, text) + ": expected text that is not blank");
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    if (WHITE_SPACE.matches(first) || WHITE_SPACE.matches(last)) {
      // The character is named: a no-break space looks like any other, or like nothing.
      boolean start = WHITE_SPACE.matches(first);
      throw in.error("Invalid text " + shown(in, text) + ": expected no white space at either end, found "
          + String.format("U+%04X", (int) (start ? first : last)) + (start ? " at the start" : " at the end"));
    }
    return text;
  }

  private static String shown(JsonIn in, String text) {
    return in.isPersonal() ? "(not shown: personal data)" : JsonIn.quote(text);
  }

  /**
   * Reads an absolute http or https address, such as a source's {@code url}.
   *
   * @param in the reading position, not null
   * @return the address, not null
   */
  public static java.net.URI url(JsonIn in) {
    return parsed(in, text -> io.github.sapha.meeting.SourceLink.of(text).url());
  }

  /**
   * Reads an integer within a range.
   *
   * @param in the reading position, not null
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @return the integer
   */
  public static long integer(JsonIn in, long min, long max) {
    long value = longInteger(in);
    if (value < min || value > max) {
      throw in.error("The number " + value + " is out of range: expected an integer from " + min + " to " + max);
    }
    return value;
  }

  /** Reads a string and passes it to a model factory, whose refusal becomes an error here. */
  private static <T> T parsed(JsonIn in, Function<String, T> factory) {
    String text = text(in);
    try {
      return factory.apply(text);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw in.refused(e);
    }
  }

  /** Reads a person's id, such as "person-12". */
  public static PersonId personId(JsonIn in) {
    return id(in, PersonId::of);
  }

  /** Reads a community's id, such as "community-570908-1". */
  public static CommunityId communityId(JsonIn in) {
    return id(in, CommunityId::of);
  }

  /** Reads the id of a council, network or organisation, such as "council-570908". */
  public static BodyId bodyId(JsonIn in) {
    return id(in, BodyId::of);
  }

  /** Reads a meeting's id, such as "forum-2017-05-18". */
  public static MeetingId meetingId(JsonIn in) {
    return id(in, MeetingId::of);
  }

  /** Reads a plan's id, such as "plan-5709". */
  public static PlanId planId(JsonIn in) {
    return id(in, PlanId::of);
  }

  /** Reads a project's id, such as "project-570908-housing". */
  public static ProjectId projectId(JsonIn in) {
    return id(in, ProjectId::of);
  }

  /**
   * Reads an id with its type's factory. Where a person or a reference to one
   * belongs, an id that is not well formed may be a name or a phone number
   * typed in the wrong place, so it is not quoted.
   */
  private static <T extends Id> T id(JsonIn in, Function<String, T> factory) {
    if (!in.isPersonal()) {
      return parsed(in, factory);
    }
    String text = text(in);
    try {
      return factory.apply(text);
    } catch (IllegalArgumentException e) {
      throw in.error(
          "Invalid id (not shown: it may be personal data): expected 1 to 64 ASCII letters, digits, '.', '_', ':'"
              + " or '-', starting with a letter or digit");
    }
  }

  /** Reads a designation's id, such as "sez-chiang-rai". */
  public static DesignationId designationId(JsonIn in) {
    return parsed(in, DesignationId::of);
  }

  /** Reads an ISO-8601 calendar date, such as "2017-05-18". */
  public static LocalDate date(JsonIn in) {
    String text = text(in);
    // Parsed by hand: a national document holds hundreds of thousands of dates, and
    // DateTimeFormatter is the slowest part of reading them.
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()) {
        return LocalDate.of(year, month, day);
      }
    }
    throw in.error(
        "Invalid date " + JsonIn.quote(text)
            + ": expected an existing ISO-8601 date yyyy-mm-dd (CE), e.g. \"2017-05-18\"");
  }

  /** The value of the ASCII digits from {@code start} to {@code end}, or -1 if any is not a digit. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Reads a sub-district code, such as "570908". */
  public static SubdistrictCode subdistrict(JsonIn in) {
    return code(in, 6, "sub-district code", "570908", SubdistrictCode::parse);
  }

  /** Reads a district code, such as "5709". */
  public static DistrictCode district(JsonIn in) {
    return code(in, 4, "district code", "5709", DistrictCode::parse);
  }

  /** Reads a province code, such as "57". */
  public static ProvinceCode province(JsonIn in) {
    return code(in, 2, "province code", "57", ProvinceCode::parse);
  }

  /** Reads a code of any level: 2, 4 or 6 digits. */
  public static AreaCode areaCode(JsonIn in) {
    String text = text(in);
    if (!AREA_CODE.matcher(text).matches()) {
      throw in.error(
          "Invalid area code " + JsonIn.quote(text) + ": expected 2, 4 or 6 ASCII digits, e.g. \"570908\"");
    }
    try {
      return AreaCode.parse(text);
    } catch (IllegalArgumentException e) {
      throw in.refused(e);
    }
  }

  private static <T> T code(JsonIn in, int digits, String what, String example, Function<String, T> parse) {
    String text = text(in);
    if (text.length() != digits || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw in.error(
          "Invalid " + what + " " + JsonIn.quote(text) + ": expected " + digits + " ASCII digits, e.g. \""
              + example + "\"");
    }
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw in.refused(e);
    }
  }

  /** Reads a DLA local government code, seven ASCII digits such as "5570901". */
  public static LocalGovernmentCode localGovernmentCode(JsonIn in) {
    return code(in, 7, "local government code", "5570901", LocalGovernmentCode::parse);
  }

  /** Reads an amount of baht, such as "1250000.50". */
  public static Baht baht(JsonIn in) {
    String text = text(in);
    if (!AMOUNT.matcher(text).matches()) {
      throw in.error(
          "Invalid amount " + JsonIn.quote(text)
              + ": expected baht as a decimal string with exactly two decimals and no grouping,"
              + " not negative, e.g. \"1250000.50\"");
    }
    try {
      return Baht.parse(text);
    } catch (IllegalArgumentException e) {
      throw in.refused(e);
    }
  }

  /** Reads a registration number, which is CODI's opaque text. */
  public static RegistrationNumber registrationNumber(JsonIn in) {
    return parsed(in, RegistrationNumber::of);
  }

  /**
   * Reads a phone number in its canonical form, 8 to 15 ASCII digits after an
   * optional '+'; personal data, never quoted.
   */
  public static PhoneNumber phone(JsonIn in) {
    String text = text(in);
    if (!PHONE.matcher(text).matches()) {
      throw in.error(
          "Invalid phone number: expected 8 to 15 ASCII digits after an optional '+', without separators"
              + " (the value is personal data and is not shown)");
    }
    try {
      return PhoneNumber.parse(text);
    } catch (IllegalArgumentException e) {
      throw in.refused(e);
    }
  }

  /** Reads a citizen id in its canonical form, 13 ASCII digits; personal data, never quoted. */
  public static CitizenId citizenId(JsonIn in) {
    String text = text(in);
    if (!CITIZEN_ID.matcher(text).matches()) {
      throw in.error(
          "Invalid citizen id: expected 13 ASCII digits, without separators"
              + " (the value is personal data and is not shown)");
    }
    try {
      return CitizenId.parse(text);
    } catch (IllegalArgumentException e) {
      throw in.refused(e);
    }
  }

  /** Reads a fiscal year as its B.E. number, such as 2561. */
  public static FiscalYear fiscalYear(JsonIn in) {
    int year = integer(in);
    try {
      return FiscalYear.of(year);
    } catch (IllegalArgumentException e) {
      throw in.refused(e);
    }
  }

  /** Reads an integer that fits in an {@code int}. */
  public static int integer(JsonIn in) {
    long value = longInteger(in);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw in.error(
          "The number " + value + " is out of range: expected an integer from " + Integer.MIN_VALUE + " to "
              + Integer.MAX_VALUE);
    }
    return (int) value;
  }

  /** Reads an integer that fits in a {@code long}. */
  public static long longInteger(JsonIn in) {
    if (in.token() != JsonToken.VALUE_NUMBER_INT) {
      throw in.wrongType("an integer");
    }
    if (in.numberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw in.error(
          "The number " + in.string() + " is out of range: expected an integer from " + Long.MIN_VALUE + " to "
              + Long.MAX_VALUE);
    }
    return in.longValue();
  }

  /** Reads true or false. */
  public static boolean bool(JsonIn in) {
    if (in.token() == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (in.token() == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw in.wrongType("true or false");
  }

  /**
   * Reads an enum value such as "vice-chair".
   *
   * @param <E> the enum type
   * @param in the reading position, not null
   * @param type the enum class, not null
   * @return the constant, not null
   */
  public static <E extends Enum<E>> E enumValue(JsonIn in, Class<E> type) {
    String text = text(in);
    return JsonEnums.fromJson(type, text)
        .orElseThrow(
            () -> in.error("Unknown " + JsonEnums.kindOf(type) + " " + JsonIn.quote(text) + ": expected one of: " + JsonEnums.describe(type)));
  }
}
