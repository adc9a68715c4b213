package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdTest {
  private static final String LONGEST = Strings.repeat("a", Id.MAX_LENGTH);
  private static final BodyId BAN_DAI = BodyId.of("council-570908");

  /** The factory of every id type: each applies the same syntax. */
  private static final List<Function<String, Id>> FACTORIES =
      List.of(PersonId::of, CommunityId::of, BodyId::of, MeetingId::of, PlanId::of, ProjectId::of, DesignationId::of);

  @Test
  void test_of_keepsTheValue() {
    assertThat(BAN_DAI.value()).isEqualTo("council-570908");
    assertThat(BAN_DAI).hasToString("council-570908");
    assertThat(BodyId.of(BAN_DAI.toString())).isEqualTo(BAN_DAI);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "7", "person-12", "lg.mae_sai:2017-05", "A9", "x-"})
  void test_of_acceptsWellFormedIds(String value) {
    assertThat(Id.isValid(value)).isTrue();
    for (Function<String, Id> of : FACTORIES) {
      assertThat(of.apply(value).value()).isEqualTo(value);
    }
  }

  @Test
  void test_of_acceptsTheLongestId() {
    assertThat(PersonId.of(LONGEST).value()).hasSize(64);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", ".a", "_a", ":a", "a b", " a", "a/b", "สภา", "a\u00e9", "a+b"})
  void test_of_refusesMalformedIds(String value) {
    assertThat(Id.isValid(value)).isFalse();
    for (Function<String, Id> of : FACTORIES) {
      assertThatThrownBy(() -> of.apply(value))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Invalid id \"" + value + "\": expected 1 to 64 ASCII letters, digits, '.', '_', ':' or '-',"
                  + " starting with a letter or digit");
    }
  }

  @Test
  void test_of_refusesTooLongId() {
    String tooLong = LONGEST + "a";
    assertThat(Id.isValid(tooLong)).isFalse();
    assertThatThrownBy(() -> PlanId.of(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid id \"" + tooLong + "\": expected 1 to 64");
  }

  @Test
  void test_compareTo_byValue() {
    assertThat(PersonId.of("a-1")).isLessThan(PersonId.of("a-2"));
    assertThat(PersonId.of("a-10")).isLessThan(PersonId.of("a-2"));
    assertThat(PersonId.of("B")).isLessThan(PersonId.of("a"));
    assertThat(PersonId.of("a").compareTo(PersonId.of("a"))).isZero();
  }

  @Test
  void test_compareTo_idsOfTwoTypesWithOneText_orderByTypeConsistentlyWithEquals() {
    Id body = BodyId.of("x-1");
    Id person = PersonId.of("x-1");
    assertThat(body.compareTo(person)).isNegative();
    assertThat(person.compareTo(body)).isPositive();
    assertThat(BodyId.of("x-0").compareTo(person)).isNegative();
  }

  @Test
  void test_equals_sameTypeAndText() {
    new EqualsTester()
        .addEqualityGroup(BAN_DAI, BodyId.of("council-570908"))
        .addEqualityGroup(BodyId.of("council-570909"))
        .addEqualityGroup(BodyId.of("Council-570908"))
        .addEqualityGroup(PersonId.of("council-570908"))
        .addEqualityGroup(CommunityId.of("council-570908"))
        .addEqualityGroup(MeetingId.of("council-570908"))
        .addEqualityGroup(PlanId.of("council-570908"))
        .addEqualityGroup(ProjectId.of("council-570908"))
        .addEqualityGroup(DesignationId.of("council-570908"))
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = new NullPointerTester().setDefault(Id.class, BAN_DAI);
    tester.testAllPublicStaticMethods(Id.class);
    tester.testAllPublicInstanceMethods(BAN_DAI);
    for (Class<?> type : List.of(PersonId.class, CommunityId.class, BodyId.class, MeetingId.class, PlanId.class,
        ProjectId.class, DesignationId.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }
}
