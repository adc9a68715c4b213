package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.github.sapha.testing.Unmodifiable.assertUnmodifiable;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworkTest {
  private static final DistrictCode MAE_SAI = DistrictCode.parse("5709");
  private static final ProvinceCode CHIANG_RAI = ProvinceCode.parse("57");
  private static final Post CHAIR = Post.held(PostRole.CHAIR, PersonId.of("p-1"), Term.from(LocalDate.of(2016, 1, 1)));
  private static final Network DISTRICT =
      Network.builder()
          .id(BodyId.of("net-5709"))
          .level(NetworkLevel.DISTRICT)
          .nameTh("เครือข่ายสภาองค์กรชุมชนอำเภอแม่สาย")
          .nameEn("Mae Sai district network")
          .area(MAE_SAI)
          .addCouncils(BodyId.of("council-570908"), BodyId.of("council-570901"))
          .addPost(CHAIR)
          .claimsFullCoverage(true)
          .build();
  private static final Network PROVINCIAL =
      Network.builder()
          .id(BodyId.of("net-57"))
          .level(NetworkLevel.PROVINCIAL)
          .nameTh("เครือข่ายสภาองค์กรชุมชนจังหวัดเชียงราย")
          .area(CHIANG_RAI)
          .addNetwork(DISTRICT.id())
          .build();
  private static final Network NATIONAL =
      Network.builder()
          .id(BodyId.of("net-national"))
          .level(NetworkLevel.NATIONAL)
          .nameTh("การประชุมระดับชาติ")
          .addNetwork(PROVINCIAL.id())
          .build();

  @Test
  void test_builder_keepsEverythingInOrder() {
    assertThat(DISTRICT.level()).isEqualTo(NetworkLevel.DISTRICT);
    assertThat(DISTRICT.area()).contains(MAE_SAI);
    assertThat(DISTRICT.councils()).containsExactly(BodyId.of("council-570908"), BodyId.of("council-570901"));
    assertThat(DISTRICT.networks()).isEmpty();
    assertThat(DISTRICT.posts()).containsExactly(CHAIR);
    assertThat(DISTRICT.claimsFullCoverage()).isTrue();
    assertThat(DISTRICT.nameEn()).contains("Mae Sai district network");
    assertThat(PROVINCIAL.networks()).containsExactly(DISTRICT.id());
    assertThat(NATIONAL.area()).isEmpty();
  }

  @Test
  void test_claimsFullCoverage_defaultsToFalse() {
    assertThat(PROVINCIAL.claimsFullCoverage()).isFalse();
    assertThat(NATIONAL.claimsFullCoverage()).isFalse();
  }

  @Test
  void test_collections_unmodifiable() {
    assertUnmodifiable(DISTRICT.councils(), BodyId.of("council-570908"));
    assertUnmodifiable(PROVINCIAL.networks(), DISTRICT.id());
    assertUnmodifiable(DISTRICT.posts(), CHAIR);
  }

  @Test
  void test_toString() {
    assertThat(DISTRICT).hasToString("Network[net-5709 district network 5709]");
    assertThat(PROVINCIAL).hasToString("Network[net-57 provincial network 57]");
    assertThat(NATIONAL).hasToString("Network[net-national national meeting]");
  }

  @Test
  void test_builder_districtNeedsDistrictCode() {
    assertThatThrownBy(() -> Network.builder().from(DISTRICT).area(CHIANG_RAI).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("network net-5709: area 57 must be a district code for a district network");
    assertThatThrownBy(() -> Network.builder().from(DISTRICT).area(SubdistrictCode.parse("570908")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("network net-5709: area 570908 must be a district code for a district network");
    assertThatThrownBy(() -> Network.builder().from(DISTRICT).area(Optional.empty()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("network net-5709: area (none) must be a district code for a district network");
  }

  @Test
  void test_builder_provincialNeedsProvinceCode() {
    assertThatThrownBy(() -> Network.builder().from(PROVINCIAL).area(MAE_SAI).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("network net-57: area 5709 must be a province code for a provincial network");
  }

  @Test
  void test_builder_nationalHasNoArea() {
    assertThatThrownBy(() -> Network.builder().from(NATIONAL).area(CHIANG_RAI).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("network net-national: area 57 must be empty for a national meeting");
  }

  @Test
  void test_builder_nationalCannotClaimFullCoverage() {
    assertThatThrownBy(() -> Network.builder().from(NATIONAL).claimsFullCoverage(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("network net-national: the national meeting has no area to cover");
  }

  @Test
  void test_builder_refusesBlankOrPaddedNames() {
    assertThatThrownBy(() -> Network.builder().from(PROVINCIAL).nameTh("\t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("network net-57: nameTh must not be blank");
    assertThatThrownBy(() -> Network.builder().from(PROVINCIAL).nameTh(" เครือข่าย").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("network net-57: nameTh \" เครือข่าย\" has leading or trailing white space");
    assertThatThrownBy(() -> Network.builder().from(PROVINCIAL).nameEn("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("network net-57: nameEn must not be blank");
    assertThatThrownBy(() -> Network.builder().from(PROVINCIAL).nameEn("Chiang Rai ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("network net-57: nameEn \"Chiang Rai \" has leading or trailing white space");
  }

  @Test
  void test_builder_requiresIdLevelAndName() {
    assertThatThrownBy(() -> Network.builder().level(NetworkLevel.NATIONAL).nameTh("ชาติ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("network: id must be set");
    assertThatThrownBy(() -> Network.builder().id(BodyId.of("n")).nameTh("ชาติ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("network n: level must be set");
    assertThatThrownBy(() -> Network.builder().id(BodyId.of("n")).level(NetworkLevel.NATIONAL).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("network n: nameTh must be set");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(DISTRICT, Network.builder().from(DISTRICT).build())
        .addEqualityGroup(PROVINCIAL)
        .addEqualityGroup(NATIONAL)
        .addEqualityGroup(Network.builder().from(DISTRICT).id(BodyId.of("net-x")).build())
        .addEqualityGroup(Network.builder().from(DISTRICT).nameTh("เครือข่าย").build())
        .addEqualityGroup(Network.builder().from(DISTRICT).nameEn("Mae Sai").build())
        .addEqualityGroup(Network.builder().from(DISTRICT).area(DistrictCode.parse("5708")).build())
        .addEqualityGroup(Network.builder().from(DISTRICT).councils(List.of(BodyId.of("council-570908"))).build())
        .addEqualityGroup(Network.builder().from(DISTRICT).addNetwork(BodyId.of("net-other")).build())
        .addEqualityGroup(Network.builder().from(DISTRICT).posts(List.of()).build())
        .addEqualityGroup(Network.builder().from(DISTRICT).claimsFullCoverage(false).build())
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Network.class);
    tester.testAllPublicInstanceMethods(Network.builder());
    tester.testAllPublicInstanceMethods(DISTRICT);
  }
}
