package io.github.sapha.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.Council;
import io.github.sapha.demo.MaeSaiRegistry;
import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Policy;
import io.github.sapha.validation.Severity;
import io.github.sapha.validation.ValidationReport;
import io.github.sapha.validation.Validator;
import io.github.sapha.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishNameRuleTest {
  private static final Registry MAE_SAI = MaeSaiRegistry.build();

  private static Registry withoutEnglishName(int index) {
    List<Council> councils = new ArrayList<>(MAE_SAI.councils());
    Council council = councils.get(index);
    councils.set(index, Council.builder().from(council).nameEn(java.util.Optional.empty()).build());
    return Registry.builder().from(MAE_SAI).councils(councils).build();
  }

  @Test
  void test_check_reportsACouncilWithoutEnglishName() {
    ValidationReport report = EnglishNameRule.validator().validate(withoutEnglishName(6));
    List<Violation> found = report.violations(EnglishNameRule.ID);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(found.get(0).path()).hasToString("/councils/6/nameEn");
    assertThat(found.get(0).message()).isEqualTo("Council council-570908 has no English name");
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void test_check_silentWhenEveryCouncilHasOne() {
    assertThat(EnglishNameRule.validator().validate(MAE_SAI).violations(EnglishNameRule.ID)).isEmpty();
  }

  @Test
  void test_policy_regradesAndSwitchesOffTheCustomRule() {
    Validator strict =
        Validator.builder()
            .addRule(new EnglishNameRule())
            .policy(Policy.builder().severity(EnglishNameRule.ID, Severity.ERROR).build())
            .build();
    assertThat(strict.validate(withoutEnglishName(0)).isValid()).isFalse();
    Validator off =
        Validator.builder()
            .addRule(new EnglishNameRule())
            .policy(Policy.builder().disable(EnglishNameRule.ID).build())
            .build();
    assertThat(off.validate(withoutEnglishName(0)).violations(EnglishNameRule.ID)).isEmpty();
  }
}
