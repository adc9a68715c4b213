package io.github.sapha.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sapha.council.Network;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Synthetic registries of chosen districts. */
class SyntheticDistrictsTest {
  private static final DistrictCode MAE_SAI = DistrictCode.parse("5709");
  private static final DistrictCode WIANG_CHAI = DistrictCode.parse("5702");
  private static final DistrictCode PHRA_NAKHON = DistrictCode.parse("1001");

  @Test
  void test_generate_chosenDistrictsOfTwoProvincesMakeAValidRegistry() {
    Registry registry = SyntheticRegistry.generate(3, List.of(MAE_SAI, PHRA_NAKHON, WIANG_CHAI));
    Gazetteer thailand = Gazetteer.thailand();
    assertThat(registry.councils()).hasSize(
        thailand.subdistricts(MAE_SAI).size() + thailand.subdistricts(WIANG_CHAI).size()
            + thailand.subdistricts(PHRA_NAKHON).size());
    assertThat(registry.networks().stream().filter(n -> n.level() == NetworkLevel.DISTRICT).map(n -> n.area().get()))
        .containsExactly(PHRA_NAKHON, WIANG_CHAI, MAE_SAI);
    assertThat(registry.networks().stream().filter(n -> n.level() == NetworkLevel.PROVINCIAL).map(Network::area)
        .map(a -> a.map(AreaCode::value).orElseThrow()))
        .containsExactly("10", "57");
    assertThat(Validator.defaults().validate(registry).violations()).isEmpty();
  }

  @Test
  void test_generate_sameSeedAndDistrictsGiveAnEqualRegistry() {
    assertThat(SyntheticRegistry.generate(5, List.of(WIANG_CHAI, MAE_SAI)))
        .isEqualTo(SyntheticRegistry.generate(5, List.of(MAE_SAI, WIANG_CHAI, MAE_SAI)))
        .isNotEqualTo(SyntheticRegistry.generate(6, List.of(MAE_SAI, WIANG_CHAI)));
  }

  @Test
  void test_generate_refusesNoDistrictOrAnUnknownOne() {
    assertThatThrownBy(() -> SyntheticRegistry.generate(1, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("districts must not be empty");
    assertThatThrownBy(() -> SyntheticRegistry.generate(1, List.of(MAE_SAI, DistrictCode.parse("5799"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("District 5799 has no sub-districts in the gazetteer");
  }
}
