package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.github.sapha.testing.Unmodifiable.assertUnmodifiable;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.LocalGovernment;
import io.github.sapha.geography.LocalGovernmentKind;
import io.github.sapha.geography.SubdistrictCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganizationTest {
  private static final BodyId CODI_ID = BodyId.of("codi");
  private static final LocalGovernment MITTRAPHAP_LG =
      LocalGovernment.builder()
          .kind(LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY)
          .nameTh("แม่สายมิตรภาพ")
          .addArea(SubdistrictCode.parse("570901"))
          .build();
  private static final Post DEPUTY_MAYOR =
      Post.builder()
          .role(PostRole.OTHER)
          .label("deputy mayor")
          .holder(PersonId.of("p-7"))
          .term(Term.from(LocalDate.of(2012, 1, 1)))
          .build();
  private static final Organization CODI =
      Organization.builder()
          .id(CODI_ID)
          .kind(OrganizationKind.CODI)
          .nameTh("สถาบันพัฒนาองค์กรชุมชน")
          .nameEn("Community Organizations Development Institute")
          .build();
  private static final Organization CODI_NORTH =
      Organization.builder()
          .id(BodyId.of("codi-north"))
          .kind(OrganizationKind.CODI_REGIONAL_OFFICE)
          .nameTh("สำนักงานภาคเหนือ")
          .parent(CODI_ID)
          .build();
  private static final Organization MITTRAPHAP =
      Organization.builder()
          .id(BodyId.of("lg-mittraphap"))
          .kind(OrganizationKind.LOCAL_GOVERNMENT)
          .nameTh("เทศบาลตำบลแม่สายมิตรภาพ")
          .localGovernment(MITTRAPHAP_LG)
          .addPost(DEPUTY_MAYOR)
          .build();
  private static final Organization DISTRICT_OFFICE =
      Organization.builder()
          .id(BodyId.of("cdd-5709"))
          .kind(OrganizationKind.GOVERNMENT_OFFICE)
          .nameTh("สำนักงานพัฒนาชุมชนอำเภอแม่สาย")
          .area(DistrictCode.parse("5709"))
          .build();

  @Test
  void test_builder_keepsEverything() {
    assertThat(CODI_NORTH.parent()).contains(CODI_ID);
    assertThat(CODI.parent()).isEmpty();
    assertThat(MITTRAPHAP.localGovernment()).contains(MITTRAPHAP_LG);
    assertThat(MITTRAPHAP.posts()).containsExactly(DEPUTY_MAYOR);
    assertThat(DISTRICT_OFFICE.area()).contains(DistrictCode.parse("5709"));
    assertThat(CODI.localGovernment()).isEmpty();
    assertThat(CODI.nameEn()).contains("Community Organizations Development Institute");
  }

  @Test
  void test_posts_unmodifiable() {
    assertUnmodifiable(MITTRAPHAP.posts(), DEPUTY_MAYOR);
  }

  @Test
  void test_toString() {
    assertThat(CODI_NORTH).hasToString("Organization[codi-north CODI regional office]");
    assertThat(MITTRAPHAP).hasToString("Organization[lg-mittraphap local government]");
  }

  @Test
  void test_builder_localGovernmentKindNeedsLocalGovernment() {
    assertThatThrownBy(() -> Organization.builder().from(MITTRAPHAP).localGovernment(Optional.empty()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organization lg-mittraphap: kind local government needs its localGovernment");
  }

  @Test
  void test_builder_otherKindsHaveNoLocalGovernment() {
    assertThatThrownBy(() -> Organization.builder().from(CODI_NORTH).localGovernment(MITTRAPHAP_LG).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "organization codi-north: localGovernment is given, but only an organization of kind local government"
                + " has one (kind is CODI regional office)");
  }

  @Test
  void test_builder_refusesItselfAsParent() {
    assertThatThrownBy(() -> Organization.builder().from(CODI).parent(CODI_ID).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organization codi: an organization cannot be its own parent");
  }

  @Test
  void test_builder_refusesBlankOrPaddedNames() {
    assertThatThrownBy(() -> Organization.builder().from(CODI).nameTh(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organization codi: nameTh must not be blank");
    assertThatThrownBy(() -> Organization.builder().from(CODI).nameTh("พอช. ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organization codi: nameTh \"พอช. \" has leading or trailing white space");
    assertThatThrownBy(() -> Organization.builder().from(CODI).nameEn("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organization codi: nameEn must not be blank");
    assertThatThrownBy(() -> Organization.builder().from(CODI).nameEn(" CODI").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organization codi: nameEn \" CODI\" has leading or trailing white space");
  }

  @Test
  void test_builder_requiresIdKindAndName() {
    assertThatThrownBy(() -> Organization.builder().kind(OrganizationKind.CODI).nameTh("พอช.").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("organization: id must be set");
    assertThatThrownBy(() -> Organization.builder().id(CODI_ID).nameTh("พอช.").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("organization codi: kind must be set");
    assertThatThrownBy(() -> Organization.builder().id(CODI_ID).kind(OrganizationKind.CODI).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("organization codi: nameTh must be set");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(CODI, Organization.builder().from(CODI).build())
        .addEqualityGroup(CODI_NORTH)
        .addEqualityGroup(MITTRAPHAP)
        .addEqualityGroup(DISTRICT_OFFICE)
        .addEqualityGroup(Organization.builder().from(CODI).id(BodyId.of("codi-2")).build())
        .addEqualityGroup(Organization.builder().from(CODI).kind(OrganizationKind.OTHER).build())
        .addEqualityGroup(Organization.builder().from(CODI).nameTh("พอช.").build())
        .addEqualityGroup(Organization.builder().from(CODI).nameEn("CODI").build())
        .addEqualityGroup(Organization.builder().from(CODI_NORTH).parent(BodyId.of("codi-2")).build())
        .addEqualityGroup(Organization.builder().from(DISTRICT_OFFICE).area(DistrictCode.parse("5708")).build())
        .addEqualityGroup(Organization.builder().from(MITTRAPHAP).posts(List.of()).build())
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Organization.class);
    tester.testAllPublicInstanceMethods(Organization.builder());
    tester.testAllPublicInstanceMethods(MITTRAPHAP);
  }
}
