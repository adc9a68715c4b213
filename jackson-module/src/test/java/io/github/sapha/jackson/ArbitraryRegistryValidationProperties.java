package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.registry.Registry;
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
 * Hard to break: the validator copes with any structurally valid registry,
 * however inconsistent (dangling references, unknown codes, odd dates, plan
 * cycles), reporting rather than throwing, and every path it reports leads
 * into the registry's JSON document.
 */
class ArbitraryRegistryValidationProperties {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  // Tries: jqwik.tries.default, 300 in the suite and 50,000 with -Pfuzz (see README).
  @Property
  void anyRegistryIsValidatedWithoutFailingAndEveryPathResolves(@ForAll("registries") Registry registry) {
    ValidationReport report = Validator.defaults().validate(registry);
    assertThat(Validator.defaults().validate(registry)).isEqualTo(report);
    JsonNode document = PLAIN.readTree(SaphaJson.defaults().writeString(registry));
    for (Violation violation : report.violations()) {
      assertThat(document.at(violation.path().toString()).isMissingNode())
          .as("%s points at nothing", violation)
          .isFalse();
    }
  }

  @Provide
  Arbitrary<Registry> registries() {
    return RegistryGenerator.registries();
  }
}
