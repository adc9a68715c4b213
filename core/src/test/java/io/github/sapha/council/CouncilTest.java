package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.github.sapha.testing.Unmodifiable.assertUnmodifiable;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.testing.IdSamples;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CouncilTest {
  private static final BodyId BAN_DAI_ID = BodyId.of("council-570908");
  private static final SubdistrictCode BAN_DAI = SubdistrictCode.parse("570908");
  private static final LocalDate REGISTERED = LocalDate.of(2010, 3, 1);
  private static final LocalDate DISSOLVED = LocalDate.of(2020, 6, 30);
  private static final Registration REGISTRATION = Registration.of("5709/2553", REGISTERED);
  private static final Community MOO_1 =
      Community.builder().id(CommunityId.of("c-1")).nameTh("บ้านด้าย หมู่ 1").kind(CommunityKind.VILLAGE).village(1).build();
  private static final Community SAVINGS =
      Community.builder().id(CommunityId.of("c-2")).nameTh("กลุ่มออมทรัพย์").kind(CommunityKind.SAVINGS_GROUP).build();
  private static final Membership MEMBER =
      Membership.representative(PersonId.of("p-1"), MOO_1.id(), Term.from(REGISTERED));
  private static final Post CHAIR = Post.held(PostRole.CHAIR, PersonId.of("p-1"), Term.from(REGISTERED));
  private static final Council COUNCIL =
      Council.builder()
          .id(BAN_DAI_ID)
          .nameTh("สภาองค์กรชุมชนตำบลบ้านด้าย")
          .nameEn("Ban Dai Community Organization Council")
          .area(CouncilArea.subdistrict(BAN_DAI))
          .registration(REGISTRATION)
          .addCommunities(MOO_1, SAVINGS)
          .addMember(MEMBER)
          .addPost(CHAIR)
          .build();
  private static final Council UNREGISTERED =
      Council.builder()
          .id(BodyId.of("council-570909"))
          .nameTh("สภาองค์กรชุมชนตำบลโป่งงาม")
          .area(CouncilArea.subdistrict(SubdistrictCode.parse("570909")))
          .build();
  private static final Council DISSOLVED_COUNCIL = Council.builder().from(COUNCIL).dissolved(DISSOLVED).build();

  @Test
  void test_builder_keepsEverythingInOrder() {
    assertThat(COUNCIL.id()).isEqualTo(BAN_DAI_ID);
    assertThat(COUNCIL.nameTh()).isEqualTo("สภาองค์กรชุมชนตำบลบ้านด้าย");
    assertThat(COUNCIL.nameEn()).contains("Ban Dai Community Organization Council");
    assertThat(COUNCIL.area()).isEqualTo(CouncilArea.subdistrict(BAN_DAI));
    assertThat(COUNCIL.registration()).contains(REGISTRATION);
    assertThat(COUNCIL.dissolved()).isEmpty();
    assertThat(COUNCIL.communities()).containsExactly(MOO_1, SAVINGS);
    assertThat(COUNCIL.members()).containsExactly(MEMBER);
    assertThat(COUNCIL.posts()).containsExactly(CHAIR);
    assertThat(UNREGISTERED.registration()).isEmpty();
    assertThat(UNREGISTERED.communities()).isEmpty();
  }

  @Test
  void test_collections_unmodifiable() {
    assertUnmodifiable(COUNCIL.members(), MEMBER);
    assertUnmodifiable(COUNCIL.communities(), MOO_1);
    assertUnmodifiable(COUNCIL.posts(), CHAIR);
    assertUnmodifiable(UNREGISTERED.members(), MEMBER);
  }

  @Test
  void test_isActiveOn_fromRegistrationDay() {
    assertThat(COUNCIL.isActiveOn(REGISTERED.minusDays(1))).isFalse();
    assertThat(COUNCIL.isActiveOn(REGISTERED)).isTrue();
    assertThat(COUNCIL.isActiveOn(LocalDate.of(2099, 1, 1))).isTrue();
  }

  @Test
  void test_isActiveOn_untilTheDayBeforeDissolution() {
    assertThat(DISSOLVED_COUNCIL.isActiveOn(REGISTERED)).isTrue();
    assertThat(DISSOLVED_COUNCIL.isActiveOn(DISSOLVED.minusDays(1))).isTrue();
    assertThat(DISSOLVED_COUNCIL.isActiveOn(DISSOLVED)).isFalse();
    assertThat(DISSOLVED_COUNCIL.isActiveOn(DISSOLVED.plusDays(1))).isFalse();
  }

  @Test
  void test_isActiveOn_neverWhenUnregistered() {
    assertThat(UNREGISTERED.isActiveOn(LocalDate.of(2017, 5, 18))).isFalse();
  }

  @Test
  void test_isActiveOn_dissolvedOnRegistrationDayIsNeverActive() {
    Council council = Council.builder().from(COUNCIL).dissolved(REGISTERED).build();
    assertThat(council.isActiveOn(REGISTERED)).isFalse();
  }

  @Test
  void test_community_byId() {
    assertThat(COUNCIL.community(CommunityId.of("c-2"))).contains(SAVINGS);
    assertThat(COUNCIL.community(CommunityId.of("c-3"))).isEmpty();
  }

  @Test
  void test_toString() {
    assertThat(COUNCIL).hasToString("Council[council-570908 570908]");
    Council municipal =
        Council.builder()
            .from(COUNCIL)
            .area(CouncilArea.localGovernment(BodyId.of("lg-1"), BAN_DAI, SubdistrictCode.parse("570909")))
            .build();
    assertThat(municipal).hasToString("Council[council-570908 lg-1[570908, 570909]]");
  }

  @Test
  void test_builder_refusesBlankOrPaddedNames() {
    assertThatThrownBy(() -> Council.builder().from(COUNCIL).nameTh("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("council council-570908: nameTh must not be blank");
    assertThatThrownBy(() -> Council.builder().from(COUNCIL).nameTh("สภา\n").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("council council-570908: nameTh \"สภา\n\" has leading or trailing white space");
    assertThatThrownBy(() -> Council.builder().from(COUNCIL).nameEn(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("council council-570908: nameEn must not be blank");
    assertThatThrownBy(() -> Council.builder().from(COUNCIL).nameEn(" Ban Dai").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("council council-570908: nameEn \" Ban Dai\" has leading or trailing white space");
  }

  @Test
  void test_builder_refusesDuplicateCommunityIds() {
    Community sameId =
        Community.builder().id(CommunityId.of("c-1")).nameTh("กลุ่มสตรี").kind(CommunityKind.WOMEN).build();
    assertThatThrownBy(() -> Council.builder().from(COUNCIL).addCommunity(sameId).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("council council-570908: duplicate community id c-1 at /communities/2, first at /communities/0");
  }

  @Test
  void test_builder_refusesDissolutionWithoutRegistration() {
    assertThatThrownBy(() -> Council.builder().from(UNREGISTERED).dissolved(DISSOLVED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("council council-570909: dissolved 2020-06-30 but never registered");
  }

  @Test
  void test_builder_refusesDissolutionBeforeRegistration() {
    assertThatThrownBy(() -> Council.builder().from(COUNCIL).dissolved(REGISTERED.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("council council-570908: dissolved 2010-02-28 before its registration 2010-03-01");
  }

  @Test
  void test_builder_requiresIdNameAndArea() {
    assertThatThrownBy(() -> Council.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("council: id, nameTh and area must be set");
    assertThatThrownBy(() -> Council.builder().id(BAN_DAI_ID).nameTh("สภา").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("council council-570908: area must be set");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(COUNCIL, Council.builder().from(COUNCIL).build())
        .addEqualityGroup(UNREGISTERED)
        .addEqualityGroup(DISSOLVED_COUNCIL)
        .addEqualityGroup(Council.builder().from(COUNCIL).id(BodyId.of("council-x")).build())
        .addEqualityGroup(Council.builder().from(COUNCIL).nameTh("สภาองค์กรชุมชน").build())
        .addEqualityGroup(Council.builder().from(COUNCIL).nameEn("Ban Dai").build())
        .addEqualityGroup(
            Council.builder().from(COUNCIL).area(CouncilArea.subdistrict(SubdistrictCode.parse("570901"))).build())
        .addEqualityGroup(
            Council.builder().from(COUNCIL).registration(Registration.of("other", REGISTERED)).build())
        .addEqualityGroup(Council.builder().from(COUNCIL).communities(List.of(SAVINGS, MOO_1)).build())
        .addEqualityGroup(Council.builder().from(COUNCIL).members(List.of()).build())
        .addEqualityGroup(Council.builder().from(COUNCIL).posts(List.of()).build())
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = IdSamples.nullTester();
    tester.testAllPublicStaticMethods(Council.class);
    tester.testAllPublicInstanceMethods(Council.builder());
    tester.testAllPublicInstanceMethods(COUNCIL);
    tester.testAllPublicInstanceMethods(UNREGISTERED);
  }
}
