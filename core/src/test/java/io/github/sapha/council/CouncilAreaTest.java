package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.github.sapha.testing.Unmodifiable.assertUnmodifiable;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.testing.IdSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

class CouncilAreaTest {
  private static final SubdistrictCode MAE_SAI = SubdistrictCode.parse("570901");
  private static final SubdistrictCode HUAI_KHRAI = SubdistrictCode.parse("570902");
  private static final SubdistrictCode BAN_DAI = SubdistrictCode.parse("570908");
  private static final BodyId MITTRAPHAP = BodyId.of("lg-mae-sai-mittraphap");
  private static final CouncilArea BAN_DAI_AREA = CouncilArea.subdistrict(BAN_DAI);
  private static final CouncilArea MUNICIPALITY = CouncilArea.localGovernment(MITTRAPHAP, HUAI_KHRAI, MAE_SAI);

  @Test
  void test_subdistrict() {
    assertThat(BAN_DAI_AREA.subdistricts()).containsExactly(BAN_DAI);
    assertThat(BAN_DAI_AREA.localGovernment()).isEmpty();
    assertThat(BAN_DAI_AREA.isLocalGovernmentArea()).isFalse();
    assertThat(BAN_DAI_AREA).hasToString("570908");
  }

  @Test
  void test_localGovernment_sortedAndDeduplicated() {
    CouncilArea area = CouncilArea.localGovernment(MITTRAPHAP, List.of(HUAI_KHRAI, MAE_SAI, HUAI_KHRAI));
    assertThat(area.subdistricts()).containsExactly(MAE_SAI, HUAI_KHRAI);
    assertThat(area.localGovernment()).contains(MITTRAPHAP);
    assertThat(area.isLocalGovernmentArea()).isTrue();
    assertThat(area).isEqualTo(MUNICIPALITY);
    assertThat(MUNICIPALITY).hasToString("lg-mae-sai-mittraphap[570901, 570902]");
  }

  @Test
  void test_localGovernment_oneSubdistrict() {
    CouncilArea area = CouncilArea.localGovernment(MITTRAPHAP, MAE_SAI);
    assertThat(area.subdistricts()).containsExactly(MAE_SAI);
    assertThat(area).hasToString("lg-mae-sai-mittraphap[570901]");
    assertThat(area).isNotEqualTo(CouncilArea.subdistrict(MAE_SAI));
  }

  @Test
  void test_localGovernment_refusesNoSubdistricts() {
    assertThatThrownBy(() -> CouncilArea.localGovernment(MITTRAPHAP, ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("council area of local government lg-mae-sai-mittraphap: subdistricts must not be empty");
  }

  @Test
  void test_subdistricts_unmodifiable() {
    assertUnmodifiable(MUNICIPALITY.subdistricts(), BAN_DAI);
  }

  @Test
  void test_liesIn() {
    assertThat(BAN_DAI_AREA.liesIn(BAN_DAI)).isTrue();
    assertThat(BAN_DAI_AREA.liesIn(DistrictCode.parse("5709"))).isTrue();
    assertThat(BAN_DAI_AREA.liesIn(ProvinceCode.parse("57"))).isTrue();
    assertThat(BAN_DAI_AREA.liesIn(MAE_SAI)).isFalse();
    assertThat(BAN_DAI_AREA.liesIn(DistrictCode.parse("5708"))).isFalse();
    assertThat(MUNICIPALITY.liesIn(HUAI_KHRAI)).isTrue();
    assertThat(MUNICIPALITY.liesIn(MAE_SAI)).isTrue();
    assertThat(MUNICIPALITY.liesIn(BAN_DAI)).isFalse();
  }

  @Test
  void test_liesIn_partlyInsideCounts() {
    CouncilArea acrossDistricts =
        CouncilArea.localGovernment(MITTRAPHAP, BAN_DAI, SubdistrictCode.parse("570101"));
    assertThat(acrossDistricts.liesIn(DistrictCode.parse("5701"))).isTrue();
    assertThat(acrossDistricts.liesIn(DistrictCode.parse("5709"))).isTrue();
    assertThat(acrossDistricts.liesIn(DistrictCode.parse("5702"))).isFalse();
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(BAN_DAI_AREA, CouncilArea.subdistrict(SubdistrictCode.parse("570908")))
        .addEqualityGroup(CouncilArea.subdistrict(MAE_SAI))
        .addEqualityGroup(MUNICIPALITY, CouncilArea.localGovernment(MITTRAPHAP, List.of(MAE_SAI, HUAI_KHRAI)))
        .addEqualityGroup(CouncilArea.localGovernment(MITTRAPHAP, MAE_SAI))
        .addEqualityGroup(CouncilArea.localGovernment(BodyId.of("lg-other"), MAE_SAI, HUAI_KHRAI))
        .addEqualityGroup(CouncilArea.localGovernment(MITTRAPHAP, BAN_DAI))
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester =
        IdSamples.nullTester()
            .setDefault(SubdistrictCode.class, BAN_DAI)
            .setDefault(Iterable.class, List.of(BAN_DAI));
    tester.testAllPublicStaticMethods(CouncilArea.class);
    tester.testAllPublicInstanceMethods(MUNICIPALITY);
  }
}
