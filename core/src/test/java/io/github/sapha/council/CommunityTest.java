package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommunityTest {
  private static final CommunityId C1 = CommunityId.of("c-1");
  private static final LocalDate REGISTERED = LocalDate.of(2010, 3, 1);
  private static final Community BAN_DAI_MOO_3 =
      Community.builder()
          .id(C1)
          .nameTh("บ้านด้าย หมู่ 3")
          .nameEn("Ban Dai Moo 3")
          .kind(CommunityKind.VILLAGE)
          .village(3)
          .registered(REGISTERED)
          .build();
  private static final Community SAVINGS =
      Community.builder().id(CommunityId.of("c-2")).nameTh("กลุ่มออมทรัพย์บ้านด้าย").kind(CommunityKind.SAVINGS_GROUP).build();

  @Test
  void test_builder_keepsEverything() {
    assertThat(BAN_DAI_MOO_3.id()).isEqualTo(C1);
    assertThat(BAN_DAI_MOO_3.nameTh()).isEqualTo("บ้านด้าย หมู่ 3");
    assertThat(BAN_DAI_MOO_3.nameEn()).contains("Ban Dai Moo 3");
    assertThat(BAN_DAI_MOO_3.kind()).isEqualTo(CommunityKind.VILLAGE);
    assertThat(BAN_DAI_MOO_3.village()).hasValue(3);
    assertThat(BAN_DAI_MOO_3.registered()).contains(REGISTERED);
    assertThat(SAVINGS.nameEn()).isEmpty();
    assertThat(SAVINGS.village()).isEmpty();
    assertThat(SAVINGS.registered()).isEmpty();
  }

  @Test
  void test_toString() {
    assertThat(BAN_DAI_MOO_3).hasToString("Community[c-1 village community, moo 3]");
    assertThat(SAVINGS).hasToString("Community[c-2 savings group]");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, Community.MAX_VILLAGE_NUMBER})
  void test_builder_acceptsVillageNumbersInRange(int village) {
    assertThat(Community.builder().from(BAN_DAI_MOO_3).village(village).build().village()).hasValue(village);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 100, Integer.MIN_VALUE})
  void test_builder_refusesVillageNumbersOutOfRange(int village) {
    assertThatThrownBy(() -> Community.builder().from(BAN_DAI_MOO_3).village(village).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("community c-1: village " + village + " must be from 1 to 99");
  }

  @Test
  void test_builder_refusesBlankOrPaddedNames() {
    assertThatThrownBy(() -> Community.builder().from(SAVINGS).nameTh(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("community c-2: nameTh must not be blank");
    assertThatThrownBy(() -> Community.builder().from(SAVINGS).nameTh("กลุ่ม ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("community c-2: nameTh \"กลุ่ม \" has leading or trailing white space");
    assertThatThrownBy(() -> Community.builder().from(SAVINGS).nameEn("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("community c-2: nameEn must not be blank");
    assertThatThrownBy(() -> Community.builder().from(SAVINGS).nameEn(" Savings").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("community c-2: nameEn \" Savings\" has leading or trailing white space");
  }

  @Test
  void test_builder_requiresIdNameAndKind() {
    assertThatThrownBy(() -> Community.builder().nameTh("ก").kind(CommunityKind.OTHER).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("community: id must be set");
    assertThatThrownBy(() -> Community.builder().id(C1).kind(CommunityKind.OTHER).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("community c-1: nameTh must be set");
    assertThatThrownBy(() -> Community.builder().id(C1).nameTh("ก").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("community c-1: kind must be set");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(BAN_DAI_MOO_3, Community.builder().from(BAN_DAI_MOO_3).build())
        .addEqualityGroup(SAVINGS)
        .addEqualityGroup(Community.builder().from(BAN_DAI_MOO_3).id(CommunityId.of("c-9")).build())
        .addEqualityGroup(Community.builder().from(BAN_DAI_MOO_3).nameTh("บ้านด้าย").build())
        .addEqualityGroup(Community.builder().from(BAN_DAI_MOO_3).nameEn("Ban Dai").build())
        .addEqualityGroup(Community.builder().from(BAN_DAI_MOO_3).kind(CommunityKind.OTHER).build())
        .addEqualityGroup(Community.builder().from(BAN_DAI_MOO_3).village(4).build())
        .addEqualityGroup(Community.builder().from(BAN_DAI_MOO_3).registered(REGISTERED.plusDays(1)).build())
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Community.class);
    tester.testAllPublicInstanceMethods(Community.builder());
  }
}
