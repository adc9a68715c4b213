package io.github.sapha.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.testing.ThaiDigits;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FiscalYearProperties {

  /** Every date whose fiscal year is supported: 1856-10-01 (FY 2400) to 9456-09-30 (FY 9999). */
  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1856, 10, 1).toEpochDay(), LocalDate.of(9456, 9, 30).toEpochDay())
        .map(LocalDate::ofEpochDay)
        .edgeCases(config -> config.add(LocalDate.of(2016, 10, 1), LocalDate.of(2017, 9, 30)));
  }

  @Property
  void everyDateLiesInExactlyOneFiscalYear(@ForAll("dates") LocalDate date) {
    FiscalYear year = FiscalYear.of(date);

    assertThat(year.contains(date)).isTrue();
    assertThat(date).isBetween(year.start(), year.end());
    if (year.beYear() > 2400) {
      assertThat(year.previous().contains(date)).isFalse();
    }
    if (year.beYear() < 9999) {
      assertThat(year.next().contains(date)).isFalse();
    }
  }

  @Property
  void fiscalYearsFollowEachOtherWithoutGaps(@ForAll @IntRange(min = 2401, max = 9999) int beYear) {
    FiscalYear year = FiscalYear.of(beYear);

    assertThat(year.start()).isEqualTo(year.previous().end().plusDays(1));
    assertThat(year.previous().next()).isEqualTo(year);
    assertThat(FiscalYear.of(year.start())).isEqualTo(year);
    assertThat(FiscalYear.of(year.end())).isEqualTo(year);
    assertThat(year.end().getYear()).isEqualTo(year.ceEndYear());
  }

  @Property
  void parse_invertsToString(@ForAll @IntRange(min = 2400, max = 9999) int beYear) {
    FiscalYear year = FiscalYear.of(beYear);

    assertThat(FiscalYear.parse(year.toString())).isEqualTo(year);
    assertThat(FiscalYear.parse(ThaiDigits.of(year.toString()))).isEqualTo(year);
  }

  @Property
  void plusYears_movesTheBeYear(
      @ForAll @IntRange(min = 2400, max = 9999) int beYear,
      @ForAll @IntRange(min = 2400, max = 9999) int target) {
    FiscalYear year = FiscalYear.of(beYear);

    assertThat(year.plusYears(target - beYear)).isEqualTo(FiscalYear.of(target));
  }
}
