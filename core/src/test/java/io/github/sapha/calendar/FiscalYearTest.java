package io.github.sapha.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

  private static final String EXPECTED =
      "expected a B.E. year such as \"2560\" or \"๒๕๖๐\", optionally after \"ปีงบประมาณ\","
          + " \"ปีงบประมาณ พ.ศ.\" or \"FY\"";

  @Test
  void test_of_date_18May2017() {
    FiscalYear year = FiscalYear.of(LocalDate.of(2017, 5, 18));

    assertThat(year.beYear()).isEqualTo(2560);
    assertThat(year.ceEndYear()).isEqualTo(2017);
    assertThat(year.start()).isEqualTo(LocalDate.of(2016, 10, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2017, 9, 30));
  }

  @Test
  void test_of_date_boundaries() {
    assertThat(FiscalYear.of(LocalDate.of(2016, 9, 30))).isEqualTo(FiscalYear.of(2559));
    assertThat(FiscalYear.of(LocalDate.of(2016, 10, 1))).isEqualTo(FiscalYear.of(2560));
    assertThat(FiscalYear.of(LocalDate.of(2016, 12, 31))).isEqualTo(FiscalYear.of(2560));
    assertThat(FiscalYear.of(LocalDate.of(2017, 1, 1))).isEqualTo(FiscalYear.of(2560));
    assertThat(FiscalYear.of(LocalDate.of(2017, 9, 30))).isEqualTo(FiscalYear.of(2560));
    assertThat(FiscalYear.of(LocalDate.of(2017, 10, 1))).isEqualTo(FiscalYear.of(2561));
  }

  @Test
  void test_of_date_limits() {
    assertThat(FiscalYear.of(LocalDate.of(1856, 10, 1))).isEqualTo(FiscalYear.of(2400));
    assertThat(FiscalYear.of(LocalDate.of(9456, 9, 30))).isEqualTo(FiscalYear.of(9999));
  }

  @Test
  void test_of_date_outOfRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FiscalYear.of(LocalDate.of(1856, 9, 30)))
        .withMessage("Date 1856-09-30 is outside the supported fiscal years 2400 to 9999"
            + " (1856-10-01 to 9456-09-30)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FiscalYear.of(LocalDate.of(9456, 10, 1)))
        .withMessage("Date 9456-10-01 is outside the supported fiscal years 2400 to 9999"
            + " (1856-10-01 to 9456-09-30)");
  }

  @Test
  void test_of_int_limits() {
    assertThat(FiscalYear.of(2400).beYear()).isEqualTo(2400);
    assertThat(FiscalYear.of(9999).beYear()).isEqualTo(9999);
  }

  @Test
  void test_of_int_ceYear() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FiscalYear.of(2017))
        .withMessage("Fiscal year 2017 looks like a CE year; fiscal years are named by B.E. years,"
            + " e.g. 2560 for the one ending 30 September 2017");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FiscalYear.of(1857))
        .withMessage("Fiscal year 1857 looks like a CE year; fiscal years are named by B.E. years,"
            + " e.g. 2400 for the one ending 30 September 1857");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FiscalYear.of(2399))
        .withMessage("Fiscal year 2399 looks like a CE year; fiscal years are named by B.E. years,"
            + " e.g. 2942 for the one ending 30 September 2399");
  }

  @Test
  void test_of_int_outOfRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FiscalYear.of(1856))
        .withMessage("Fiscal year 1856 is outside the supported B.E. years 2400 to 9999");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FiscalYear.of(10000))
        .withMessage("Fiscal year 10000 is outside the supported B.E. years 2400 to 9999");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FiscalYear.of(-2560))
        .withMessage("Fiscal year -2560 is outside the supported B.E. years 2400 to 9999");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2560", "๒๕๖๐", "๒๕60", " 2560\t", "ปีงบประมาณ 2560", "ปีงบประมาณ2560", "ปีงบประมาณ ๒๕๖๐",
      "ปีงบประมาณ พ.ศ. 2560", "ปีงบประมาณ\u00A0พ.ศ.2560", "พ.ศ. 2560", "FY2560", "FY 2560", "fy2560"})
  void test_parse_acceptedForms(String text) {
    assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(2560));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", " ", "256", "25600", "02560", "2560x", "2,560", "-2560", "FY", "ปี 2560", "2560 FY",
      "60", "๖๐", "2561-2564"})
  void test_parse_malformed(String text) {
    FiscalYearFormatException e =
        assertThrows(FiscalYearFormatException.class, () -> FiscalYear.parse(text));

    assertThat(e).hasMessage("Invalid fiscal year \"" + text + "\": " + EXPECTED);
    assertThat(e.getInput()).isEqualTo(text);
  }

  @Test
  void test_parse_ceYear() {
    FiscalYearFormatException e =
        assertThrows(FiscalYearFormatException.class, () -> FiscalYear.parse("FY 2017"));

    assertThat(e).hasMessage("Invalid fiscal year \"FY 2017\": 2017 looks like a CE year;"
        + " fiscal years are named by B.E. years, e.g. 2560 for the one ending 30 September 2017");
    assertThat(e.getInput()).isEqualTo("FY 2017");
  }

  @Test
  void test_parse_outOfRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FiscalYear.parse("๑๐๐๐"))
        .isInstanceOf(FiscalYearFormatException.class)
        .withMessage(
            "Invalid fiscal year \"๑๐๐๐\": 1000 is outside the supported B.E. years 2400 to 9999");
  }

  @Test
  void test_toString_fourAsciiDigits() {
    assertThat(FiscalYear.of(2560)).hasToString("2560");
    assertThat(FiscalYear.parse("๒๕๖๐")).hasToString("2560");
  }

  @Test
  void test_contains_boundaries() {
    FiscalYear year = FiscalYear.of(2560);

    assertThat(year.contains(LocalDate.of(2016, 9, 30))).isFalse();
    assertThat(year.contains(LocalDate.of(2016, 10, 1))).isTrue();
    assertThat(year.contains(LocalDate.of(2017, 5, 18))).isTrue();
    assertThat(year.contains(LocalDate.of(2017, 9, 30))).isTrue();
    assertThat(year.contains(LocalDate.of(2017, 10, 1))).isFalse();
  }

  @Test
  void test_next_andPrevious() {
    assertThat(FiscalYear.of(2560).next()).isEqualTo(FiscalYear.of(2561));
    assertThat(FiscalYear.of(2560).previous()).isEqualTo(FiscalYear.of(2559));
  }

  @Test
  void test_next_lastSupportedYear() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FiscalYear.of(9999).next())
        .withMessage("Fiscal year 9999 + 1 is outside the supported B.E. years 2400 to 9999");
  }

  @Test
  void test_previous_firstSupportedYear() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FiscalYear.of(2400).previous())
        .withMessage("Fiscal year 2400 - 1 is outside the supported B.E. years 2400 to 9999");
  }

  @Test
  void test_plusYears() {
    FiscalYear year = FiscalYear.of(2561);

    assertThat(year.plusYears(3)).isEqualTo(FiscalYear.of(2564));
    assertThat(year.plusYears(-161)).isEqualTo(FiscalYear.of(2400));
    assertThat(year.plusYears(7438)).isEqualTo(FiscalYear.of(9999));
    assertThat(year.plusYears(0)).isSameAs(year);
  }

  @Test
  void test_plusYears_outOfRange() {
    FiscalYear year = FiscalYear.of(2561);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> year.plusYears(7439))
        .withMessage("Fiscal year 2561 + 7439 is outside the supported B.E. years 2400 to 9999");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> year.plusYears(Long.MAX_VALUE))
        .withMessage("Fiscal year 2561 + 9223372036854775807 is outside the supported B.E. years"
            + " 2400 to 9999");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> year.plusYears(Long.MIN_VALUE))
        .withMessage("Fiscal year 2561 - 9223372036854775808 is outside the supported B.E. years"
            + " 2400 to 9999");
  }

  @Test
  void test_isBefore_andIsAfter() {
    FiscalYear y2560 = FiscalYear.of(2560);
    FiscalYear y2561 = FiscalYear.of(2561);

    assertThat(y2560.isBefore(y2561)).isTrue();
    assertThat(y2561.isBefore(y2560)).isFalse();
    assertThat(y2560.isBefore(y2560)).isFalse();
    assertThat(y2561.isAfter(y2560)).isTrue();
    assertThat(y2560.isAfter(y2561)).isFalse();
    assertThat(y2560.isAfter(y2560)).isFalse();
  }

  @Test
  void test_compareTo_ordersInTime() {
    List<FiscalYear> years =
        new ArrayList<>(List.of(FiscalYear.of(2564), FiscalYear.of(2400), FiscalYear.of(2561)));
    Collections.sort(years);

    assertThat(years)
        .containsExactly(FiscalYear.of(2400), FiscalYear.of(2561), FiscalYear.of(2564));
    assertThat(FiscalYear.of(2560).compareTo(FiscalYear.parse("2560"))).isZero();
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(
            FiscalYear.of(2560), FiscalYear.parse("๒๕๖๐"), FiscalYear.of(LocalDate.of(2017, 5, 18)))
        .addEqualityGroup(FiscalYear.of(2561))
        .addEqualityGroup(FiscalYear.of(2400))
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(LocalDate.class, LocalDate.of(2017, 5, 18))
        .setDefault(FiscalYear.class, FiscalYear.of(2560));
    tester.testAllPublicStaticMethods(FiscalYear.class);
    tester.testAllPublicInstanceMethods(FiscalYear.of(2560));
  }
}
