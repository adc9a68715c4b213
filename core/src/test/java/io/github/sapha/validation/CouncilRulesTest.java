package io.github.sapha.validation;

import static io.github.sapha.validation.Fixtures.AS_OF;
import static io.github.sapha.validation.Fixtures.COUNCIL_HUAI_KHRAI;
import static io.github.sapha.validation.Fixtures.HUAI_KHRAI;
import static io.github.sapha.validation.Fixtures.LG_MAE_SAI;
import static io.github.sapha.validation.Fixtures.MAE_SAI_SUBDISTRICT;
import static io.github.sapha.validation.Fixtures.TERM_START;
import static io.github.sapha.validation.Fixtures.base;
import static io.github.sapha.validation.Fixtures.community;
import static io.github.sapha.validation.Fixtures.councilBuilder;
import static io.github.sapha.validation.Fixtures.error;
import static io.github.sapha.validation.Fixtures.peopleOf;
import static io.github.sapha.validation.Fixtures.person;
import static io.github.sapha.validation.Fixtures.validate;
import static io.github.sapha.validation.Fixtures.warning;
import static io.github.sapha.validation.Fixtures.with;
import static io.github.sapha.validation.Fixtures.withCouncil;
import static io.github.sapha.validation.Fixtures.withMembers;
import static io.github.sapha.validation.Fixtures.withPeople;
import static io.github.sapha.validation.Fixtures.withPosts;
import static io.github.sapha.validation.Fixtures.withReference;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.Community;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.CommunityKind;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.Membership;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.Registration;
import io.github.sapha.council.Term;
import io.github.sapha.registry.Registry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The council rules. Most break council-570902 (index 1), which no meeting or network chair depends on. */
class CouncilRulesTest {
  private static final String ACT = "Community Organization Council Act B.E. 2551";
  private static final LocalDate ACT_DATE = LocalDate.of(2008, 2, 9);
  private static final LocalDate DAY_BEFORE_AS_OF = AS_OF.minusDays(1);

  private static final PersonId P1 = person("570902", 1);
  private static final PersonId P2 = person("570902", 2);
  private static final PersonId P3 = person("570902", 3);
  private static final PersonId P4 = person("570902", 4);
  private static final PersonId P5 = person("570902", 5);
  private static final CommunityId C1 = community("570902", 1);
  private static final CommunityId C2 = community("570902", 2);
  private static final CommunityId C3 = community("570902", 3);
  private static final Term SEAT = Term.from(TERM_START);

  // ---- council.before-act -------------------------------------------------------------------

  @Test
  void test_beforeAct_theDayBeforeTheActFires() {
    Registry registry = registeredOn(ACT_DATE.minusDays(1));
    assertThat(validate(registry).violations())
        .containsExactly(
            withReference(
                error(Rules.COUNCIL_BEFORE_ACT, "/councils/1/registration/date",
                    "Council council-570902 was registered on 2008-02-08, before the Act took effect on 2008-02-09"),
                ACT));
  }

  @Test
  void test_beforeAct_onTheActsDateIsFine() {
    assertThat(validate(registeredOn(ACT_DATE)).violations()).isEmpty();
  }

  private static Registry registeredOn(LocalDate date) {
    return withCouncil(base(), COUNCIL_HUAI_KHRAI, c -> c.registration(Registration.of("ชร.570902/2551", date)));
  }

  // ---- council.duplicate-area ---------------------------------------------------------------

  @Test
  void test_duplicateArea_secondActiveCouncilOfASubdistrict() {
    Registry registry = withSecondHuaiKhraiCouncil(Optional.empty(), true);
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.COUNCIL_DUPLICATE_AREA, "/councils/3/area",
                "Council council-570902b serves the same area (sub-district 570902) as council council-570902; "
                    + "an area has one active council"));
  }

  @Test
  void test_duplicateArea_councilDissolvedOnTheAsOfDateDoesNotCount() {
    assertThat(validate(withSecondHuaiKhraiCouncil(Optional.of(AS_OF), true)).violations()).isEmpty();
  }

  @Test
  void test_duplicateArea_unregisteredCouncilDoesNotCount() {
    assertThat(validate(withSecondHuaiKhraiCouncil(Optional.empty(), false)).violations()).isEmpty();
  }

  @Test
  void test_duplicateArea_secondCouncilOfALocalGovernment() {
    Council second =
        councilBuilder("570901b", CouncilArea.localGovernment(LG_MAE_SAI, MAE_SAI_SUBDISTRICT).withName("แม่สาย"))
            .build();
    Registry registry = with(base(), b -> b.addCouncil(second).addAllPeople(peopleOf("570901b")));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.COUNCIL_DUPLICATE_AREA, "/councils/3/area",
                "Council council-570901b serves the same area (local government lg-570901) as council council-570901; "
                    + "an area has one active council"));
  }

  @Test
  void test_duplicateArea_subdistrictCouncilBesideAMunicipalityCouncilIsFine() {
    // A sub-district may hold a municipality and the rest of the sub-district; each has its council.
    Council rest =
        councilBuilder("570901b", CouncilArea.subdistrict(MAE_SAI_SUBDISTRICT).withName("แม่สาย")).build();
    Registry registry = with(base(), b -> b.addCouncil(rest).addAllPeople(peopleOf("570901b")));
    assertThat(validate(registry).violations()).isEmpty();
  }

  private static Registry withSecondHuaiKhraiCouncil(Optional<LocalDate> dissolved, boolean registered) {
    Council.Builder second =
        councilBuilder("570902b", CouncilArea.subdistrict(HUAI_KHRAI).withName("ห้วยไคร้")).dissolved(dissolved);
    if (!registered) {
      second.registration(Optional.empty());
    }
    Council council = second.build();
    return with(base(), b -> b.addCouncil(council).addAllPeople(peopleOf("570902b")));
  }

  // ---- council.too-few-communities ----------------------------------------------------------

  @Test
  void test_tooFewCommunities_councilWithoutCommunities() {
    Registry registry = withoutCommunities(Optional.empty());
    assertThat(validate(registry).violations())
        .containsExactly(
            withReference(
                error(Rules.COUNCIL_TOO_FEW_COMMUNITIES, "/councils/1/communities",
                    "Council council-570902 has 0 member communities, fewer than the policy minimum of 1"),
                ACT + ", s.6"));
  }

  @Test
  void test_tooFewCommunities_exactlyTheMinimumIsFine() {
    Registry registry =
        withCouncil(base(), COUNCIL_HUAI_KHRAI, c -> c
            .communities(List.of(c.build().communities().get(0)))
            .members(List.of(Membership.representative(P1, C1, SEAT)))
            .posts(List.of(Post.held(PostRole.CHAIR, P1, SEAT))));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_tooFewCommunities_dissolvedCouncilIsNotChecked() {
    assertThat(validate(withoutCommunities(Optional.of(AS_OF))).violations()).isEmpty();
  }

  private static Registry withoutCommunities(Optional<LocalDate> dissolved) {
    return withCouncil(base(), COUNCIL_HUAI_KHRAI,
        c -> c.communities(List.of()).members(List.of()).posts(List.of()).dissolved(dissolved));
  }

  // ---- council.community-without-representative ---------------------------------------------

  @Test
  void test_communityWithoutRepresentative_newCommunityWithNobody() {
    Registry registry =
        withCouncil(base(), COUNCIL_HUAI_KHRAI, c -> c.addCommunity(
            Community.builder().id(C3).nameTh("กลุ่มสตรีตำบลห้วยไคร้").kind(CommunityKind.WOMEN).build()));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.COUNCIL_COMMUNITY_WITHOUT_REPRESENTATIVE, "/councils/1/communities/2",
                "Community community-570902-3 of council council-570902 has no representative on 2017-05-18"));
  }

  @Test
  void test_communityWithoutRepresentative_representativeWhoseTermEndedTheDayBefore() {
    Registry registry = withFirstRepresentativeUntil(DAY_BEFORE_AS_OF);
    // The representative also chairs the council with no end: council.officer-outlives-membership's to report.
    assertThat(validate(registry).violations(Rules.COUNCIL_COMMUNITY_WITHOUT_REPRESENTATIVE))
        .containsExactly(
            error(Rules.COUNCIL_COMMUNITY_WITHOUT_REPRESENTATIVE, "/councils/1/communities/0",
                "Community community-570902-1 of council council-570902 has no representative on 2017-05-18"));
  }

  @Test
  void test_communityWithoutRepresentative_representativeWhoseTermEndsOnTheAsOfDateCounts() {
    assertThat(validate(withFirstRepresentativeUntil(AS_OF)).violations(Rules.COUNCIL_COMMUNITY_WITHOUT_REPRESENTATIVE))
        .isEmpty();
  }

  /** Without the qualified person, so that one representative fewer does not also break the cap. */
  private static Registry withFirstRepresentativeUntil(LocalDate end) {
    return withMembers(base(), COUNCIL_HUAI_KHRAI,
        Membership.representative(P1, C1, Term.of(TERM_START, end)),
        Membership.representative(P2, C2, SEAT));
  }

  // ---- council.too-many-representatives -----------------------------------------------------

  @Test
  void test_tooManyRepresentatives_oneMoreThanTheMaximum() {
    Registry registry =
        withMembers(withPeople(base(), P4, P5), COUNCIL_HUAI_KHRAI,
            Membership.representative(P1, C1, SEAT),
            Membership.representative(P2, C2, SEAT),
            Membership.qualifiedPerson(P3, SEAT),
            Membership.representative(P4, C1, SEAT),
            Membership.representative(P5, C1, SEAT));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.COUNCIL_TOO_MANY_REPRESENTATIVES, "/councils/1/communities/0",
                "Community community-570902-1 of council council-570902 has 3 representatives on 2017-05-18, "
                    + "more than the policy maximum of 2"));
  }

  @Test
  void test_tooManyRepresentatives_exactlyTheMaximumIsFine() {
    Registry registry =
        withMembers(withPeople(base(), P4), COUNCIL_HUAI_KHRAI,
            Membership.representative(P1, C1, SEAT),
            Membership.representative(P2, C2, SEAT),
            Membership.qualifiedPerson(P3, SEAT),
            Membership.representative(P4, C1, SEAT));
    assertThat(validate(registry).violations()).isEmpty();
  }

  // ---- council.person-represents-twice ------------------------------------------------------

  @Test
  void test_personRepresentsTwice_sameTimeTwoCommunities() {
    Registry registry =
        withMembers(base(), COUNCIL_HUAI_KHRAI,
            Membership.representative(P1, C1, SEAT),
            Membership.representative(P2, C2, SEAT),
            Membership.qualifiedPerson(P3, SEAT),
            Membership.representative(P1, C2, SEAT));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.COUNCIL_PERSON_REPRESENTS_TWICE, "/councils/1/members/3",
                "Person person-570902-1 represents both community community-570902-1 and community community-570902-2 "
                    + "of council council-570902"));
  }

  @Test
  void test_personRepresentsTwice_oneAfterTheOtherIsFine() {
    LocalDate switched = LocalDate.of(2017, 1, 1);
    Registry registry =
        withMembers(withPeople(base(), P4), COUNCIL_HUAI_KHRAI,
            Membership.representative(P1, C1, Term.of(TERM_START, switched.minusDays(1))),
            Membership.representative(P2, C2, SEAT),
            Membership.qualifiedPerson(P3, SEAT),
            Membership.representative(P1, C2, Term.from(switched)),
            Membership.representative(P4, C1, Term.from(switched)));
    assertThat(validate(registry).violations()).isEmpty();
  }

  // ---- council.qualified-persons-cap --------------------------------------------------------

  @Test
  void test_qualifiedPersonsCap_oneMoreThanHalfTheRepresentatives() {
    Registry registry =
        withMembers(withPeople(base(), P4), COUNCIL_HUAI_KHRAI,
            Membership.representative(P1, C1, SEAT),
            Membership.representative(P2, C2, SEAT),
            Membership.qualifiedPerson(P3, SEAT),
            Membership.qualifiedPerson(P4, SEAT));
    assertThat(validate(registry).violations())
        .containsExactly(
            withReference(
                error(Rules.COUNCIL_QUALIFIED_PERSONS_CAP, "/councils/1/members",
                    "Council council-570902 has 2 qualified persons on 2017-05-18, more than the 1 that 0.5 of its 2 "
                        + "community representatives allows"),
                ACT + ", s.7(2)"));
  }

  @Test
  void test_qualifiedPersonsCap_pastQualifiedPersonDoesNotCount() {
    Registry registry =
        withMembers(withPeople(base(), P4), COUNCIL_HUAI_KHRAI,
            Membership.representative(P1, C1, SEAT),
            Membership.representative(P2, C2, SEAT),
            Membership.qualifiedPerson(P3, SEAT),
            Membership.qualifiedPerson(P4, Term.of(TERM_START, DAY_BEFORE_AS_OF)));
    assertThat(validate(registry).violations()).isEmpty();
  }

  // ---- council.chair-count ------------------------------------------------------------------

  @Test
  void test_chairCount_officersButTheChairsTermEndedTheDayBefore() {
    Registry registry =
        withPosts(base(), COUNCIL_HUAI_KHRAI,
            Post.held(PostRole.CHAIR, P1, Term.of(TERM_START, DAY_BEFORE_AS_OF)),
            Post.held(PostRole.SECRETARY, P2, SEAT));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.COUNCIL_CHAIR_COUNT, "/councils/1/posts",
                "Council council-570902 has officers but 0 chairs on 2017-05-18; it needs exactly one"));
  }

  @Test
  void test_chairCount_chairWhoseTermEndsOnTheAsOfDateCounts() {
    Registry registry =
        withPosts(base(), COUNCIL_HUAI_KHRAI,
            Post.held(PostRole.CHAIR, P1, Term.of(TERM_START, AS_OF)),
            Post.held(PostRole.SECRETARY, P2, SEAT));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_chairCount_vacantChairDoesNotCount() {
    Registry registry =
        withPosts(base(), COUNCIL_HUAI_KHRAI,
            Post.builder().role(PostRole.CHAIR).term(SEAT).build(),
            Post.held(PostRole.TREASURER, P2, SEAT));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.COUNCIL_CHAIR_COUNT, "/councils/1/posts",
                "Council council-570902 has officers but 0 chairs on 2017-05-18; it needs exactly one"));
  }

  @Test
  void test_chairCount_twoChairsAtOnceAlsoOverlap() {
    Registry registry =
        withPosts(base(), COUNCIL_HUAI_KHRAI,
            Post.held(PostRole.CHAIR, P1, SEAT),
            Post.held(PostRole.CHAIR, P2, SEAT));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.COUNCIL_CHAIR_COUNT, "/councils/1/posts",
                "Council council-570902 has officers but 2 chairs on 2017-05-18; it needs exactly one"),
            error(Rules.COUNCIL_POST_OVERLAP, "/councils/1/posts/1/term",
                "The post of chair of council council-570902 is held by person-570902-1 and person-570902-2 "
                    + "at the same time, from 2016-01-01"));
  }

  @Test
  void test_chairCount_councilWithoutOfficersNeedsNoChair() {
    Registry registry =
        withPosts(base(), COUNCIL_HUAI_KHRAI, Post.held(PostRole.COMMITTEE_MEMBER, P2, SEAT));
    assertThat(validate(registry).violations()).isEmpty();
  }

  // ---- council.officer-not-member -----------------------------------------------------------

  @Test
  void test_officerNotMember_secretaryFromAnotherCouncil() {
    Registry registry =
        withPosts(base(), COUNCIL_HUAI_KHRAI,
            Post.held(PostRole.CHAIR, P1, SEAT),
            Post.held(PostRole.SECRETARY, person("570908", 2), SEAT));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.COUNCIL_OFFICER_NOT_MEMBER, "/councils/1/posts/1/holder",
                "Person person-570908-2 holds the post of secretary of council council-570902 from 2016-01-01 "
                    + "but is not a member of the council then"));
  }

  @Test
  void test_officerNotMember_postStartingTheDayBeforeTheMembership() {
    LocalDate joined = LocalDate.of(2016, 3, 1);
    Registry registry = withSecretaryJoiningOn(joined, joined.minusDays(1));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.COUNCIL_OFFICER_NOT_MEMBER, "/councils/1/posts/1/holder",
                "Person person-570902-2 holds the post of secretary of council council-570902 from 2016-02-29 "
                    + "but is not a member of the council then"));
  }

  @Test
  void test_officerNotMember_postStartingOnTheDayOfTheMembershipIsFine() {
    LocalDate joined = LocalDate.of(2016, 3, 1);
    assertThat(validate(withSecretaryJoiningOn(joined, joined)).violations()).isEmpty();
  }

  @Test
  void test_officerNotMember_nonOfficerPostsMayBeHeldByOutsiders() {
    // An advisor (ที่ปรึกษา) or committee member is not an officer: the rule is about officers only.
    Registry registry =
        withPosts(base(), COUNCIL_HUAI_KHRAI,
            Post.held(PostRole.CHAIR, P1, SEAT),
            Post.held(PostRole.SECRETARY, P2, SEAT),
            Post.builder().role(PostRole.OTHER).label("ที่ปรึกษา").holder(person("570908", 2)).term(SEAT).build(),
            Post.held(PostRole.COMMITTEE_MEMBER, person("570908", 3), SEAT));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_officerNotMember_everyOfficerRoleIsChecked() {
    PersonId outsider = person("570908", 2);
    Registry registry =
        withPosts(base(), COUNCIL_HUAI_KHRAI,
            Post.held(PostRole.CHAIR, P1, SEAT),
            Post.held(PostRole.VICE_CHAIR, outsider, SEAT),
            Post.held(PostRole.SECRETARY, outsider, SEAT),
            Post.held(PostRole.TREASURER, outsider, SEAT));
    assertThat(validate(registry).violations(Rules.COUNCIL_OFFICER_NOT_MEMBER))
        .extracting(v -> v.path().toString())
        .containsExactly("/councils/1/posts/1/holder", "/councils/1/posts/2/holder", "/councils/1/posts/3/holder");
  }

  private static Registry withSecretaryJoiningOn(LocalDate joined, LocalDate postStart) {
    Registry registry =
        withMembers(base(), COUNCIL_HUAI_KHRAI,
            Membership.representative(P1, C1, SEAT),
            Membership.representative(P2, C2, Term.from(joined)),
            Membership.qualifiedPerson(P3, SEAT));
    return withPosts(registry, COUNCIL_HUAI_KHRAI,
        Post.held(PostRole.CHAIR, P1, SEAT),
        Post.held(PostRole.SECRETARY, P2, Term.from(postStart)));
  }

  // ---- council.post-overlap -----------------------------------------------------------------

  @Test
  void test_postOverlap_sharingOneDay() {
    LocalDate handover = LocalDate.of(2017, 1, 31);
    Registry registry = withChairHandover(handover, handover);
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.COUNCIL_POST_OVERLAP, "/councils/1/posts/1/term",
                "The post of chair of council council-570902 is held by person-570902-1 and person-570902-2 "
                    + "at the same time, from 2017-01-31"));
  }

  @Test
  void test_postOverlap_endingTheDayBeforeTheNextStartsIsFine() {
    LocalDate handover = LocalDate.of(2017, 1, 31);
    assertThat(validate(withChairHandover(handover.minusDays(1), handover)).violations()).isEmpty();
  }

  @Test
  void test_postOverlap_samePersonTwiceIsFine() {
    Registry registry =
        withPosts(base(), COUNCIL_HUAI_KHRAI,
            Post.held(PostRole.CHAIR, P1, Term.of(TERM_START, LocalDate.of(2017, 1, 31))),
            Post.held(PostRole.CHAIR, P1, Term.from(LocalDate.of(2017, 1, 1))));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_postOverlap_severalVicechairsAreFine() {
    Registry registry =
        withPosts(base(), COUNCIL_HUAI_KHRAI,
            Post.held(PostRole.CHAIR, P1, SEAT),
            Post.held(PostRole.VICE_CHAIR, P2, SEAT),
            Post.held(PostRole.VICE_CHAIR, P3, SEAT));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_postOverlap_twoShortTermsInsideOneLongTermBothOverlapIt() {
    Registry registry =
        withPosts(base(), COUNCIL_HUAI_KHRAI,
            Post.held(PostRole.TREASURER, P1, Term.of(TERM_START, LocalDate.of(2016, 12, 31))),
            Post.held(PostRole.TREASURER, P2, Term.of(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29))),
            Post.held(PostRole.TREASURER, P3, Term.of(LocalDate.of(2016, 6, 1), LocalDate.of(2016, 6, 30))));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.COUNCIL_POST_OVERLAP, "/councils/1/posts/1/term",
                "The post of treasurer of council council-570902 is held by person-570902-1 and person-570902-2 "
                    + "at the same time, from 2016-02-01"),
            error(Rules.COUNCIL_POST_OVERLAP, "/councils/1/posts/2/term",
                "The post of treasurer of council council-570902 is held by person-570902-1 and person-570902-3 "
                    + "at the same time, from 2016-06-01"));
  }

  private static Registry withChairHandover(LocalDate firstEnd, LocalDate secondStart) {
    return withPosts(base(), COUNCIL_HUAI_KHRAI,
        Post.held(PostRole.CHAIR, P1, Term.of(TERM_START, firstEnd)),
        Post.held(PostRole.CHAIR, P2, Term.from(secondStart)));
  }

  // ---- council.member-in-two-councils -------------------------------------------------------

  @Test
  void test_memberInTwoCouncils_activeInBoth() {
    Registry registry = withBanDaiMemberAlsoInHuaiKhrai(SEAT);
    assertThat(validate(registry).violations())
        .containsExactly(
            warning(Rules.COUNCIL_MEMBER_IN_TWO_COUNCILS, "/councils/2/members/2/person",
                "Person person-570908-3 is an active member of both council council-570902 and council council-570908 "
                    + "on 2017-05-18"));
  }

  @Test
  void test_memberInTwoCouncils_earlierMembershipEndedTheDayBeforeIsFine() {
    assertThat(validate(withBanDaiMemberAlsoInHuaiKhrai(Term.of(TERM_START, DAY_BEFORE_AS_OF))).violations())
        .isEmpty();
  }

  @Test
  void test_memberInTwoCouncils_aSeatInADissolvedCouncilDoesNotCount() {
    Registry registry =
        withCouncil(withBanDaiMemberAlsoInHuaiKhrai(SEAT), COUNCIL_HUAI_KHRAI, c -> c.dissolved(DAY_BEFORE_AS_OF));
    assertThat(validate(registry).violations(Rules.COUNCIL_MEMBER_IN_TWO_COUNCILS)).isEmpty();
  }

  private static Registry withBanDaiMemberAlsoInHuaiKhrai(Term term) {
    return withMembers(base(), COUNCIL_HUAI_KHRAI,
        Membership.representative(P1, C1, SEAT),
        Membership.representative(P2, C2, SEAT),
        Membership.qualifiedPerson(P3, SEAT),
        Membership.representative(person("570908", 3), C1, term));
  }

  // ---- council.officer-outlives-membership --------------------------------------------------

  @Test
  void test_officerOutlivesMembership_openChairPostAfterTheMembershipEnds() {
    LocalDate lastDay = LocalDate.of(2016, 12, 31);
    Registry registry = withChairMembership(Term.of(TERM_START, lastDay));
    assertThat(validate(registry).violations(Rules.COUNCIL_OFFICER_OUTLIVES_MEMBERSHIP))
        .containsExactly(
            warning(Rules.COUNCIL_OFFICER_OUTLIVES_MEMBERSHIP, "/councils/1/posts/0/term",
                "The post of chair of council council-570902 held by person person-570902-1 goes on with no end, "
                    + "but the person's membership of the council ends on 2016-12-31"));
  }

  @Test
  void test_officerOutlivesMembership_postEndingTheDayAfterTheMembership() {
    LocalDate lastDay = LocalDate.of(2016, 12, 31);
    Registry registry = withPosts(withChairMembership(Term.of(TERM_START, lastDay)), COUNCIL_HUAI_KHRAI,
        Post.held(PostRole.CHAIR, P1, Term.of(TERM_START, lastDay.plusDays(1))),
        Post.held(PostRole.SECRETARY, P2, SEAT));
    assertThat(validate(registry).violations(Rules.COUNCIL_OFFICER_OUTLIVES_MEMBERSHIP))
        .containsExactly(
            warning(Rules.COUNCIL_OFFICER_OUTLIVES_MEMBERSHIP, "/councils/1/posts/0/term",
                "The post of chair of council council-570902 held by person person-570902-1 goes on to 2017-01-01, "
                    + "but the person's membership of the council ends on 2016-12-31"));
  }

  @Test
  void test_officerOutlivesMembership_postEndingOnTheMembershipsLastDayIsFine() {
    LocalDate lastDay = LocalDate.of(2016, 12, 31);
    Registry registry = withPosts(withChairMembership(Term.of(TERM_START, lastDay)), COUNCIL_HUAI_KHRAI,
        Post.held(PostRole.CHAIR, P1, Term.of(TERM_START, lastDay)),
        Post.held(PostRole.SECRETARY, P2, SEAT));
    assertThat(validate(registry).violations(Rules.COUNCIL_OFFICER_OUTLIVES_MEMBERSHIP)).isEmpty();
  }

  @Test
  void test_officerOutlivesMembership_membershipRenewedTheNextDayCarriesThePost() {
    Registry registry = withMembers(base(), COUNCIL_HUAI_KHRAI,
        Membership.representative(P1, C1, Term.of(TERM_START, LocalDate.of(2016, 6, 30))),
        Membership.representative(P1, C1, Term.from(LocalDate.of(2016, 7, 1))),
        Membership.representative(P2, C2, SEAT),
        Membership.qualifiedPerson(P3, SEAT));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_officerOutlivesMembership_aGapBetweenMembershipsEndsTheFirst() {
    Registry registry = withMembers(base(), COUNCIL_HUAI_KHRAI,
        Membership.representative(P1, C1, Term.of(TERM_START, LocalDate.of(2016, 6, 30))),
        Membership.representative(P1, C1, Term.from(LocalDate.of(2016, 7, 2))),
        Membership.representative(P2, C2, SEAT),
        Membership.qualifiedPerson(P3, SEAT));
    assertThat(validate(registry).violations(Rules.COUNCIL_OFFICER_OUTLIVES_MEMBERSHIP))
        .extracting(Violation::message)
        .containsExactly("The post of chair of council council-570902 held by person person-570902-1 goes on with no end, "
            + "but the person's membership of the council ends on 2016-06-30");
  }

  @Test
  void test_officerOutlivesMembership_holderWhoWasNeverAMemberIsOnlyOfficerNotMember() {
    Registry registry = withPosts(base(), COUNCIL_HUAI_KHRAI,
        Post.held(PostRole.CHAIR, P1, SEAT), Post.held(PostRole.SECRETARY, P4, SEAT));
    assertThat(validate(withPeople(registry, P4)).violations(Rules.COUNCIL_OFFICER_OUTLIVES_MEMBERSHIP)).isEmpty();
  }

  /** council-570902 whose chair, person-570902-1, is a member for the given term. */
  private static Registry withChairMembership(Term term) {
    return withMembers(base(), COUNCIL_HUAI_KHRAI,
        Membership.representative(P1, C1, term),
        Membership.representative(P2, C2, SEAT),
        Membership.qualifiedPerson(P3, SEAT));
  }

  // ---- council.membership-before-act --------------------------------------------------------

  @Test
  void test_membershipBeforeAct_membershipAndPostStartingTheDayBeforeTheAct() {
    Term early = Term.from(ACT_DATE.minusDays(1));
    Registry registry = withPosts(
        withMembers(base(), COUNCIL_HUAI_KHRAI,
            Membership.representative(P1, C1, early),
            Membership.representative(P2, C2, SEAT),
            Membership.qualifiedPerson(P3, SEAT)),
        COUNCIL_HUAI_KHRAI,
        Post.held(PostRole.CHAIR, P1, early),
        Post.held(PostRole.SECRETARY, P2, SEAT));
    assertThat(validate(registry).violations(Rules.COUNCIL_MEMBERSHIP_BEFORE_ACT))
        .containsExactly(
            withReference(warning(Rules.COUNCIL_MEMBERSHIP_BEFORE_ACT, "/councils/1/members/0/term",
                "The membership of person person-570902-1 in council council-570902 starts on 2008-02-08, "
                    + "before the Act took effect on 2008-02-09"), ACT),
            withReference(warning(Rules.COUNCIL_MEMBERSHIP_BEFORE_ACT, "/councils/1/posts/0/term",
                "The post of chair of council council-570902 starts on 2008-02-08, "
                    + "before the Act took effect on 2008-02-09"), ACT));
  }

  @Test
  void test_membershipBeforeAct_startingOnTheActsDateIsFine() {
    Registry registry = withMembers(base(), COUNCIL_HUAI_KHRAI,
        Membership.representative(P1, C1, SEAT),
        Membership.representative(P2, C2, SEAT),
        Membership.qualifiedPerson(P3, Term.from(ACT_DATE)));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_membershipBeforeAct_followsThePolicysActDate() {
    Policy policy = Policy.builder().actEffectiveDate(TERM_START.plusDays(1)).build();
    ValidationReport report = Validator.builder().policy(policy).build().validate(base());
    // Each of the three councils has three memberships and two posts from 2016-01-01.
    assertThat(report.violations(Rules.COUNCIL_MEMBERSHIP_BEFORE_ACT)).hasSize(15);
  }

  // ---- council.duplicate-registration-number ------------------------------------------------

  @Test
  void test_duplicateRegistrationNumber_laterCouncilNamesTheEarlier() {
    Registry registry = withCouncil(base(), Fixtures.COUNCIL_BAN_DAI,
        c -> c.registration(Registration.of("ชร.570902/2553", Fixtures.REGISTERED)));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.COUNCIL_DUPLICATE_REGISTRATION_NUMBER, "/councils/2/registration/number",
                "Council council-570908 has registration number ชร.570902/2553, which council council-570902 "
                    + "already has"));
  }

  @Test
  void test_duplicateRegistrationNumber_numbersDifferingInOneCharacterAreFine() {
    Registry registry = withCouncil(base(), Fixtures.COUNCIL_BAN_DAI,
        c -> c.registration(Registration.of("ชร.570902/2554", Fixtures.REGISTERED)));
    assertThat(validate(registry).violations()).isEmpty();
  }
}
