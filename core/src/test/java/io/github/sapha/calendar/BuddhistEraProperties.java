package io.github.sapha.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BuddhistEraProperties {

  @Provide
  Arbitrary<Integer> ceYears() {
    return Arbitraries.integers().between(Year.MIN_VALUE, Year.MAX_VALUE);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property
  void toCe_invertsFromCe(@ForAll("ceYears") int ceYear) {
    assertThat(BuddhistEra.toCe(BuddhistEra.fromCe(ceYear))).isEqualTo(ceYear);
    assertThat(BuddhistEra.fromCe(ceYear) - ceYear).isEqualTo(543);
  }

  @Property
  void yearOf_agreesWithThaiBuddhistChronology(@ForAll("dates") LocalDate date) {
    assertThat(BuddhistEra.yearOf(date))
        .isEqualTo(ThaiBuddhistDate.from(date).get(ChronoField.YEAR))
        .isEqualTo(BuddhistEra.fromCe(date.getYear()));
  }
}
