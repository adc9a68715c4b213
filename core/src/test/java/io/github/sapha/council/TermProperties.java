package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TermProperties {

  @Provide
  Arbitrary<Term> terms() {
    return ModelArbitraries.terms();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return ModelArbitraries.dates();
  }

  @Property
  void overlaps_isSymmetric(@ForAll("terms") Term a, @ForAll("terms") Term b) {
    assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
  }

  @Property
  void overlaps_isReflexive(@ForAll("terms") Term term) {
    assertThat(term.overlaps(term)).isTrue();
  }

  @Property
  void contains_itsStartAndEnd(@ForAll("terms") Term term) {
    assertThat(term.contains(term.start())).isTrue();
    term.end().ifPresent(end -> assertThat(term.contains(end)).isTrue());
    assertThat(term.contains(term.start().minusDays(1))).isFalse();
    term.end().ifPresent(end -> assertThat(term.contains(end.plusDays(1))).isFalse());
  }

  @Property
  void overlaps_exactlyWhenTheLaterStartIsInBoth(@ForAll("terms") Term a, @ForAll("terms") Term b) {
    // If two terms share a day, the later of their starts is one such day.
    LocalDate laterStart = a.start().isAfter(b.start()) ? a.start() : b.start();
    assertThat(a.overlaps(b)).isEqualTo(a.contains(laterStart) && b.contains(laterStart));
  }

  @Property
  void contains_exactlyWhenTheOneDayTermOverlaps(@ForAll("terms") Term term, @ForAll("dates") LocalDate date) {
    assertThat(term.contains(date)).isEqualTo(Term.of(date, date).overlaps(term));
  }

  @Property
  void parse_invertsToString(@ForAll("terms") Term term) {
    assertThat(Term.parse(term.toString())).isEqualTo(term);
  }
}
