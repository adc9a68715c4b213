package io.github.sapha.validation;

import static io.github.sapha.validation.Fixtures.HUAI_KHRAI_PLAN;
import static io.github.sapha.validation.Fixtures.base;
import static io.github.sapha.validation.Fixtures.error;
import static io.github.sapha.validation.Fixtures.validate;
import static io.github.sapha.validation.Fixtures.withPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sapha.council.DesignationId;
import io.github.sapha.designation.Designation;
import io.github.sapha.designation.DesignationKind;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.registry.Registry;
import io.github.sapha.testing.ProjectDocs;
import java.io.IOException;
import java.util.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A designation's codes use the geo.* rules; a plan's unknown designation is reference.dangling. */
class DesignationRulesTest {
  private static Designation designation(String... codes) {
    Designation.Builder builder =
        Designation.builder()
            .id(DesignationId.of("sez-chiang-rai"))
            .nameTh("เขตพัฒนาเศรษฐกิจพิเศษเชียงราย")
            .kind(DesignationKind.SPECIAL_ECONOMIC_ZONE)
            .validFrom(LocalDate.of(2015, 1, 1));
    for (String code : codes) {
      builder.addArea(AreaCode.parse(code));
    }
    return builder.build();
  }

  @Test
  void test_knownCodes_areValid() {
    Registry registry = base().with(designation("5703", "5708", "5709"));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_unknownCode_isGeoUnknownCodeAtItsPlaceInAreas() {
    Registry registry = base().with(designation("5709", "5799"));
    assertThat(validate(registry).violations())
        .containsExactly(error(Rules.GEO_UNKNOWN_CODE, "/designations/0/areas/1", "District code 5799 is not in the gazetteer"));
  }

  @Test
  void test_retiredCode_isGeoRetiredCode() {
    Registry registry = base().with(designation("104701"));
    assertThat(validate(registry).violations())
        .singleElement()
        .satisfies(v -> {
          assertThat(v.rule()).isEqualTo(Rules.GEO_RETIRED_CODE);
          assertThat(v.path()).hasToString("/designations/0/areas/0");
          assertThat(v.message()).isEqualTo("Sub-district code 104701 (บางนา) is retired: it was split into 104702 and 104703");
        });
  }

  private static Registry withGhost() {
    return withPlan(base().with(designation("5709")), HUAI_KHRAI_PLAN,
        p -> p.addDesignation(DesignationId.of("sez-chiang-rai")).addDesignation(DesignationId.of("ghost")));
  }

  @Test
  void test_planNamingAnUnknownDesignation_isDangling() {
    assertThat(validate(withGhost()).violations())
        .containsExactly(error(Rules.REFERENCE_DANGLING, "/plans/2/designations/1", "No designation has the id ghost"));
  }

  @Test
  void test_validationDoc_quotesWhatTheRulesAndTheBuilderSay() throws IOException {
    String doc = ProjectDocs.read("docs/validation.md");
    for (Registry registry : List.of(base().with(designation("5709", "5799")), withGhost())) {
      for (Violation violation : validate(registry).violations()) {
        assertThat(doc).contains("`" + violation.rule() + "` at `" + violation.path().toString().replaceAll("/[0-9]+", "/i")
            .replaceFirst("/i$", "/" + (violation.rule().equals(Rules.REFERENCE_DANGLING) ? "k" : "j")) + "`");
        assertThat(doc).contains("`" + violation.message() + "`");
      }
    }
    Designation.Builder empty =
        Designation.builder().id(DesignationId.of("d-1")).nameTh("เขต").kind(DesignationKind.OTHER)
            .validFrom(LocalDate.of(2015, 1, 1));
    assertThatThrownBy(empty::build).satisfies(e -> assertThat(doc).contains("`" + e.getMessage() + "`"));
    Designation.Builder backwards = empty.addArea(AreaCode.parse("5709")).validTo(LocalDate.of(2014, 12, 31));
    assertThatThrownBy(backwards::build).satisfies(e -> assertThat(doc).contains("`" + e.getMessage() + "`"));
  }
}
