package io.github.sapha.validation;

import static io.github.sapha.validation.Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidatorTest {

  @Test
  void test_validate_baseFixtureIsClean() {
    ValidationReport report = validate(Fixtures.base());
    assertThat(report.violations()).isEmpty();
  }
}
