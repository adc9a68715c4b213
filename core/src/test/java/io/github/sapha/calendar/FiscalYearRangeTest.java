package io.github.sapha.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearRangeTest {

  private static final FiscalYear Y2561 = FiscalYear.of(2561);
  private static final FiscalYear Y2564 = FiscalYear.of(2564);
  private static final FiscalYearRange PLAN = FiscalYearRange.of(Y2561, Y2564);

  @Test
  void test_of_planPeriod() {
    assertThat(PLAN.first()).isEqualTo(Y2561);
    assertThat(PLAN.last()).isEqualTo(Y2564);
    assertThat(PLAN.size()).isEqualTo(4);
    assertThat(PLAN.start()).isEqualTo(LocalDate.of(2017, 10, 1));
    assertThat(PLAN.end()).isEqualTo(LocalDate.of(2021, 9, 30));
  }

  @Test
  void test_of_lastBeforeFirst() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FiscalYearRange.of(Y2564, Y2561))
        .withMessage("Last fiscal year 2561 is before first fiscal year 2564");
  }

  @Test
  void test_of_singleYear() {
    FiscalYearRange single = FiscalYearRange.of(Y2561);

    assertThat(single.first()).isEqualTo(Y2561);
    assertThat(single.last()).isEqualTo(Y2561);
    assertThat(single.size()).isEqualTo(1);
    assertThat(single).isEqualTo(FiscalYearRange.of(Y2561, Y2561));
    assertThat(single.start()).isEqualTo(Y2561.start());
    assertThat(single.end()).isEqualTo(Y2561.end());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2561-2564", "2561–2564", "2561 - 2564", "2561 – 2564", " 2561-2564 ", "๒๕๖๑-๒๕๖๔",
      "๒๕๖๑–๒๕๖๔", "ปีงบประมาณ 2561-2564", "ปีงบประมาณ พ.ศ. ๒๕๖๑ – ๒๕๖๔", "พ.ศ. 2561-2564",
      "FY2561-2564"})
  void test_parse_acceptedForms(String text) {
    assertThat(FiscalYearRange.parse(text)).isEqualTo(PLAN);
  }

  @Test
  void test_parse_singleYear() {
    assertThat(FiscalYearRange.parse("2561")).isEqualTo(FiscalYearRange.of(Y2561));
    assertThat(FiscalYearRange.parse("2561-2561")).isEqualTo(FiscalYearRange.of(Y2561));
    assertThat(FiscalYearRange.parse("๒๕๖๑")).isEqualTo(FiscalYearRange.of(Y2561));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "2561-", "-2564", "2561-64", "2561--2564", "2561-2564-2565", "2561—2564", "2561/2564",
      "2561 2564", "FY2561-FY2564", "61-64"})
  void test_parse_malformed(String text) {
    FiscalYearFormatException e =
        assertThrows(FiscalYearFormatException.class, () -> FiscalYearRange.parse(text));

    assertThat(e).hasMessage("Invalid fiscal year range \"" + text + "\": expected two B.E. years"
        + " such as \"2561-2564\" or \"๒๕๖๑–๒๕๖๔\", or one such as \"2561\"");
    assertThat(e.getInput()).isEqualTo(text);
  }

  @Test
  void test_parse_lastBeforeFirst() {
    FiscalYearFormatException e =
        assertThrows(FiscalYearFormatException.class, () -> FiscalYearRange.parse("2564-2561"));

    assertThat(e)
        .hasMessage("Invalid fiscal year range \"2564-2561\": last year 2561 is before first year 2564");
    assertThat(e.getInput()).isEqualTo("2564-2561");
  }

  @Test
  void test_parse_ceYears() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FiscalYearRange.parse("2018-2021"))
        .isInstanceOf(FiscalYearFormatException.class)
        .withMessage("Invalid fiscal year range \"2018-2021\": 2018 looks like a CE year;"
            + " fiscal years are named by B.E. years, e.g. 2561 for the one ending 30 September 2018");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FiscalYearRange.parse("2561-2021"))
        .isInstanceOf(FiscalYearFormatException.class)
        .withMessage("Invalid fiscal year range \"2561-2021\": 2021 looks like a CE year;"
            + " fiscal years are named by B.E. years, e.g. 2564 for the one ending 30 September 2021");
  }

  @Test
  void test_parse_outOfRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FiscalYearRange.parse("1000-2561"))
        .isInstanceOf(FiscalYearFormatException.class)
        .withMessage("Invalid fiscal year range \"1000-2561\": 1000 is outside the supported"
            + " B.E. years 2400 to 9999");
  }

  @Test
  void test_toString() {
    assertThat(PLAN).hasToString("2561-2564");
    assertThat(FiscalYearRange.of(Y2561)).hasToString("2561-2561");
  }

  @Test
  void test_contains_fiscalYear() {
    assertThat(PLAN.contains(FiscalYear.of(2560))).isFalse();
    assertThat(PLAN.contains(Y2561)).isTrue();
    assertThat(PLAN.contains(FiscalYear.of(2562))).isTrue();
    assertThat(PLAN.contains(Y2564)).isTrue();
    assertThat(PLAN.contains(FiscalYear.of(2565))).isFalse();
  }

  @Test
  void test_contains_date() {
    assertThat(PLAN.contains(LocalDate.of(2017, 9, 30))).isFalse();
    assertThat(PLAN.contains(LocalDate.of(2017, 10, 1))).isTrue();
    assertThat(PLAN.contains(LocalDate.of(2019, 5, 18))).isTrue();
    assertThat(PLAN.contains(LocalDate.of(2021, 9, 30))).isTrue();
    assertThat(PLAN.contains(LocalDate.of(2021, 10, 1))).isFalse();
  }

  @Test
  void test_encloses() {
    assertThat(PLAN.encloses(PLAN)).isTrue();
    assertThat(PLAN.encloses(FiscalYearRange.parse("2562-2563"))).isTrue();
    assertThat(PLAN.encloses(FiscalYearRange.parse("2561"))).isTrue();
    assertThat(PLAN.encloses(FiscalYearRange.parse("2564"))).isTrue();
    assertThat(PLAN.encloses(FiscalYearRange.parse("2560-2562"))).isFalse();
    assertThat(PLAN.encloses(FiscalYearRange.parse("2563-2565"))).isFalse();
    assertThat(PLAN.encloses(FiscalYearRange.parse("2560-2565"))).isFalse();
    assertThat(FiscalYearRange.parse("2562-2563").encloses(PLAN)).isFalse();
  }

  @Test
  void test_overlaps() {
    assertThat(PLAN.overlaps(PLAN)).isTrue();
    assertThat(PLAN.overlaps(FiscalYearRange.parse("2564-2567"))).isTrue();
    assertThat(PLAN.overlaps(FiscalYearRange.parse("2558-2561"))).isTrue();
    assertThat(PLAN.overlaps(FiscalYearRange.parse("2562"))).isTrue();
    assertThat(PLAN.overlaps(FiscalYearRange.parse("2560-2565"))).isTrue();
    assertThat(PLAN.overlaps(FiscalYearRange.parse("2565-2568"))).isFalse();
    assertThat(PLAN.overlaps(FiscalYearRange.parse("2557-2560"))).isFalse();
  }

  @Test
  void test_stream_yearsInOrder() {
    assertThat(PLAN.stream().map(FiscalYear::toString).collect(Collectors.joining(",")))
        .isEqualTo("2561,2562,2563,2564");
  }

  @Test
  void test_iterator_yearsInOrder() {
    assertThat(ImmutableList.copyOf(PLAN))
        .containsExactly(Y2561, FiscalYear.of(2562), FiscalYear.of(2563), Y2564);
    assertThat(ImmutableList.copyOf(FiscalYearRange.of(Y2561))).containsExactly(Y2561);
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(PLAN, FiscalYearRange.of(Y2561, Y2564), FiscalYearRange.parse("2561–2564"))
        .addEqualityGroup(FiscalYearRange.of(Y2561, FiscalYear.of(2565)))
        .addEqualityGroup(FiscalYearRange.of(FiscalYear.of(2562), Y2564))
        .addEqualityGroup(FiscalYearRange.of(Y2561), FiscalYearRange.parse("2561"))
        .addEqualityGroup(FiscalYearRange.of(Y2564))
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(LocalDate.class, LocalDate.of(2017, 5, 18))
        .setDefault(FiscalYear.class, Y2561)
        .setDefault(FiscalYearRange.class, PLAN);
    tester.testAllPublicStaticMethods(FiscalYearRange.class);
    tester.testAllPublicInstanceMethods(PLAN);
  }
}
