package io.github.sapha.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Rules;
import io.github.sapha.validation.Severity;
import io.github.sapha.validation.ValidationReport;
import io.github.sapha.validation.Validator;
import io.github.sapha.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Mae Sai registry is valid, and the seed's typo is caught with the right suggestion. */
class MaeSaiValidationTest {
  private static final Registry MAE_SAI = MaeSaiRegistry.build();

  @Test
  void test_validate_maeSaiHasNoErrors() {
    ValidationReport report = Validator.defaults().validate(MAE_SAI);
    assertThat(report.isValid()).as("%s", report.violations()).isTrue();
    assertThat(report.count(Severity.ERROR)).isZero();
  }

  @Test
  void test_validate_seedMisspellingOfHuaiKhraiYieldsOneNameMismatch() {
    ValidationReport report = Validator.defaults().validate(MaeSaiRegistry.buildWithReportedSpelling());
    List<Violation> mismatches = report.violations(Rules.GEO_NAME_MISMATCH);
    assertThat(mismatches).hasSize(1);
    Violation mismatch = mismatches.get(0);
    assertThat(mismatch.path()).hasToString("/councils/1/area/name");
    assertThat(mismatch.severity()).isEqualTo(Severity.WARNING);
    assertThat(mismatch.suggestion()).contains("ห้วยไคร้");
    assertThat(mismatch.message())
        .isEqualTo(
            "Council council-570902 names its area \"หเวยไคร้\", but the gazetteer's name of sub-district 570902 is \"ห้วยไคร้\" (Huai Khrai)");
    // Nothing else changes: the misspelt copy has exactly the original's violations plus this one.
    List<Violation> others =
        report.violations().stream().filter(v -> !v.equals(mismatch)).collect(Collectors.toList());
    assertThat(others).isEqualTo(Validator.defaults().validate(MAE_SAI).violations());
  }
}
