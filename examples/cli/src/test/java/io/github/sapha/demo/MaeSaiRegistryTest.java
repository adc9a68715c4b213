package io.github.sapha.demo;

import static io.github.sapha.demo.MaeSaiRegistry.FORUM_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.Council;
import io.github.sapha.council.Id;
import io.github.sapha.council.Network;
import io.github.sapha.council.PostRole;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.Participant;
import io.github.sapha.meeting.ParticipantRole;
import io.github.sapha.money.Baht;
import io.github.sapha.plan.Funding;
import io.github.sapha.plan.FundingSource;
import io.github.sapha.plan.Plan;
import io.github.sapha.plan.PlanTree;
import io.github.sapha.plan.Project;
import io.github.sapha.plan.RollUp;
import io.github.sapha.registry.Coverage;
import io.github.sapha.registry.Registry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed's facts hold in the Mae Sai registry built through the public API. */
class MaeSaiRegistryTest {
  private static final Registry MAE_SAI = MaeSaiRegistry.build();

  @Test
  void test_build_isDeterministic() {
    assertThat(MaeSaiRegistry.build()).isEqualTo(MAE_SAI);
    assertThat(MAE_SAI.asOf()).isEqualTo(LocalDate.of(2017, 5, 18));
  }

  @Test
  void test_councils_eightOfWhichThreeOnMunicipalityAreas() {
    List<Council> councils = MAE_SAI.councilsIn(MaeSaiRegistry.MAE_SAI);
    assertThat(councils).hasSize(8);
    assertThat(councils.stream().filter(c -> c.area().isLocalGovernmentArea()).map(c -> c.area().subdistricts().first().value()))
        .containsExactly("570901", "570902", "570906");
    assertThat(councils.stream().filter(c -> !c.area().isLocalGovernmentArea()).map(c -> c.area().subdistricts().first().value()))
        .containsExactly("570903", "570904", "570905", "570908", "570909");
    assertThat(councils).allMatch(c -> c.isActiveOn(FORUM_DATE));
    assertThat(MAE_SAI.councilsIn(MaeSaiRegistry.CHIANG_RAI)).isEqualTo(councils);
  }

  @Test
  void test_coverage_maeSaiIsFull() {
    Coverage coverage = MAE_SAI.coverage(MaeSaiRegistry.MAE_SAI);
    assertThat(coverage.coveredCount()).isEqualTo(8);
    assertThat(coverage.total()).isEqualTo(8);
    assertThat(coverage.isFull()).isTrue();
    assertThat(coverage.uncovered()).isEmpty();
    assertThat(coverage).hasToString("5709 on 2017-05-18: 8/8 (100%), full");
    // Every council's sub-district is one of the gazetteer's eight.
    assertThat(coverage.covered())
        .containsExactlyElementsOf(
            Gazetteer.thailand().subdistricts(MaeSaiRegistry.MAE_SAI).stream()
                .map(s -> s.code())
                .collect(Collectors.toList()));
  }

  @Test
  void test_coverage_beforeAnyRegistrationIsEmpty() {
    Coverage early = MAE_SAI.coverage(MaeSaiRegistry.MAE_SAI, LocalDate.of(2008, 1, 1), Gazetteer.thailand());
    assertThat(early.coveredCount()).isZero();
    assertThat(early.uncovered()).hasSize(8).first().isEqualTo(SubdistrictCode.parse("570901"));
  }

  @Test
  void test_networks_councilLinksUpToProvinceAndNation() {
    assertThat(MAE_SAI.networksOf(BodyId.of("council-570908")).stream().map(Network::id).map(Id::value))
        .containsExactly("network-5709", "network-57", "national-meeting");
    Network district = MAE_SAI.network(MaeSaiRegistry.DISTRICT_NETWORK).orElseThrow();
    assertThat(district.councils()).hasSize(8);
    assertThat(district.claimsFullCoverage()).isTrue();
  }

  @Test
  void test_holders_provincialNetworkChairSpokeAtTheForum() {
    assertThat(MAE_SAI.holders(MaeSaiRegistry.PROVINCIAL_NETWORK, PostRole.CHAIR, FORUM_DATE))
        .containsExactly(MaeSaiRegistry.PROVINCIAL_CHAIR);
    Meeting forum = MAE_SAI.meeting(MaeSaiRegistry.FORUM).orElseThrow();
    assertThat(forum.participants())
        .contains(
            Participant.builder()
                .person(MaeSaiRegistry.PROVINCIAL_CHAIR)
                .role(ParticipantRole.SPOKE)
                .capacity(MaeSaiRegistry.PROVINCIAL_NETWORK)
                .note("praised the full-district registration of councils in all 8 sub-districts")
                .build());
  }

  @Test
  void test_forum_rolesOrganisersAndVenueAsReported() {
    Meeting forum = MAE_SAI.meeting(MaeSaiRegistry.FORUM).orElseThrow();
    assertThat(forum.date()).isEqualTo(FORUM_DATE);
    assertThat(forum.titleTh()).isEqualTo("สานพลังการขับเคลื่อนสภาองค์กรชุมชนอำเภอแม่สายจังหวัดเชียงราย");
    assertThat(forum.organisers())
        .containsExactly(MaeSaiRegistry.PROVINCIAL_NETWORK, MaeSaiRegistry.DISTRICT_NETWORK, MaeSaiRegistry.CODI_NORTH);
    assertThat(forum.venue().orElseThrow().localGovernment()).contains(MaeSaiRegistry.MAE_SAI_MITTRAPHAP);
    assertThat(forum.participants().stream().map(p -> p.role() + " " + p.person() + " " + p.capacity().orElseThrow()))
        .containsExactly(
            "WELCOMED person-deputy-mayor lg-mae-sai-mittraphap",
            "OPENED person-district-cd-officer office-cd-5709",
            "SPOKE person-provincial-chair network-57",
            "SPOKE person-codi-assistant-director codi-north",
            "REPORTED person-codi-reporter codi-north");
    assertThat(MAE_SAI.holders(MaeSaiRegistry.MAE_SAI_MITTRAPHAP, PostRole.OTHER, FORUM_DATE))
        .containsExactly(MaeSaiRegistry.DEPUTY_MAYOR);
    assertThat(MAE_SAI.meetingsOf(MaeSaiRegistry.CODI_NORTH, FORUM_DATE, FORUM_DATE)).containsExactly(forum);
    assertThat(MAE_SAI.meetingsOf(MaeSaiRegistry.DISTRICT_NETWORK, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)))
        .containsExactly(forum);
  }

  @Test
  void test_plans_strategyLinksEveryCouncilAndRollsUpTheHousingProject() {
    PlanTree tree = MAE_SAI.planTree();
    assertThat(tree.roots()).extracting(Plan::id).containsExactly(MaeSaiRegistry.PROVINCIAL_PLAN);
    Plan strategy = tree.plan(MaeSaiRegistry.DISTRICT_PLAN).orElseThrow();
    assertThat(strategy.period()).hasToString("2561-2564");
    assertThat(strategy.integrationArea()).contains(MaeSaiRegistry.BAN_DAI);
    assertThat(tree.children(MaeSaiRegistry.DISTRICT_PLAN)).hasSize(8);
    assertThat(tree.ancestors(MaeSaiRegistry.BAN_DAI_PLAN))
        .extracting(Plan::id)
        .containsExactly(MaeSaiRegistry.DISTRICT_PLAN, MaeSaiRegistry.PROVINCIAL_PLAN);
    assertThat(MAE_SAI.planCoverage(MaeSaiRegistry.DISTRICT_PLAN).isFull()).isTrue();

    // Hand-computed: housing 380,000 (CODI, 40 %), welfare 50,000 (LG 30,000 + community 20,000,
    // 100 %), farming 120,000 (CODI, 0 %). Weighted progress (40*380000 + 100*50000) / 550000.
    RollUp district = tree.rollUp(MaeSaiRegistry.DISTRICT_PLAN);
    assertThat(district.projects()).isEqualTo(3);
    assertThat(district.budget()).isEqualTo(Baht.of(550_000));
    assertThat(district.budget(FundingSource.CODI)).isEqualTo(Baht.of(500_000));
    assertThat(district.budget(FundingSource.LOCAL_GOVERNMENT)).isEqualTo(Baht.of(30_000));
    assertThat(district.budget(FundingSource.COMMUNITY)).isEqualTo(Baht.of(20_000));
    assertThat(district.progress()).contains(new BigDecimal("36.73"));
    assertThat(tree.rollUp(MaeSaiRegistry.BAN_DAI_PLAN).progress()).contains(new BigDecimal("46.98"));
    assertThat(tree.rollUp(MaeSaiRegistry.PROVINCIAL_PLAN)).isEqualTo(district);
    Project housing = tree.plan(MaeSaiRegistry.BAN_DAI_PLAN).orElseThrow().projects().get(0);
    assertThat(housing.titleTh()).contains("บ้านพอเพียงชนบท");
    assertThat(housing.funding()).extracting(Funding::source).containsExactly(FundingSource.CODI);
  }

  @Test
  void test_everyReferenceResolves() {
    for (Council council : MAE_SAI.councils()) {
      council.members().forEach(m -> assertThat(MAE_SAI.person(m.person())).isPresent());
      council.members().forEach(m -> m.community().ifPresent(c -> assertThat(council.community(c)).isPresent()));
      council.posts().forEach(p -> assertThat(MAE_SAI.person(p.holder().orElseThrow())).isPresent());
      council.area().localGovernment().ifPresent(lg -> assertThat(MAE_SAI.organization(lg)).isPresent());
    }
    Meeting forum = MAE_SAI.meeting(MaeSaiRegistry.FORUM).orElseThrow();
    forum.participants().forEach(p -> assertThat(MAE_SAI.person(p.person())).isPresent());
    forum.organisers().forEach(o -> assertThat(MAE_SAI.body(o)).isPresent());
    assertThat(MAE_SAI.officers(BodyId.of("council-570908"), FORUM_DATE)).hasSize(2);
    assertThat(MAE_SAI.members(BodyId.of("council-570908"), FORUM_DATE)).hasSize(3);
  }
}
