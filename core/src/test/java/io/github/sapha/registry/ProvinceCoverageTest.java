package io.github.sapha.registry;

import static io.github.sapha.registry.WiangChai.AS_OF;
import static io.github.sapha.registry.WiangChai.CHIANG_RAI;
import static io.github.sapha.registry.WiangChai.DISTRICT;
import static io.github.sapha.registry.WiangChai.PHA_NGAM_DISSOLVED;
import static io.github.sapha.registry.WiangChai.REGISTRY;
import static io.github.sapha.testing.Unmodifiable.assertUnmodifiable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.Models;
import io.github.sapha.council.Registration;
import io.github.sapha.geography.District;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.Province;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.Region;
import io.github.sapha.geography.Subdistrict;
import io.github.sapha.geography.SubdistrictCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Coverage of a province and of the country: every sub-district of the gazetteer counts. */
class ProvinceCoverageTest {
  private static final Gazetteer THAILAND = Gazetteer.thailand();

  /**
   * The Chiang Rai registry: councils in 6 of the province's 18
   * districts, covering 28 of their 48 sub-districts (58.3 % of those six
   * districts) and 28 of the province's 124 (22.6 %). Mae Sai, Wiang Chai and
   * Chiang Khong are full.
   */
  static Registry chiangRaiInSixDistricts() {
    Map<String, Integer> coveredPerDistrict =
        Map.of("5709", 8, "5702", 5, "5703", 7, "5704", 4, "5707", 2, "5710", 2);
    Registry.Builder registry = Registry.builder().asOf(AS_OF);
    coveredPerDistrict.forEach((district, count) -> {
      for (Subdistrict s : THAILAND.subdistricts(DistrictCode.parse(district)).subList(0, count)) {
        registry.addCouncil(Models.council("c-" + s.code(), s.code(), LocalDate.of(2015, 1, 1), List.of(), List.of()));
      }
    });
    return registry.build();
  }

  @Test
  void test_coverage_provinceCountsEveryDistrictOfTheGazetteer() {
    ProvinceCoverage coverage = chiangRaiInSixDistricts().coverage(CHIANG_RAI, AS_OF, THAILAND);
    assertThat(coverage.province()).isEqualTo(CHIANG_RAI);
    assertThat(coverage.date()).isEqualTo(AS_OF);
    assertThat(coverage.districts()).hasSize(18);
    assertThat(coverage.districts().stream().map(Coverage::district))
        .containsExactlyElementsOf(THAILAND.districts(CHIANG_RAI).stream().map(District::code).toList());
    assertThat(coverage.total()).isEqualTo(124);
    assertThat(coverage.subdistricts()).hasSize(124).isSorted();
    assertThat(coverage.coveredCount()).isEqualTo(28);
    assertThat(coverage.covered()).hasSize(28);
    assertThat(coverage.uncovered()).hasSize(96).doesNotContainAnyElementsOf(coverage.covered());
    assertThat(coverage.ratio()).isCloseTo(28.0 / 124, within(1e-12));
    assertThat(coverage.isFull()).isFalse();
    assertThat(coverage.fullDistricts())
        .containsExactly(DistrictCode.parse("5702"), DistrictCode.parse("5703"), DistrictCode.parse("5709"));
    assertThat(coverage).hasToString("57 on 2020-06-01: 28/124 (23%), 3 of 18 districts full");
  }

  @Test
  void test_coverage_provinceAgreesWithItsDistricts() {
    Registry registry = chiangRaiInSixDistricts();
    ProvinceCoverage province = registry.coverage(CHIANG_RAI, AS_OF, THAILAND);
    for (Coverage district : province.districts()) {
      assertThat(district).isEqualTo(registry.coverage(district.district(), AS_OF, THAILAND));
    }
  }

  @Test
  void test_coverage_provinceFollowsTheDate() {
    // Wiang Chai's registry: Pha Ngam's council counts until the day before it was dissolved.
    assertThat(REGISTRY.coverage(CHIANG_RAI, PHA_NGAM_DISSOLVED.minusDays(1), THAILAND))
        .hasToString("57 on 2019-12-30: 5/124 (4%), 0 of 18 districts full");
    assertThat(REGISTRY.coverage(CHIANG_RAI, PHA_NGAM_DISSOLVED, THAILAND))
        .hasToString("57 on 2019-12-31: 4/124 (3%), 0 of 18 districts full");
    assertThat(REGISTRY.coverage(CHIANG_RAI)).isEqualTo(REGISTRY.coverage(CHIANG_RAI, AS_OF, THAILAND));
  }

  @Test
  void test_coverage_provinceCountsOnlyItsPartOfACrossProvinceArea() {
    // A local government's area over 570203 (Chiang Rai) and 500101 (Chiang Mai).
    Council across =
        Council.builder()
            .id(BodyId.of("c-across"))
            .nameTh("สภาองค์กรชุมชนข้ามจังหวัด")
            .area(CouncilArea.localGovernment(
                BodyId.of("lg-across"), SubdistrictCode.parse("570203"), SubdistrictCode.parse("500101")))
            .registration(Registration.of("x-1", AS_OF))
            .build();
    Registry registry = Registry.builder().asOf(AS_OF).addCouncil(across).build();
    assertThat(registry.coverage(CHIANG_RAI, AS_OF, THAILAND).covered())
        .containsExactly(SubdistrictCode.parse("570203"));
    assertThat(registry.coverage(ProvinceCode.parse("50"), AS_OF, THAILAND).covered())
        .containsExactly(SubdistrictCode.parse("500101"));
    assertThat(registry.countryCoverage(AS_OF, THAILAND).covered())
        .containsExactly(SubdistrictCode.parse("500101"), SubdistrictCode.parse("570203"));
  }

  @Test
  void test_coverage_ignoresSubdistrictsTheGazetteerDoesNotList() {
    Registry registry =
        Registry.builder()
            .asOf(AS_OF)
            .addCouncil(Models.council("c-570201", SubdistrictCode.parse("570201"), AS_OF, List.of(), List.of()))
            .build();
    assertThat(registry.coverage(CHIANG_RAI, AS_OF, THAILAND).covered()).isEmpty();
    assertThat(registry.countryCoverage(AS_OF, THAILAND).covered()).isEmpty();
  }

  @Test
  void test_coverage_fullProvinceOfAHandMadeGazetteer() {
    // One province of two districts, one of them listed without sub-districts: it has no coverage.
    Gazetteer small =
        Gazetteer.builder()
            .add(Province.of(ProvinceCode.parse("57"), "เชียงราย", "Chiang Rai", Region.NORTH))
            .add(District.of(DISTRICT, "เวียงชัย", "Wiang Chai"))
            .add(District.of(DistrictCode.parse("5709"), "แม่สาย", "Mae Sai"))
            .add(Subdistrict.of(SubdistrictCode.parse("570202"), "เวียงชัย", "Wiang Chai", "57210"))
            .build();
    Registry registry =
        Registry.builder()
            .asOf(AS_OF)
            .addCouncil(Models.council("c-570202", SubdistrictCode.parse("570202"), AS_OF, List.of(), List.of()))
            .build();
    ProvinceCoverage province = registry.coverage(CHIANG_RAI, AS_OF, small);
    assertThat(province.districts()).extracting(Coverage::district).containsExactly(DISTRICT);
    assertThat(province.isFull()).isTrue();
    assertThat(province.ratio()).isEqualTo(1.0);
    assertThat(province).hasToString("57 on 2020-06-01: 1/1 (100%), 1 of 1 districts full");
    CountryCoverage country = registry.countryCoverage(AS_OF, small);
    assertThat(country.isFull()).isTrue();
    assertThat(country).hasToString("country on 2020-06-01: 1/1 (100%), 1 of 1 districts full");
  }

  @Test
  void test_coverage_countryCountsEverySubdistrictOfTheGazetteer() {
    Registry registry = chiangRaiInSixDistricts();
    CountryCoverage country = registry.countryCoverage(AS_OF, THAILAND);
    assertThat(country.date()).isEqualTo(AS_OF);
    assertThat(country.provinces()).hasSize(77);
    assertThat(country.districts()).hasSize(928);
    assertThat(country.total()).isEqualTo(7436);
    assertThat(country.subdistricts()).hasSize(7436).isSorted();
    assertThat(country.coveredCount()).isEqualTo(28);
    assertThat(country.covered()).isEqualTo(registry.coverage(CHIANG_RAI, AS_OF, THAILAND).covered());
    assertThat(country.uncovered()).hasSize(7436 - 28);
    assertThat(country.fullDistricts()).hasSize(3);
    assertThat(country.isFull()).isFalse();
    assertThat(country.ratio()).isCloseTo(28.0 / 7436, within(1e-12));
    assertThat(country.provinces())
        .filteredOn(p -> p.province().equals(CHIANG_RAI))
        .containsExactly(registry.coverage(CHIANG_RAI, AS_OF, THAILAND));
    assertThat(country).hasToString("country on 2020-06-01: 28/7436 (0%), 3 of 928 districts full");
    assertThat(registry.countryCoverage()).isEqualTo(country);
  }

  @Test
  void test_coverage_countryTakesOnePassOverTheCouncils() {
    // A council in every sub-district of the country: every district full, in one pass over 7,436 councils.
    Registry.Builder builder = Registry.builder().asOf(AS_OF);
    List<Council> councils = new ArrayList<>();
    for (Subdistrict s : THAILAND.subdistricts()) {
      councils.add(Models.council("c-" + s.code(), s.code(), LocalDate.of(2015, 1, 1), List.of(), List.of()));
    }
    CountryCoverage country = builder.councils(councils).build().countryCoverage(AS_OF, THAILAND);
    assertThat(country.isFull()).isTrue();
    assertThat(country.fullDistricts()).hasSize(928);
    assertThat(country.uncovered()).isEmpty();
  }

  @Test
  void test_coverage_refusesAreasWithoutSubdistricts() {
    assertThatThrownBy(() -> REGISTRY.coverage(ProvinceCode.parse("99"), AS_OF, THAILAND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Province 99 has no sub-districts in the gazetteer, so it has no coverage");
    Gazetteer empty = Gazetteer.builder().build();
    assertThatThrownBy(() -> REGISTRY.countryCoverage(AS_OF, empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The gazetteer has no sub-districts, so the country has no coverage");
  }

  @Test
  void test_collections_unmodifiable() {
    Registry registry = chiangRaiInSixDistricts();
    ProvinceCoverage province = registry.coverage(CHIANG_RAI, AS_OF, THAILAND);
    Coverage any = province.districts().get(0);
    SubdistrictCode code = province.subdistricts().get(0);
    assertUnmodifiable(province.districts(), any);
    assertUnmodifiable(province.subdistricts(), code);
    assertUnmodifiable(province.covered(), code);
    assertUnmodifiable(province.uncovered(), code);
    assertUnmodifiable(province.fullDistricts(), DISTRICT);
    CountryCoverage country = registry.countryCoverage(AS_OF, THAILAND);
    assertUnmodifiable(country.provinces(), province);
    assertUnmodifiable(country.districts(), any);
    assertUnmodifiable(country.subdistricts(), code);
    assertUnmodifiable(country.covered(), code);
    assertUnmodifiable(country.uncovered(), code);
    assertUnmodifiable(country.fullDistricts(), DISTRICT);
  }

  @Test
  void test_equals() {
    Registry six = chiangRaiInSixDistricts();
    new EqualsTester()
        .addEqualityGroup(six.coverage(CHIANG_RAI, AS_OF, THAILAND), six.coverage(CHIANG_RAI))
        .addEqualityGroup(six.coverage(CHIANG_RAI, AS_OF.plusDays(1), THAILAND))
        .addEqualityGroup(REGISTRY.coverage(CHIANG_RAI, AS_OF, THAILAND))
        .addEqualityGroup(six.coverage(ProvinceCode.parse("50"), AS_OF, THAILAND))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(six.countryCoverage(AS_OF, THAILAND), six.countryCoverage())
        .addEqualityGroup(six.countryCoverage(AS_OF.plusDays(1), THAILAND))
        .addEqualityGroup(REGISTRY.countryCoverage(AS_OF, THAILAND))
        .testEquals();
  }
}
