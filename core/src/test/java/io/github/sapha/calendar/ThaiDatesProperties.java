package io.github.sapha.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.testing.ThaiDigits;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ThaiDatesProperties {

  private static final DateTimeFormatter JDK_NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy")
      .withChronology(ThaiBuddhistChronology.INSTANCE)
      .withLocale(Locale.ROOT);

  /** Every date in B.E. 2400 to 9999, the years that ThaiDates supports. */
  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1857, 1, 1).toEpochDay(), LocalDate.of(9456, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay)
        .edgeCases(config -> config.add(LocalDate.of(1956, 12, 31), LocalDate.of(1957, 1, 1),
            LocalDate.of(2056, 12, 31), LocalDate.of(2057, 1, 1), LocalDate.of(2020, 2, 29)));
  }

  @Property
  void parse_invertsFormat(@ForAll("dates") LocalDate date) {
    assertThat(ThaiDates.parse(ThaiDates.format(date))).isEqualTo(date);
    assertThat(ThaiDates.parse(ThaiDigits.of(ThaiDates.format(date)))).isEqualTo(date);
  }

  @Property
  void parse_invertsFormatShort(@ForAll("dates") LocalDate date) {
    assertThat(ThaiDates.parse(ThaiDates.formatShort(date))).isEqualTo(date);
    assertThat(ThaiDates.parse(ThaiDigits.of(ThaiDates.formatShort(date)))).isEqualTo(date);
  }

  @Property
  void parse_invertsFormatNumeric(@ForAll("dates") LocalDate date) {
    assertThat(ThaiDates.parse(ThaiDates.formatNumeric(date))).isEqualTo(date);
    assertThat(ThaiDates.parse(ThaiDigits.of(ThaiDates.formatNumeric(date)))).isEqualTo(date);
  }

  @Property
  void formatNumeric_agreesWithThaiBuddhistChronology(@ForAll("dates") LocalDate date) {
    assertThat(ThaiDates.formatNumeric(date)).isEqualTo(JDK_NUMERIC.format(date));
  }
}
