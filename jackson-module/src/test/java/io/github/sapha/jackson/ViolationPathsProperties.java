package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.testing.MutatedRegistry;
import io.github.sapha.testing.SaphaArbitraries;
import io.github.sapha.validation.ValidationReport;
import io.github.sapha.validation.Validator;
import io.github.sapha.validation.Violation;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The validator's paths and the JSON module's field names are one contract:
 * every violation's JSON Pointer leads to a value of the document that
 * sapha-jackson writes for the same registry.
 */
class ViolationPathsProperties {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  @Property(tries = 10)
  void everyViolationPathPointsIntoTheWrittenDocument(@ForAll("broken") MutatedRegistry broken) {
    ValidationReport report = Validator.defaults().validate(broken.registry());
    JsonNode document = PLAIN.readTree(SaphaJson.defaults().writeString(broken.registry()));
    assertThat(report.violations()).isNotEmpty();
    for (Violation violation : report.violations()) {
      assertThat(document.at(violation.path().toString()).isMissingNode())
          .as("%s points at nothing in the JSON document", violation)
          .isFalse();
    }
  }

  @Provide
  Arbitrary<MutatedRegistry> broken() {
    return SaphaArbitraries.mutatedRegistries(20);
  }
}
