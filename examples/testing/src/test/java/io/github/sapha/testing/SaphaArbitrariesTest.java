package io.github.sapha.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sapha.testing.SyntheticRegistry.Scale;
import io.github.sapha.designation.Designation;
import io.github.sapha.designation.DesignationKind;
import io.github.sapha.plan.Plan;
import io.github.sapha.plan.PlanLevel;
import io.github.sapha.registry.Registry;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaphaArbitrariesTest {

  @Test
  void test_mutatedRegistries_refusesCountsOutsideTheRange() {
    assertThatThrownBy(() -> SaphaArbitraries.mutatedRegistries(21))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be from 0 to 20: 21");
    assertThatThrownBy(() -> SaphaArbitraries.mutatedRegistries(-1))
        .hasMessage("count must be from 0 to 20: -1");
  }

  @Test
  void test_generate_sameSeedSameRegistryOtherSeedOther() {
    Registry one = SyntheticRegistry.generate(99, Scale.DISTRICT);
    assertThat(SyntheticRegistry.generate(99, Scale.DISTRICT)).isEqualTo(one);
    assertThat(SyntheticRegistry.generate(100, Scale.DISTRICT)).isNotEqualTo(one);
  }

  @Test
  void test_generate_provinceHasANetworkAndPlanPerDistrict() {
    Registry province = SyntheticRegistry.generate(4, Scale.PROVINCE);
    long districts =
        province.councils().stream().map(c -> c.area().subdistricts().first().district()).distinct().count();
    assertThat(province.networks()).hasSize((int) districts + 1);
    assertThat(province.plans()).hasSize(province.councils().size() + (int) districts + 1);
    assertThat(province.people().size()).isBetween(15 * province.councils().size(), 30 * province.councils().size());
  }

  @Test
  void test_generate_eachDistrictPlanNamesAProgrammeCoveringItsIntegrationArea() {
    Registry province = SyntheticRegistry.generate(4, Scale.PROVINCE);
    List<Plan> districtPlans = province.plans().stream().filter(p -> p.level() == PlanLevel.DISTRICT).toList();
    assertThat(province.designations()).hasSize(districtPlans.size());
    for (Plan plan : districtPlans) {
      Designation programme = province.designation(plan.designations().get(0)).orElseThrow();
      assertThat(programme.kind()).isEqualTo(DesignationKind.INTEGRATION_PROGRAMME);
      assertThat(programme.areas()).containsExactly(plan.integrationArea().orElseThrow());
      assertThat(programme.validFrom()).isEqualTo(plan.period().start());
      assertThat(programme.validTo()).contains(plan.period().end());
    }
  }

  @Test
  void test_scale_parse() {
    assertThat(Scale.parse("national")).isEqualTo(Scale.NATIONAL);
    assertThatThrownBy(() -> Scale.parse("National"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown scale \"National\": expected district, province or national");
  }
}
