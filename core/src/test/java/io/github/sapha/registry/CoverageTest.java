package io.github.sapha.registry;

import static io.github.sapha.registry.WiangChai.AS_OF;
import static io.github.sapha.registry.WiangChai.BAN_DAI;
import static io.github.sapha.registry.WiangChai.DISTRICT;
import static io.github.sapha.registry.WiangChai.DON_SILA;
import static io.github.sapha.registry.WiangChai.MUEANG_CHUM;
import static io.github.sapha.registry.WiangChai.PHA_NGAM;
import static io.github.sapha.registry.WiangChai.PHA_NGAM_DISSOLVED;
import static io.github.sapha.registry.WiangChai.REGISTRY;
import static io.github.sapha.registry.WiangChai.WIANG_CHAI;
import static io.github.sapha.registry.WiangChai.WIANG_NUEA;
import static io.github.sapha.registry.WiangChai.WIANG_NUEA_REGISTERED;
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
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.SubdistrictCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {
  private static final Gazetteer THAILAND = Gazetteer.thailand();
  private static final LocalDate PHA_NGAM_REESTABLISHED = LocalDate.of(2022, 1, 1);
  /** WiangChai plus a new Pha Ngam council from 2022: from then on the district is full. */
  private static final Registry WITH_NEW_PHA_NGAM =
      Registry.builder()
          .from(REGISTRY)
          .addCouncil(Models.council("c-570203-2022", PHA_NGAM, PHA_NGAM_REESTABLISHED, List.of(), List.of()))
          .build();

  @Test
  void test_coverage_districtWithGaps() {
    Coverage coverage = REGISTRY.coverage(DISTRICT, AS_OF, THAILAND);
    assertThat(coverage.district()).isEqualTo(DISTRICT);
    assertThat(coverage.date()).isEqualTo(AS_OF);
    assertThat(coverage.subdistricts()).containsExactly(WIANG_CHAI, PHA_NGAM, WIANG_NUEA, DON_SILA, MUEANG_CHUM);
    assertThat(coverage.total()).isEqualTo(5);
    // 570202 by its own council, 570206 and 570208 by the municipality's council; 570203's council
    // was dissolved and 570204's is not registered yet.
    assertThat(coverage.covered()).containsExactly(WIANG_CHAI, DON_SILA, MUEANG_CHUM);
    assertThat(coverage.coveredCount()).isEqualTo(3);
    assertThat(coverage.uncovered()).containsExactly(PHA_NGAM, WIANG_NUEA);
    assertThat(coverage.isFull()).isFalse();
    assertThat(coverage.ratio()).isEqualTo(0.6);
    assertThat(coverage).hasToString("5702 on 2020-06-01: 3/5 (60%)");
  }

  @Test
  void test_coverage_defaultsToAsOfAndTheBundledGazetteer() {
    assertThat(REGISTRY.coverage(DISTRICT)).isEqualTo(REGISTRY.coverage(DISTRICT, AS_OF, THAILAND));
  }

  @Test
  void test_coverage_dissolvedCouncilCountsUntilTheDayBefore() {
    Coverage dayBefore = REGISTRY.coverage(DISTRICT, PHA_NGAM_DISSOLVED.minusDays(1), THAILAND);
    assertThat(dayBefore.covered()).containsExactly(WIANG_CHAI, PHA_NGAM, DON_SILA, MUEANG_CHUM);
    assertThat(dayBefore).hasToString("5702 on 2019-12-30: 4/5 (80%)");
    Coverage dissolutionDay = REGISTRY.coverage(DISTRICT, PHA_NGAM_DISSOLVED, THAILAND);
    assertThat(dissolutionDay.uncovered()).containsExactly(PHA_NGAM, WIANG_NUEA);
    assertThat(dissolutionDay).hasToString("5702 on 2019-12-31: 3/5 (60%)");
  }

  @Test
  void test_coverage_councilCountsFromItsRegistrationDay() {
    assertThat(REGISTRY.coverage(DISTRICT, WIANG_NUEA_REGISTERED.minusDays(1), THAILAND).covered())
        .doesNotContain(WIANG_NUEA);
    Coverage registrationDay = REGISTRY.coverage(DISTRICT, WIANG_NUEA_REGISTERED, THAILAND);
    assertThat(registrationDay.covered()).containsExactly(WIANG_CHAI, WIANG_NUEA, DON_SILA, MUEANG_CHUM);
    assertThat(registrationDay.uncovered()).containsExactly(PHA_NGAM);
    assertThat(registrationDay).hasToString("5702 on 2021-02-01: 4/5 (80%)");
  }

  @Test
  void test_coverage_municipalCouncilCoversBothItsSubdistricts() {
    Coverage before = REGISTRY.coverage(DISTRICT, LocalDate.of(2012, 4, 30), THAILAND);
    assertThat(before.covered()).containsExactly(WIANG_CHAI, PHA_NGAM);
    assertThat(before).hasToString("5702 on 2012-04-30: 2/5 (40%)");
    Coverage after = REGISTRY.coverage(DISTRICT, LocalDate.of(2012, 5, 1), THAILAND);
    assertThat(after.covered()).containsExactly(WIANG_CHAI, PHA_NGAM, DON_SILA, MUEANG_CHUM);
  }

  @Test
  void test_coverage_noActiveCouncil() {
    Coverage coverage = REGISTRY.coverage(DISTRICT, LocalDate.of(2009, 12, 31), THAILAND);
    assertThat(coverage.covered()).isEmpty();
    assertThat(coverage.coveredCount()).isZero();
    assertThat(coverage.uncovered()).isEqualTo(coverage.subdistricts());
    assertThat(coverage.ratio()).isZero();
    assertThat(coverage).hasToString("5702 on 2009-12-31: 0/5 (0%)");
  }

  @Test
  void test_coverage_fullDistrict() {
    Coverage coverage = WITH_NEW_PHA_NGAM.coverage(DISTRICT, PHA_NGAM_REESTABLISHED, THAILAND);
    assertThat(coverage.covered()).containsExactlyElementsOf(coverage.subdistricts());
    assertThat(coverage.coveredCount()).isEqualTo(5);
    assertThat(coverage.uncovered()).isEmpty();
    assertThat(coverage.isFull()).isTrue();
    assertThat(coverage.ratio()).isEqualTo(1.0);
    assertThat(coverage).hasToString("5702 on 2022-01-01: 5/5 (100%), full");
    assertThat(WITH_NEW_PHA_NGAM.coverage(DISTRICT, PHA_NGAM_REESTABLISHED.minusDays(1), THAILAND).isFull())
        .isFalse();
  }

  @Test
  void test_coverage_percentRoundsHalfUp() {
    // Mae Sai has eight sub-districts and only Ban Dai's council: 1/8 = 12.5%.
    Coverage maeSai = REGISTRY.coverage(BAN_DAI.district(), AS_OF, THAILAND);
    assertThat(maeSai.total()).isEqualTo(8);
    assertThat(maeSai.covered()).containsExactly(BAN_DAI);
    assertThat(maeSai.uncovered()).hasSize(7).doesNotContain(BAN_DAI);
    assertThat(maeSai.ratio()).isCloseTo(0.125, within(1e-12));
    assertThat(maeSai).hasToString("5709 on 2020-06-01: 1/8 (13%)");
  }

  @Test
  void test_coverage_countsOnlyTheDistrictsPartOfACrossDistrictArea() {
    // A local government's area over 570203 (Wiang Chai district) and 570301 (Chiang Khong district).
    Council across =
        Council.builder()
            .id(BodyId.of("c-across"))
            .nameTh("สภาองค์กรชุมชนข้ามอำเภอ")
            .area(CouncilArea.localGovernment(BodyId.of("lg-across"), PHA_NGAM, SubdistrictCode.parse("570301")))
            .registration(Registration.of("x-1", AS_OF))
            .build();
    Registry registry = Registry.builder().asOf(AS_OF).addCouncil(across).build();
    assertThat(registry.coverage(DISTRICT, AS_OF, THAILAND).covered()).containsExactly(PHA_NGAM);
    assertThat(registry.coverage(DistrictCode.parse("5703"), AS_OF, THAILAND).covered())
        .containsExactly(SubdistrictCode.parse("570301"));
  }

  @Test
  void test_coverage_ignoresSubdistrictsTheGazetteerDoesNotList() {
    // 570201 is well formed and inside 5702, but not in the gazetteer: it cannot count.
    Registry registry =
        Registry.builder()
            .asOf(AS_OF)
            .addCouncil(Models.council("c-570201", SubdistrictCode.parse("570201"), AS_OF, List.of(), List.of()))
            .build();
    Coverage coverage = registry.coverage(DISTRICT, AS_OF, THAILAND);
    assertThat(coverage.covered()).isEmpty();
    assertThat(coverage).hasToString("5702 on 2020-06-01: 0/5 (0%)");
  }

  @Test
  void test_coverage_refusesDistrictWithoutSubdistricts() {
    assertThatThrownBy(() -> REGISTRY.coverage(DistrictCode.parse("5799"), AS_OF, THAILAND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("District 5799 has no sub-districts in the gazetteer, so it has no coverage");
  }

  @Test
  void test_collections_unmodifiable() {
    Coverage coverage = REGISTRY.coverage(DISTRICT, AS_OF, THAILAND);
    assertUnmodifiable(coverage.subdistricts(), WIANG_CHAI);
    assertUnmodifiable(coverage.covered(), WIANG_CHAI);
    assertUnmodifiable(coverage.uncovered(), PHA_NGAM);
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(
            REGISTRY.coverage(DISTRICT, AS_OF, THAILAND),
            REGISTRY.coverage(DISTRICT),
            WITH_NEW_PHA_NGAM.coverage(DISTRICT, AS_OF, THAILAND))
        // Same sub-districts covered, another day.
        .addEqualityGroup(REGISTRY.coverage(DISTRICT, AS_OF.plusDays(1), THAILAND))
        .addEqualityGroup(REGISTRY.coverage(DISTRICT, PHA_NGAM_DISSOLVED.minusDays(1), THAILAND))
        .addEqualityGroup(REGISTRY.coverage(BAN_DAI.district(), AS_OF, THAILAND))
        .addEqualityGroup(WITH_NEW_PHA_NGAM.coverage(DISTRICT, PHA_NGAM_REESTABLISHED, THAILAND))
        .testEquals();
  }
}
