package io.github.sapha.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.testing.ThaiDigits;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FiscalYearRangeProperties {

  /** Ranges of up to 12 years, mostly close to each other so that overlaps are common. */
  @Provide
  Arbitrary<FiscalYearRange> ranges() {
    return Combinators.combine(
            Arbitraries.integers().between(2400, 9988), Arbitraries.integers().between(0, 11))
        .as((first, extra) -> FiscalYearRange.of(FiscalYear.of(first), FiscalYear.of(first + extra)));
  }

  @Provide
  Arbitrary<FiscalYearRange> nearbyRanges() {
    return Combinators.combine(
            Arbitraries.integers().between(2555, 2570), Arbitraries.integers().between(0, 5))
        .as((first, extra) -> FiscalYearRange.of(FiscalYear.of(first), FiscalYear.of(first + extra)));
  }

  @Property
  void parse_invertsToString(@ForAll("ranges") FiscalYearRange range) {
    assertThat(FiscalYearRange.parse(range.toString())).isEqualTo(range);
    assertThat(FiscalYearRange.parse(ThaiDigits.of(range.toString()))).isEqualTo(range);
  }

  @Property
  void size_countsTheYears(@ForAll("ranges") FiscalYearRange range) {
    assertThat(range.stream()).hasSize(range.size());
    assertThat(range.stream().allMatch(range::contains)).isTrue();
  }

  @Property
  void contains_date_agreesWithTheYears(
      @ForAll("ranges") FiscalYearRange range, @ForAll("dateOffsets") int offset) {
    LocalDate date = range.start().plusDays(offset);

    assertThat(range.contains(date))
        .isEqualTo(range.stream().anyMatch(year -> year.contains(date)));
  }

  /** Days from a range's start: some before it, most in it, some after it. */
  @Provide
  Arbitrary<Integer> dateOffsets() {
    return Arbitraries.integers().between(-400, 12 * 366 + 400);
  }

  @Property
  void overlaps_meansAYearInCommon(
      @ForAll("nearbyRanges") FiscalYearRange a, @ForAll("nearbyRanges") FiscalYearRange b) {
    assertThat(a.overlaps(b)).isEqualTo(a.stream().anyMatch(b::contains)).isEqualTo(b.overlaps(a));
  }

  @Property
  void encloses_meansEveryYearContained(
      @ForAll("nearbyRanges") FiscalYearRange a, @ForAll("nearbyRanges") FiscalYearRange b) {
    assertThat(a.encloses(b)).isEqualTo(b.stream().allMatch(a::contains));
  }
}
