package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TermTest {
  private static final LocalDate START = LocalDate.of(2017, 5, 18);
  private static final LocalDate END = LocalDate.of(2019, 5, 17);
  private static final Term CLOSED = Term.of(START, END);
  private static final Term OPEN = Term.from(START);

  @Test
  void test_from_isOpen() {
    assertThat(OPEN.start()).isEqualTo(START);
    assertThat(OPEN.end()).isEmpty();
    assertThat(OPEN.isOpen()).isTrue();
    assertThat(OPEN).hasToString("2017-05-18/");
  }

  @Test
  void test_of_isClosed() {
    assertThat(CLOSED.start()).isEqualTo(START);
    assertThat(CLOSED.end()).contains(END);
    assertThat(CLOSED.isOpen()).isFalse();
    assertThat(CLOSED).hasToString("2017-05-18/2019-05-17");
  }


  @Test
  void test_of_oneDayTerm() {
    Term oneDay = Term.of(START, START);
    assertThat(oneDay.contains(START)).isTrue();
    assertThat(oneDay.contains(START.minusDays(1))).isFalse();
    assertThat(oneDay.contains(START.plusDays(1))).isFalse();
    assertThat(oneDay).hasToString("2017-05-18/2017-05-18");
  }

  @Test
  void test_of_endBeforeStart_refused() {
    assertThatThrownBy(() -> Term.of(END, START))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Term end 2017-05-18 is before its start 2019-05-17");
    assertThatThrownBy(() -> Term.of(START, START.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Term end 2017-05-17 is before its start 2017-05-18");
  }

  @Test
  void test_parse_invertsToString() {
    assertThat(Term.parse("2017-05-18/2019-05-17")).isEqualTo(CLOSED);
    assertThat(Term.parse("2017-05-18/")).isEqualTo(OPEN);
    assertThat(Term.parse(CLOSED.toString())).isEqualTo(CLOSED);
    assertThat(Term.parse(OPEN.toString())).isEqualTo(OPEN);
    assertThat(Term.parse(new StringBuilder("2017-05-18/2017-05-18"))).isEqualTo(Term.of(START, START));
  }

  @Test
  void test_parse_isoOpenEnd() {
    // ISO 8601-2 writes an open end as "..".
    assertThat(Term.parse("2018-01-01/..")).isEqualTo(Term.from(LocalDate.of(2018, 1, 1)));
    assertThat(Term.parse("2017-05-18/..")).isEqualTo(OPEN).hasToString("2017-05-18/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "/", "2017-05-18", "/2019-05-17", "2017-05-18/2019-05-17/", "2017-5-18/",
        " 2017-05-18/", "2017-05-18/ ", "2017-02-30/", "18/05/2017", "2017-05-18 - 2019-05-17",
        "2017-05-18/.", "2017-05-18/...", "../2017-05-18"
      })
  void test_parse_refusesMalformedText(String text) {
    assertThatThrownBy(() -> Term.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid term \"" + text
                + "\": expected START/END, or START/ or START/.. for an open term, with ISO dates,"
                + " e.g. \"2017-05-18/2019-05-17\" or \"2017-05-18/..\"");
  }

  @Test
  void test_parse_endBeforeStart_refused() {
    assertThatThrownBy(() -> Term.parse("2019-05-17/2017-05-18"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Term end 2017-05-18 is before its start 2019-05-17");
  }

  @Test
  void test_contains_bothEndsInclusive() {
    assertThat(CLOSED.contains(START)).isTrue();
    assertThat(CLOSED.contains(END)).isTrue();
    assertThat(CLOSED.contains(LocalDate.of(2018, 1, 1))).isTrue();
    assertThat(CLOSED.contains(START.minusDays(1))).isFalse();
    assertThat(CLOSED.contains(END.plusDays(1))).isFalse();
  }

  @Test
  void test_contains_openTermLastsForever() {
    assertThat(OPEN.contains(START)).isTrue();
    assertThat(OPEN.contains(LocalDate.MAX)).isTrue();
    assertThat(OPEN.contains(START.minusDays(1))).isFalse();
  }

  @Test
  void test_overlaps_sharedEndDayCounts() {
    Term next = Term.of(END, LocalDate.of(2021, 5, 17));
    assertThat(CLOSED.overlaps(next)).isTrue();
    assertThat(next.overlaps(CLOSED)).isTrue();
  }

  @Test
  void test_overlaps_adjacentTermsDoNot() {
    Term next = Term.of(END.plusDays(1), LocalDate.of(2021, 5, 17));
    assertThat(CLOSED.overlaps(next)).isFalse();
    assertThat(next.overlaps(CLOSED)).isFalse();
  }

  @Test
  void test_overlaps_containedAndEqualTerms() {
    Term inside = Term.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 2));
    assertThat(CLOSED.overlaps(inside)).isTrue();
    assertThat(inside.overlaps(CLOSED)).isTrue();
    assertThat(CLOSED.overlaps(CLOSED)).isTrue();
  }

  @Test
  void test_overlaps_openTerms() {
    assertThat(OPEN.overlaps(Term.from(LocalDate.of(2030, 1, 1)))).isTrue();
    assertThat(OPEN.overlaps(Term.of(START.minusYears(1), START))).isTrue();
    assertThat(OPEN.overlaps(Term.of(START.minusYears(1), START.minusDays(1)))).isFalse();
    assertThat(Term.of(START.minusYears(1), START.minusDays(1)).overlaps(OPEN)).isFalse();
    assertThat(Term.from(END.plusDays(1)).overlaps(CLOSED)).isFalse();
    assertThat(Term.from(END).overlaps(CLOSED)).isTrue();
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(CLOSED, Term.of(START, END), Term.parse("2017-05-18/2019-05-17"))
        .addEqualityGroup(OPEN, Term.from(START), Term.parse("2017-05-18/.."))
        .addEqualityGroup(Term.of(START, END.plusDays(1)))
        .addEqualityGroup(Term.of(START.plusDays(1), END))
        .addEqualityGroup(Term.from(START.plusDays(1)))
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(LocalDate.class, START).setDefault(Term.class, CLOSED);
    tester.testAllPublicStaticMethods(Term.class);
    tester.testAllPublicInstanceMethods(CLOSED);
    tester.testAllPublicInstanceMethods(OPEN);
  }
}
