package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.sapha.testing.IdSamples;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembershipTest {
  private static final PersonId P1 = PersonId.of("p-1");
  private static final CommunityId C1 = CommunityId.of("c-1");
  private static final LocalDate START = LocalDate.of(2017, 1, 1);
  private static final LocalDate END = LocalDate.of(2018, 12, 31);
  private static final Term TERM = Term.of(START, END);
  private static final Membership REPRESENTATIVE = Membership.representative(P1, C1, TERM);
  private static final Membership QUALIFIED = Membership.qualifiedPerson(P1, Term.from(START));

  @Test
  void test_representative() {
    assertThat(REPRESENTATIVE.person()).isEqualTo(P1);
    assertThat(REPRESENTATIVE.kind()).isEqualTo(MemberKind.COMMUNITY_REPRESENTATIVE);
    assertThat(REPRESENTATIVE.community()).contains(C1);
    assertThat(REPRESENTATIVE.term()).isEqualTo(TERM);
  }

  @Test
  void test_qualifiedPerson() {
    assertThat(QUALIFIED.kind()).isEqualTo(MemberKind.QUALIFIED_PERSON);
    assertThat(QUALIFIED.community()).isEmpty();
    assertThat(QUALIFIED.term().isOpen()).isTrue();
  }

  @Test
  void test_isActiveOn_termBoundsInclusive() {
    assertThat(REPRESENTATIVE.isActiveOn(START.minusDays(1))).isFalse();
    assertThat(REPRESENTATIVE.isActiveOn(START)).isTrue();
    assertThat(REPRESENTATIVE.isActiveOn(END)).isTrue();
    assertThat(REPRESENTATIVE.isActiveOn(END.plusDays(1))).isFalse();
    assertThat(QUALIFIED.isActiveOn(LocalDate.of(2099, 1, 1))).isTrue();
  }

  @Test
  void test_toString() {
    assertThat(REPRESENTATIVE).hasToString("Membership[p-1 community representative of c-1 2017-01-01/2018-12-31]");
    assertThat(QUALIFIED).hasToString("Membership[p-1 qualified person 2017-01-01/]");
  }

  @Test
  void test_builder_representativeNeedsCommunity() {
    assertThatThrownBy(
            () -> Membership.builder().person(P1).kind(MemberKind.COMMUNITY_REPRESENTATIVE).term(TERM).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("membership of person p-1: a community representative needs the community it represents");
  }

  @Test
  void test_builder_qualifiedPersonHasNoCommunity() {
    assertThatThrownBy(
            () ->
                Membership.builder()
                    .person(P1)
                    .kind(MemberKind.QUALIFIED_PERSON)
                    .community(C1)
                    .term(TERM)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "membership of person p-1: a qualified person represents no community, but community c-1 is given");
  }

  @Test
  void test_builder_requiresPersonKindAndTerm() {
    assertThatThrownBy(() -> Membership.builder().kind(MemberKind.QUALIFIED_PERSON).term(TERM).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("membership: person must be set");
    assertThatThrownBy(() -> Membership.builder().person(P1).term(TERM).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("membership of person p-1: kind must be set");
    assertThatThrownBy(() -> Membership.builder().person(P1).kind(MemberKind.QUALIFIED_PERSON).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("membership of person p-1: term must be set");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(
            REPRESENTATIVE,
            Membership.representative(P1, C1, Term.of(START, END)),
            Membership.builder()
                .person(P1)
                .kind(MemberKind.COMMUNITY_REPRESENTATIVE)
                .community(C1)
                .term(TERM)
                .build())
        .addEqualityGroup(QUALIFIED, Membership.qualifiedPerson(P1, Term.from(START)))
        .addEqualityGroup(Membership.representative(PersonId.of("p-2"), C1, TERM))
        .addEqualityGroup(Membership.representative(P1, CommunityId.of("c-2"), TERM))
        .addEqualityGroup(Membership.representative(P1, C1, Term.from(START)))
        .addEqualityGroup(Membership.qualifiedPerson(P1, TERM))
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester =
        IdSamples.nullTester().setDefault(Term.class, TERM);
    tester.testAllPublicStaticMethods(Membership.class);
    tester.testAllPublicInstanceMethods(Membership.builder());
    tester.testAllPublicInstanceMethods(REPRESENTATIVE);
  }
}
