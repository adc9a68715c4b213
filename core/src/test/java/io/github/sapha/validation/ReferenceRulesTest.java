package io.github.sapha.validation;

import static io.github.sapha.validation.Fixtures.COMMUNITY_PLAN;
import static io.github.sapha.validation.Fixtures.COUNCIL_HUAI_KHRAI;
import static io.github.sapha.validation.Fixtures.COUNCIL_MAE_SAI;
import static io.github.sapha.validation.Fixtures.DISTRICT_NETWORK;
import static io.github.sapha.validation.Fixtures.HUAI_KHRAI_PLAN;
import static io.github.sapha.validation.Fixtures.LG_MAE_SAI;
import static io.github.sapha.validation.Fixtures.MAE_SAI_PLAN;
import static io.github.sapha.validation.Fixtures.MAE_SAI_SUBDISTRICT;
import static io.github.sapha.validation.Fixtures.MEETING;
import static io.github.sapha.validation.Fixtures.PROVINCIAL_NETWORK;
import static io.github.sapha.validation.Fixtures.TERM_START;
import static io.github.sapha.validation.Fixtures.base;
import static io.github.sapha.validation.Fixtures.community;
import static io.github.sapha.validation.Fixtures.error;
import static io.github.sapha.validation.Fixtures.person;
import static io.github.sapha.validation.Fixtures.validate;
import static io.github.sapha.validation.Fixtures.warning;
import static io.github.sapha.validation.Fixtures.withCouncil;
import static io.github.sapha.validation.Fixtures.withMeeting;
import static io.github.sapha.validation.Fixtures.withMembers;
import static io.github.sapha.validation.Fixtures.withNetwork;
import static io.github.sapha.validation.Fixtures.withOrganization;
import static io.github.sapha.validation.Fixtures.withPlan;
import static io.github.sapha.validation.Fixtures.withPosts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.Membership;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.Term;
import io.github.sapha.registry.Registry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** reference.dangling, at every kind of reference it covers. */
class ReferenceRulesTest {
  private static final PersonId GHOST_PERSON = PersonId.of("person-ghost");
  private static final BodyId GHOST_BODY = BodyId.of("body-ghost");
  private static final BodyId GHOST_LG = BodyId.of("lg-ghost");
  private static final Term SEAT = Term.from(TERM_START);

  @Test
  void test_dangling_baseResolvesEveryReference() {
    assertThat(validate(base()).violations(Rules.REFERENCE_DANGLING)).isEmpty();
  }

  @Test
  void test_dangling_councilAreaOfAnUnknownLocalGovernment() {
    Registry registry =
        withCouncil(base(), COUNCIL_MAE_SAI,
            c -> c.area(CouncilArea.localGovernment(GHOST_LG, MAE_SAI_SUBDISTRICT).withName("แม่สาย")));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.REFERENCE_DANGLING, "/councils/0/area/localGovernment",
                "No local government organization has the id lg-ghost"));
  }

  @Test
  void test_dangling_councilAreaOfABodyThatIsNoLocalGovernment() {
    Registry registry =
        withCouncil(base(), COUNCIL_MAE_SAI,
            c -> c.area(CouncilArea.localGovernment(DISTRICT_NETWORK, MAE_SAI_SUBDISTRICT).withName("แม่สาย")));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.REFERENCE_DANGLING, "/councils/0/area/localGovernment",
                "No local government organization has the id network-5709"));
  }

  @Test
  void test_dangling_memberWhoIsNoPerson() {
    Registry registry =
        withMembers(base(), COUNCIL_HUAI_KHRAI,
            Membership.representative(person("570902", 1), community("570902", 1), SEAT),
            Membership.representative(person("570902", 2), community("570902", 2), SEAT),
            Membership.qualifiedPerson(GHOST_PERSON, SEAT));
    assertThat(validate(registry).violations())
        .containsExactly(error(Rules.REFERENCE_DANGLING, "/councils/1/members/2/person", "No person has this id (not shown: it may be personal data)"));
  }

  @Test
  void test_dangling_representativeOfAnotherCouncilsCommunity() {
    Registry registry =
        withMembers(base(), COUNCIL_HUAI_KHRAI,
            Membership.representative(person("570902", 1), community("570902", 1), SEAT),
            Membership.representative(person("570902", 2), community("570908", 1), SEAT),
            Membership.qualifiedPerson(person("570902", 3), SEAT));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.COUNCIL_COMMUNITY_WITHOUT_REPRESENTATIVE, "/councils/1/communities/1",
                "Community community-570902-2 of council council-570902 has no representative on 2017-05-18"),
            error(Rules.REFERENCE_DANGLING, "/councils/1/members/1/community",
                "Council council-570902 has no member community with the id community-570908-1"));
  }

  @Test
  void test_dangling_councilPostHolderWhoIsNoPerson() {
    Registry registry =
        withPosts(base(), COUNCIL_HUAI_KHRAI,
            Post.held(PostRole.CHAIR, GHOST_PERSON, SEAT),
            Post.held(PostRole.SECRETARY, person("570902", 2), SEAT));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.COUNCIL_OFFICER_NOT_MEMBER, "/councils/1/posts/0/holder",
                "Person (id not shown: no such person) holds the post of chair of council council-570902 from 2016-01-01 but is not a "
                    + "member of the council then"),
            error(Rules.REFERENCE_DANGLING, "/councils/1/posts/0/holder", "No person has this id (not shown: it may be personal data)"));
  }

  @Test
  void test_dangling_networkChairWhoIsNoPerson() {
    Registry registry =
        withNetwork(base(), DISTRICT_NETWORK, n -> n.posts(List.of(Post.held(PostRole.CHAIR, GHOST_PERSON, SEAT))));
    assertThat(validate(registry).violations())
        .containsExactly(
            warning(Rules.NETWORK_CHAIR_NOT_MEMBER, "/networks/0/posts/0/holder",
                "The chair of network network-5709, person (id not shown: no such person), sits on none of the network's councils on "
                    + "2017-05-18"),
            error(Rules.REFERENCE_DANGLING, "/networks/0/posts/0/holder", "No person has this id (not shown: it may be personal data)"));
  }

  @Test
  void test_dangling_organizationPostHolderWhoIsNoPerson() {
    Registry registry =
        withOrganization(base(), LG_MAE_SAI, o -> o.addPost(
            Post.builder().role(PostRole.OTHER).label("นายกเทศมนตรี").holder(GHOST_PERSON).term(SEAT).build()));
    assertThat(validate(registry).violations())
        .containsExactly(error(Rules.REFERENCE_DANGLING, "/organizations/0/posts/0/holder", "No person has this id (not shown: it may be personal data)"));
  }

  @Test
  void test_dangling_networkListingUnknownCouncilAndNetwork() {
    Registry registry = withNetwork(base(), DISTRICT_NETWORK, n -> n.addCouncil(BodyId.of("council-ghost")));
    registry = withNetwork(registry, PROVINCIAL_NETWORK, n -> n.addNetwork(BodyId.of("network-ghost")));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.REFERENCE_DANGLING, "/networks/0/councils/3", "No council has the id council-ghost"),
            error(Rules.REFERENCE_DANGLING, "/networks/1/networks/1", "No network has the id network-ghost"));
  }

  @Test
  void test_dangling_organizationWithUnknownParent() {
    Registry registry = withOrganization(base(), LG_MAE_SAI, o -> o.parent(BodyId.of("codi")));
    assertThat(validate(registry).violations())
        .containsExactly(error(Rules.REFERENCE_DANGLING, "/organizations/0/parent", "No organization has the id codi"));
  }

  @Test
  void test_dangling_meetingOfAnUnknownBody() {
    Registry registry = withMeeting(base(), MEETING, m -> m.body(GHOST_BODY));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.REFERENCE_DANGLING, "/meetings/0/body", "No council, network or organization has the id body-ghost"));
  }

  @Test
  void test_dangling_meetingOfANetworkIsFine() {
    Registry registry = withMeeting(base(), MEETING, m -> m.body(DISTRICT_NETWORK));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_dangling_planOfAnUnknownOwner() {
    Registry registry = withPlan(base(), HUAI_KHRAI_PLAN, p -> p.owner(GHOST_BODY));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.REFERENCE_DANGLING, "/plans/2/owner", "No council, network or organization has the id body-ghost"));
  }

  @Test
  void test_dangling_communityPlanOfACommunityOfAnotherCouncil() {
    Registry registry = withPlan(base(), COMMUNITY_PLAN, p -> p.community(community("570902", 1)));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.REFERENCE_DANGLING, "/plans/4/community",
                "Council council-570908 has no member community with the id community-570902-1"));
  }

  @Test
  void test_dangling_planOfAnUnknownLocalGovernment() {
    Registry registry = withPlan(base(), MAE_SAI_PLAN, p -> p.localGovernment(GHOST_LG));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.REFERENCE_DANGLING, "/plans/1/localGovernment",
                "No local government organization has the id lg-ghost"));
  }

  @Test
  void test_dangling_planAligningWithAnUnknownPlan() {
    Registry registry = withPlan(base(), HUAI_KHRAI_PLAN, p -> p.addAlignsWith(PlanId.of("plan-ghost")));
    assertThat(validate(registry).violations())
        .containsExactly(error(Rules.REFERENCE_DANGLING, "/plans/2/alignsWith/1", "No plan has the id plan-ghost"));
  }
}
