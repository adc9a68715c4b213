package io.github.sapha.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThaiDatesTest {

  private static final LocalDate MAY_18_2017 = LocalDate.of(2017, 5, 18);

  private static final String EXPECTED =
      "expected \"18 พฤษภาคม 2560\", \"18 พ.ค. 2560\", \"18 พ.ค. 60\" or \"18/05/2560\","
          + " in ASCII or Thai digits, optionally with \"พ.ศ.\" before a year after a month name";

  @ParameterizedTest
  @ValueSource(strings = {
      "18 พฤษภาคม 2560", "18 พ.ค. 60", "18 พ.ค. 2560", "18/05/2560", "18/5/2560",
      "๑๘ พฤษภาคม ๒๕๖๐", "๑๘ พ.ค. ๖๐", "๑๘ พ.ค. ๒๕๖๐", "๑๘/๐๕/๒๕๖๐", "๑๘/๕/๒๕๖๐"})
  void test_parse_documentedForms(String text) {
    assertThat(ThaiDates.parse(text)).isEqualTo(MAY_18_2017);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "  18   พฤษภาคม   2560  ", "18พฤษภาคม2560", "18\u00A0พฤษภาคม\u00A02560", "18\u200Bพฤษภาคม\u200B2560",
      "18 พฤษภาคม พ.ศ. 2560", "18 พฤษภาคม พ.ศ.2560", "18 พ.ค. พ.ศ. 2560", "18 พ.ค. พ.ศ. 60",
      "18พ.ค.60", "18 พ. ค. 60", "18 พ.ค.  60", "๑๘ พฤษภาคม พ.ศ. ๒๕๖๐", "1๘ พ.ค. 6๐", "18 / 05 / 2560",
      "18 /5/ 2560"})
  void test_parse_extraSpacesAndBuddhistEraMarker(String text) {
    assertThat(ThaiDates.parse(text)).isEqualTo(MAY_18_2017);
  }

  @ParameterizedTest
  @CsvSource({
      "1, มกราคม, ม.ค.",
      "2, กุมภาพันธ์, ก.พ.",
      "3, มีนาคม, มี.ค.",
      "4, เมษายน, เม.ย.",
      "5, พฤษภาคม, พ.ค.",
      "6, มิถุนายน, มิ.ย.",
      "7, กรกฎาคม, ก.ค.",
      "8, สิงหาคม, ส.ค.",
      "9, กันยายน, ก.ย.",
      "10, ตุลาคม, ต.ค.",
      "11, พฤศจิกายน, พ.ย.",
      "12, ธันวาคม, ธ.ค."})
  void test_parseAndFormat_everyMonthName(int month, String fullName, String abbreviation) {
    LocalDate expected = LocalDate.of(2017, month, 9);

    assertThat(ThaiDates.parse("9 " + fullName + " 2560")).isEqualTo(expected);
    assertThat(ThaiDates.parse("9 " + abbreviation + " 60")).isEqualTo(expected);
    assertThat(ThaiDates.parse("09 " + abbreviation + " 2560")).isEqualTo(expected);
    // The names come from the JDK's Thai locale data: these are the ones Thai documents use.
    assertThat(ThaiDates.format(expected)).isEqualTo("9 " + fullName + " 2560");
    assertThat(ThaiDates.formatShort(expected)).isEqualTo("9 " + abbreviation + " 60");
  }

  @Test
  void test_parse_twoDigitYearsAre25xx() {
    assertThat(ThaiDates.parse("1 ม.ค. 00")).isEqualTo(LocalDate.of(1957, 1, 1));
    assertThat(ThaiDates.parse("31 ธ.ค. 99")).isEqualTo(LocalDate.of(2056, 12, 31));
  }

  @Test
  void test_parse_leapDay() {
    assertThat(ThaiDates.parse("29/02/2563")).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(ThaiDates.parse("29 กุมภาพันธ์ 2543")).isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "31 เมษายน 2560 | April 2017 has 30 days",
      "29/02/2561 | February 2018 has 28 days",
      "29 ก.พ. 2443 | February 1900 has 28 days",
      "32/01/2560 | January 2017 has 31 days",
      "๓๒ มกราคม ๒๕๖๐ | January 2017 has 31 days",
      "31 มิ.ย. 60 | June 2017 has 30 days",
      "0/01/2560 | there is no day 0",
      "00 ม.ค. 60 | there is no day 0",
      "18/13/2560 | there is no month 13",
      "18/00/2560 | there is no month 0"})
  void test_parse_impossibleDate(String text, String reason) {
    ThaiDateParseException e =
        assertThrows(ThaiDateParseException.class, () -> ThaiDates.parse(text));

    assertThat(e).hasMessage("Invalid Thai date \"" + text + "\": " + reason);
    assertThat(e.getInput()).isEqualTo(text);
  }

  @Test
  void test_parse_thirtyFirstOfApril() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ThaiDates.parse("31 เมษายน 2560"))
        .withMessage("Invalid Thai date \"31 เมษายน 2560\": April 2017 has 30 days");
  }

  @Test
  void test_parse_ceYear() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ThaiDates.parse("18/05/2017"))
        .isInstanceOf(ThaiDateParseException.class)
        .withMessage("Invalid Thai date \"18/05/2017\": 2017 looks like a CE year;"
            + " Thai dates use B.E. years, e.g. 2560 for CE 2017");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ThaiDates.parse("18 พฤษภาคม 2017"))
        .isInstanceOf(ThaiDateParseException.class)
        .withMessage("Invalid Thai date \"18 พฤษภาคม 2017\": 2017 looks like a CE year;"
            + " Thai dates use B.E. years, e.g. 2560 for CE 2017");
  }

  @Test
  void test_parse_yearOutOfRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ThaiDates.parse("1 มกราคม 1000"))
        .isInstanceOf(ThaiDateParseException.class)
        .withMessage("Invalid Thai date \"1 มกราคม 1000\": year 1000 is outside the supported"
            + " B.E. years 2400 to 9999");
  }

  @Test
  void test_parse_unknownMonth() {
    ThaiDateParseException e =
        assertThrows(ThaiDateParseException.class, () -> ThaiDates.parse("18 พฤษภา  2560"));

    assertThat(e).hasMessage("Invalid Thai date \"18 พฤษภา  2560\": unknown month \"พฤษภา\";"
        + " expected a full name such as \"พฤษภาคม\" or an abbreviation such as \"พ.ค.\"");
    assertThat(e.getInput()).isEqualTo("18 พฤษภา  2560");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "   ", "2017-05-18", "18-05-2560", "18/05/60", "18/5", "May 18, 2017", "พฤษภาคม 2560",
      "18 พฤษภาคม", "18 พฤษภาคม 560", "18 พฤษภาคม 25600", "1 8 พฤษภาคม 2560", "118 พฤษภาคม 2560",
      "18 พฤษภาคม 2560 extra"})
  void test_parse_unrecognised(String text) {
    ThaiDateParseException e =
        assertThrows(ThaiDateParseException.class, () -> ThaiDates.parse(text));

    assertThat(e).hasMessage("Invalid Thai date \"" + text + "\": " + EXPECTED);
    assertThat(e.getInput()).isEqualTo(text);
  }

  @Test
  void test_format_fullMonthName() {
    assertThat(ThaiDates.format(MAY_18_2017)).isEqualTo("18 พฤษภาคม 2560");
    assertThat(ThaiDates.format(LocalDate.of(2016, 10, 1))).isEqualTo("1 ตุลาคม 2559");
  }

  @Test
  void test_formatShort_twoDigitYearOnlyFor25xx() {
    assertThat(ThaiDates.formatShort(MAY_18_2017)).isEqualTo("18 พ.ค. 60");
    assertThat(ThaiDates.formatShort(LocalDate.of(1965, 2, 3))).isEqualTo("3 ก.พ. 08");
    assertThat(ThaiDates.formatShort(LocalDate.of(1957, 1, 1))).isEqualTo("1 ม.ค. 00");
    assertThat(ThaiDates.formatShort(LocalDate.of(2056, 12, 31))).isEqualTo("31 ธ.ค. 99");
    assertThat(ThaiDates.formatShort(LocalDate.of(1956, 12, 31))).isEqualTo("31 ธ.ค. 2499");
    assertThat(ThaiDates.formatShort(LocalDate.of(2057, 1, 1))).isEqualTo("1 ม.ค. 2600");
  }

  @Test
  void test_formatNumeric_twoDigitDayAndMonth() {
    assertThat(ThaiDates.formatNumeric(MAY_18_2017)).isEqualTo("18/05/2560");
    assertThat(ThaiDates.formatNumeric(LocalDate.of(2017, 1, 5))).isEqualTo("05/01/2560");
    assertThat(ThaiDates.formatNumeric(LocalDate.of(2017, 12, 31))).isEqualTo("31/12/2560");
  }

  @Test
  void test_format_limits() {
    assertThat(ThaiDates.format(LocalDate.of(1857, 1, 1))).isEqualTo("1 มกราคม 2400");
    assertThat(ThaiDates.format(LocalDate.of(9456, 12, 31))).isEqualTo("31 ธันวาคม 9999");
  }

  @Test
  void test_format_outOfRange() {
    String before = "Date 1856-12-31 is outside the supported B.E. years 2400 to 9999"
        + " (1857-01-01 to 9456-12-31)";
    String after = "Date 9457-01-01 is outside the supported B.E. years 2400 to 9999"
        + " (1857-01-01 to 9456-12-31)";
    LocalDate tooEarly = LocalDate.of(1856, 12, 31);
    LocalDate tooLate = LocalDate.of(9457, 1, 1);

    assertThatIllegalArgumentException().isThrownBy(() -> ThaiDates.format(tooEarly)).withMessage(before);
    assertThatIllegalArgumentException().isThrownBy(() -> ThaiDates.formatShort(tooEarly)).withMessage(before);
    assertThatIllegalArgumentException().isThrownBy(() -> ThaiDates.formatNumeric(tooEarly)).withMessage(before);
    assertThatIllegalArgumentException().isThrownBy(() -> ThaiDates.format(tooLate)).withMessage(after);
  }

  @Test
  void test_staticMethods_refuseNull() {
    new NullPointerTester()
        .setDefault(LocalDate.class, MAY_18_2017)
        .testAllPublicStaticMethods(ThaiDates.class);
  }
}
