package io.github.sapha.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ValidationReport, Violation and Severity on their own. */
class ValidationReportTest {
  private static final Violation UNKNOWN_CODE =
      new Violation(Rules.GEO_UNKNOWN_CODE, Severity.ERROR, Pointer.parse("/councils/10/area/subdistricts/0"),
          "Sub-district code 570907 is not in the gazetteer", Optional.empty(), Optional.empty());
  private static final Violation NAME_MISMATCH =
      new Violation(Rules.GEO_NAME_MISMATCH, Severity.WARNING, Pointer.parse("/councils/9/area/name"),
          "Council council-570902 names its area \"หเวยไคร้\"", Optional.of("ห้วยไคร้"), Optional.empty());
  private static final Violation AS_OF =
      new Violation(Rules.DATE_BUDDHIST_ERA_YEAR, Severity.ERROR, Pointer.parse("/asOf"),
          "The as-of date looks like B.E.", Optional.of("2017-05-18"), Optional.empty());
  private static final Violation NOTE =
      new Violation("acme.note", Severity.INFO, Pointer.ROOT, "A note", Optional.empty(), Optional.of("Handbook"));
  private static final Violation DANGLING_AT_SAME_PATH =
      new Violation(Rules.REFERENCE_DANGLING, Severity.ERROR, Pointer.parse("/councils/9/area/name"),
          "No such thing", Optional.empty(), Optional.empty());

  // ---- Severity -----------------------------------------------------------------------------

  @Test
  void test_isAtLeast_table() {
    assertThat(Severity.ERROR.isAtLeast(Severity.ERROR)).isTrue();
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.ERROR.isAtLeast(Severity.INFO)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.ERROR)).isFalse();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.INFO)).isTrue();
    assertThat(Severity.INFO.isAtLeast(Severity.ERROR)).isFalse();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
    assertThat(Severity.INFO.isAtLeast(Severity.INFO)).isTrue();
  }

  // ---- Violation ----------------------------------------------------------------------------

  @Test
  void test_violation_toString() {
    assertThat(UNKNOWN_CODE)
        .hasToString(
            "ERROR geo.unknown-code at /councils/10/area/subdistricts/0: Sub-district code 570907 is not in the gazetteer");
    assertThat(NAME_MISMATCH)
        .hasToString(
            "WARNING geo.name-mismatch at /councils/9/area/name: Council council-570902 names its area \"หเวยไคร้\" "
                + "(suggestion: ห้วยไคร้)");
    assertThat(NOTE).hasToString("INFO acme.note at /: A note");
  }

  @Test
  void test_violation_refusesNulls() {
    Pointer at = Pointer.ROOT;
    Optional<String> none = Optional.empty();
    assertThatThrownBy(() -> new Violation(null, Severity.ERROR, at, "m", none, none))
        .isInstanceOf(NullPointerException.class).hasMessage("rule");
    assertThatThrownBy(() -> new Violation("r", null, at, "m", none, none))
        .isInstanceOf(NullPointerException.class).hasMessage("severity");
    assertThatThrownBy(() -> new Violation("r", Severity.ERROR, null, "m", none, none))
        .isInstanceOf(NullPointerException.class).hasMessage("path");
    assertThatThrownBy(() -> new Violation("r", Severity.ERROR, at, null, none, none))
        .isInstanceOf(NullPointerException.class).hasMessage("message");
    assertThatThrownBy(() -> new Violation("r", Severity.ERROR, at, "m", null, none))
        .isInstanceOf(NullPointerException.class).hasMessage("suggestion");
    assertThatThrownBy(() -> new Violation("r", Severity.ERROR, at, "m", none, null))
        .isInstanceOf(NullPointerException.class).hasMessage("reference");
  }

  @Test
  void test_violation_equals() {
    Pointer at = Pointer.parse("/a/0");
    Optional<String> none = Optional.empty();
    new EqualsTester()
        .addEqualityGroup(
            new Violation("r.x", Severity.ERROR, at, "m", none, none),
            new Violation("r.x", Severity.ERROR, Pointer.ROOT.field("a").index(0), "m", none, none))
        .addEqualityGroup(new Violation("r.y", Severity.ERROR, at, "m", none, none))
        .addEqualityGroup(new Violation("r.x", Severity.WARNING, at, "m", none, none))
        .addEqualityGroup(new Violation("r.x", Severity.ERROR, Pointer.parse("/a/1"), "m", none, none))
        .addEqualityGroup(new Violation("r.x", Severity.ERROR, at, "n", none, none))
        .addEqualityGroup(new Violation("r.x", Severity.ERROR, at, "m", Optional.of("s"), none))
        .addEqualityGroup(new Violation("r.x", Severity.ERROR, at, "m", none, Optional.of("ref")))
        .testEquals();
  }

  @Test
  void test_order_pathThenRuleThenMessage() {
    Violation first = new Violation("r.b", Severity.INFO, Pointer.parse("/a/9"), "z", Optional.empty(), Optional.empty());
    Violation second = new Violation("r.a", Severity.ERROR, Pointer.parse("/a/10"), "a", Optional.empty(), Optional.empty());
    Violation third = new Violation("r.b", Severity.ERROR, Pointer.parse("/a/10"), "a", Optional.empty(), Optional.empty());
    Violation fourth = new Violation("r.b", Severity.ERROR, Pointer.parse("/a/10"), "b", Optional.empty(), Optional.empty());
    assertThat(ValidationReport.of(List.of(fourth, third, second, first)).violations())
        .containsExactly(first, second, third, fourth);
  }

  // ---- ValidationReport ---------------------------------------------------------------------

  @Test
  void test_of_sortsByPathThenRule() {
    ValidationReport report = ValidationReport.of(List.of(UNKNOWN_CODE, DANGLING_AT_SAME_PATH, NOTE, AS_OF, NAME_MISMATCH));
    assertThat(report.violations()).containsExactly(NOTE, AS_OF, NAME_MISMATCH, DANGLING_AT_SAME_PATH, UNKNOWN_CODE);
  }

  @Test
  void test_counts_everySeverityPresent() {
    ValidationReport report = ValidationReport.of(List.of(UNKNOWN_CODE, NAME_MISMATCH, AS_OF, NOTE));
    assertThat(report.counts())
        .containsExactlyInAnyOrderEntriesOf(Map.of(Severity.ERROR, 2, Severity.WARNING, 1, Severity.INFO, 1));
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    assertThat(report).hasToString("ValidationReport[2 errors, 1 warning, 1 info]");
    assertThat(ValidationReport.of(List.of()).counts())
        .containsExactlyInAnyOrderEntriesOf(Map.of(Severity.ERROR, 0, Severity.WARNING, 0, Severity.INFO, 0));
  }

  @Test
  void test_isValid_atEachThreshold() {
    ValidationReport empty = ValidationReport.of(List.of());
    ValidationReport info = ValidationReport.of(List.of(NOTE));
    ValidationReport warning = ValidationReport.of(List.of(NOTE, NAME_MISMATCH));
    ValidationReport error = ValidationReport.of(List.of(UNKNOWN_CODE));
    assertThat(empty.isValid(Severity.INFO)).isTrue();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(info.isValid(Severity.WARNING)).isTrue();
    assertThat(info.isValid(Severity.INFO)).isFalse();
    assertThat(info.isEmpty()).isFalse();
    assertThat(warning.isValid()).isTrue();
    assertThat(warning.isValid(Severity.ERROR)).isTrue();
    assertThat(warning.isValid(Severity.WARNING)).isFalse();
    assertThat(error.isValid()).isFalse();
    assertThat(error.isValid(Severity.ERROR)).isFalse();
  }

  @Test
  void test_violationsOfARuleAndRulesThatFired() {
    ValidationReport report = ValidationReport.of(List.of(UNKNOWN_CODE, DANGLING_AT_SAME_PATH, NOTE, AS_OF));
    assertThat(report.violations(Rules.REFERENCE_DANGLING)).containsExactly(DANGLING_AT_SAME_PATH);
    assertThat(report.violations(Rules.MEETING_QUORUM)).isEmpty();
    assertThat(report.rules())
        .containsExactly("acme.note", Rules.DATE_BUDDHIST_ERA_YEAR, Rules.GEO_UNKNOWN_CODE, Rules.REFERENCE_DANGLING);
  }

  @Test
  void test_violations_areImmutable() {
    ValidationReport report = ValidationReport.of(List.of(UNKNOWN_CODE));
    assertThatThrownBy(() -> report.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void test_equals_byViolationsWhateverTheInputOrder() {
    new EqualsTester()
        .addEqualityGroup(
            ValidationReport.of(List.of(UNKNOWN_CODE, NAME_MISMATCH)),
            ValidationReport.of(List.of(NAME_MISMATCH, UNKNOWN_CODE)))
        .addEqualityGroup(ValidationReport.of(List.of(UNKNOWN_CODE)))
        .addEqualityGroup(ValidationReport.of(List.of()), Fixtures.validate(Fixtures.base()))
        .testEquals();
  }
}
