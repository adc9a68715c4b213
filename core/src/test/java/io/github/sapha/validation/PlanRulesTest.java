package io.github.sapha.validation;

import static io.github.sapha.validation.Fixtures.BAN_DAI;
import static io.github.sapha.validation.Fixtures.BAN_DAI_PLAN;
import static io.github.sapha.validation.Fixtures.COMMUNITY_PLAN;
import static io.github.sapha.validation.Fixtures.COUNCIL_BAN_DAI;
import static io.github.sapha.validation.Fixtures.COUNCIL_HUAI_KHRAI;
import static io.github.sapha.validation.Fixtures.DISTRICT_NETWORK;
import static io.github.sapha.validation.Fixtures.DISTRICT_PLAN;
import static io.github.sapha.validation.Fixtures.HUAI_KHRAI_PLAN;
import static io.github.sapha.validation.Fixtures.LG_MAE_SAI;
import static io.github.sapha.validation.Fixtures.STRATEGY;
import static io.github.sapha.validation.Fixtures.base;
import static io.github.sapha.validation.Fixtures.community;
import static io.github.sapha.validation.Fixtures.error;
import static io.github.sapha.validation.Fixtures.warning;
import static io.github.sapha.validation.Fixtures.project;
import static io.github.sapha.validation.Fixtures.validate;
import static io.github.sapha.validation.Fixtures.with;
import static io.github.sapha.validation.Fixtures.withPlan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.PlanId;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.money.Baht;
import io.github.sapha.plan.Plan;
import io.github.sapha.plan.PlanLevel;
import io.github.sapha.plan.Project;
import io.github.sapha.plan.ProjectStatus;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.Network;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.registry.Registry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The plan rules. The base's plans are [0] plan-5709 (district), [1] plan-570901, [2] plan-570902, [3]
 * plan-570908 (sub-district, under [0]) and [4] plan-570908-1 (community, under [3]).
 */
class PlanRulesTest {
  private static final SubdistrictCode WIANG = SubdistrictCode.parse("570101");
  private static final SubdistrictCode PONG_NGAM = SubdistrictCode.parse("570909");
  private static final SubdistrictCode HUAI_KHRAI = SubdistrictCode.parse("570902");

  // ---- plan.unknown-parent ------------------------------------------------------------------

  @Test
  void test_unknownParent_parentNotInTheRegistry() {
    Registry registry = withPlan(base(), HUAI_KHRAI_PLAN, p -> p.parent(PlanId.of("plan-ghost")));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.PLAN_UNKNOWN_PARENT, "/plans/2/parent",
                "Plan plan-570902 names parent plan plan-ghost, which is not in the registry"));
  }

  @Test
  void test_unknownParent_planWithoutParentIsARoot() {
    Registry registry = withPlan(base(), HUAI_KHRAI_PLAN, p -> p.parent(Optional.empty()));
    assertThat(validate(registry).violations()).isEmpty();
  }

  // ---- plan.cycle ---------------------------------------------------------------------------

  @Test
  void test_cycle_twoPlansThatAreEachOthersParentAreReportedOnceOnTheFirst() {
    Registry registry = withCycle(true);
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.PLAN_CYCLE, "/plans/5/parent",
                "Plan plan-a is its own ancestor through a cycle of 2 plans: plan-a → plan-b → plan-a"),
            error(Rules.PLAN_LEVEL_ORDER, "/plans/5/parent",
                "Plan plan-a (sub-district plan) has parent plan-b (sub-district plan), which is not above it"),
            error(Rules.PLAN_LEVEL_ORDER, "/plans/6/parent",
                "Plan plan-b (sub-district plan) has parent plan-a (sub-district plan), which is not above it"));
  }

  @Test
  void test_cycle_reportedOnThePlanThatComesFirstInDocumentOrderWhereverTheWalkEntersIt() {
    // plan-x (index 5) leads into the cycle plan-z (7) → plan-y (6) → plan-z; plan-y comes first.
    Plan x = plan("plan-x", PlanLevel.COMMUNITY).parent(PlanId.of("plan-z")).build();
    Plan y = plan("plan-y", PlanLevel.SUBDISTRICT).parent(PlanId.of("plan-z")).build();
    Plan z = plan("plan-z", PlanLevel.SUBDISTRICT).parent(PlanId.of("plan-y")).build();
    Registry registry = with(base(), r -> r.addPlans(x, y, z));
    assertThat(validate(registry).violations())
        .filteredOn(v -> v.rule().equals(Rules.PLAN_CYCLE))
        .containsExactly(
            error(Rules.PLAN_CYCLE, "/plans/6/parent",
                "Plan plan-y is its own ancestor through a cycle of 2 plans: plan-y → plan-z → plan-y"));
  }

  @Test
  void test_cycle_longCycleGivesOneViolationNamingTheFirstTenPlansAndHowManyMore() {
    List<Plan> ring = new java.util.ArrayList<>();
    for (int k = 0; k < 25; k++) {
      ring.add(plan("plan-ring-" + k, PlanLevel.SUBDISTRICT).parent(PlanId.of("plan-ring-" + (k + 1) % 25)).build());
    }
    Registry registry = with(base(), r -> r.addAllPlans(ring));
    assertThat(validate(registry).violations())
        .filteredOn(v -> v.rule().equals(Rules.PLAN_CYCLE))
        .containsExactly(
            error(Rules.PLAN_CYCLE, "/plans/5/parent",
                "Plan plan-ring-0 is its own ancestor through a cycle of 25 plans: plan-ring-0 → plan-ring-1 → "
                    + "plan-ring-2 → plan-ring-3 → plan-ring-4 → plan-ring-5 → plan-ring-6 → plan-ring-7 → "
                    + "plan-ring-8 → plan-ring-9 → … (15 more)"));
  }

  @Test
  void test_cycle_aHundredThousandPlansInOneCycleGiveOneViolationAndMessagesLinearInTheRegistry() {
    int size = 100_000;
    List<Plan> ring = new java.util.ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      ring.add(plan("plan-ring-" + k, PlanLevel.SUBDISTRICT).parent(PlanId.of("plan-ring-" + (k + 1) % size)).build());
    }
    Registry registry = with(base(), r -> r.addAllPlans(ring));
    ValidationReport report = validate(registry);
    assertThat(report.violations()).filteredOn(v -> v.rule().equals(Rules.PLAN_CYCLE)).hasSize(1);
    // Every plan also has a parent of its own level: one short message each, never one naming the cycle.
    long characters = report.violations().stream().mapToLong(v -> v.message().length()).sum();
    assertThat(characters).isLessThan(200L * size);
  }

  @Test
  void test_cycle_eachOfTwoSeparateCyclesIsReportedOnce() {
    Plan a = plan("plan-a", PlanLevel.SUBDISTRICT).parent(PlanId.of("plan-b")).build();
    Plan b = plan("plan-b", PlanLevel.SUBDISTRICT).parent(PlanId.of("plan-a")).build();
    Plan c = plan("plan-c", PlanLevel.SUBDISTRICT).parent(PlanId.of("plan-d")).build();
    Plan d = plan("plan-d", PlanLevel.SUBDISTRICT).parent(PlanId.of("plan-c")).build();
    Registry registry = with(base(), r -> r.addPlans(a, b, c, d));
    assertThat(validate(registry).violations())
        .filteredOn(v -> v.rule().equals(Rules.PLAN_CYCLE))
        .containsExactly(
            error(Rules.PLAN_CYCLE, "/plans/5/parent",
                "Plan plan-a is its own ancestor through a cycle of 2 plans: plan-a → plan-b → plan-a"),
            error(Rules.PLAN_CYCLE, "/plans/7/parent",
                "Plan plan-c is its own ancestor through a cycle of 2 plans: plan-c → plan-d → plan-c"));
  }

  @Test
  void test_cycle_chainWithoutCycleIsFine() {
    assertThat(validate(withCycle(false)).violations()).isEmpty();
  }

  /**
   * plan-a and plan-b (sub-district plans of 570909) with plan-c (a community plan) under plan-a; plan-a's
   * parent is plan-b when {@code cycle}, else the district plan, and plan-b's parent is plan-a when {@code
   * cycle}, else none.
   */
  private static Registry withCycle(boolean cycle) {
    Plan a =
        plan("plan-a", PlanLevel.SUBDISTRICT).parent(cycle ? PlanId.of("plan-b") : DISTRICT_PLAN).build();
    Plan b = plan("plan-b", PlanLevel.SUBDISTRICT).parent(cycle ? Optional.of(PlanId.of("plan-a")) : Optional.empty()).build();
    Plan c = plan("plan-c", PlanLevel.COMMUNITY).parent(PlanId.of("plan-a")).build();
    return with(base(), r -> r.addPlans(a, b, c));
  }

  private static Plan.Builder plan(String id, PlanLevel level) {
    return Plan.builder()
        .id(PlanId.of(id))
        .titleTh("แผน " + id)
        .level(level)
        .owner(COUNCIL_HUAI_KHRAI)
        .area(HUAI_KHRAI)
        .period(STRATEGY);
  }

  // ---- plan.level-order ---------------------------------------------------------------------

  @Test
  void test_levelOrder_communityPlanUnderACommunityPlan() {
    Registry registry = withSecondCommunityPlanUnder(COMMUNITY_PLAN);
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.PLAN_LEVEL_ORDER, "/plans/5/parent",
                "Plan plan-570908-2 (community plan) has parent plan-570908-1 (community plan), which is not above it"));
  }

  @Test
  void test_levelOrder_parentMaySkipALevel() {
    assertThat(validate(withSecondCommunityPlanUnder(DISTRICT_PLAN)).violations()).isEmpty();
  }

  private static Registry withSecondCommunityPlanUnder(PlanId parent) {
    Plan second =
        Plan.builder()
            .id(PlanId.of("plan-570908-2"))
            .titleTh("แผนชุมชนกลุ่มออมทรัพย์บ้านด้าย")
            .level(PlanLevel.COMMUNITY)
            .owner(COUNCIL_BAN_DAI)
            .community(community("570908", 2))
            .area(BAN_DAI)
            .period(FiscalYearRange.parse("2561-2562"))
            .parent(parent)
            .build();
    return with(base(), r -> r.addPlan(second));
  }

  // ---- plan.area-outside-parent -------------------------------------------------------------

  @Test
  void test_areaOutsideParent_subdistrictOfAnotherDistrict() {
    Registry registry = withPlan(base(), HUAI_KHRAI_PLAN, p -> p.area(WIANG));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.PLAN_AREA_OUTSIDE_PARENT, "/plans/2/area",
                "The area 570101 of plan plan-570902 is not inside the area 5709 of its parent plan-5709"),
            error(Rules.PLAN_OWNER_AREA_MISMATCH, "/plans/2/area",
                "The area 570101 of plan plan-570902 is not within the area of its owner, council council-570902"));
  }

  @Test
  void test_areaOutsideParent_anySubdistrictOfTheDistrictIsFine() {
    Registry registry = withPlan(base(), HUAI_KHRAI_PLAN, p -> p.area(PONG_NGAM));
    assertThat(validate(registry).violations(Rules.PLAN_AREA_OUTSIDE_PARENT)).isEmpty();
  }

  // ---- plan.period-outside-parent -----------------------------------------------------------

  @Test
  void test_periodOutsideParent_oneYearTooLate() {
    Registry registry = withPlan(base(), HUAI_KHRAI_PLAN, p -> p.period(FiscalYearRange.parse("2561-2565")));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.PLAN_PERIOD_OUTSIDE_PARENT, "/plans/2/period",
                "The fiscal years 2561-2565 of plan plan-570902 are not inside the fiscal years 2561-2564 of its "
                    + "parent plan-5709"));
  }

  @Test
  void test_periodOutsideParent_oneYearTooEarly() {
    Registry registry = withPlan(base(), HUAI_KHRAI_PLAN, p -> p.period(FiscalYearRange.parse("2560-2564")));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.PLAN_PERIOD_OUTSIDE_PARENT, "/plans/2/period",
                "The fiscal years 2560-2564 of plan plan-570902 are not inside the fiscal years 2561-2564 of its "
                    + "parent plan-5709"));
  }

  @Test
  void test_periodOutsideParent_sharingTheParentsFirstOrLastYearIsFine() {
    assertThat(validate(withPlan(base(), HUAI_KHRAI_PLAN, p -> p.period(FiscalYearRange.parse("2564")))).violations())
        .isEmpty();
    assertThat(validate(withPlan(base(), HUAI_KHRAI_PLAN, p -> p.period(FiscalYearRange.parse("2561")))).violations())
        .isEmpty();
  }

  // ---- plan.owner-level-mismatch ------------------------------------------------------------

  @Test
  void test_ownerLevelMismatch_subdistrictPlanOfADistrictNetwork() {
    Registry registry = withPlan(base(), HUAI_KHRAI_PLAN, p -> p.owner(DISTRICT_NETWORK));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.PLAN_OWNER_LEVEL_MISMATCH, "/plans/2/owner",
                "Plan plan-570902 is a sub-district plan but its owner network-5709 is a district network"));
  }

  @Test
  void test_ownerLevelMismatch_communityPlanOfALocalGovernment() {
    Registry registry = withPlan(base(), COMMUNITY_PLAN, p -> p.owner(LG_MAE_SAI));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.PLAN_OWNER_LEVEL_MISMATCH, "/plans/4/owner",
                "Plan plan-570908-1 is a community plan but its owner lg-570901 is an organization "
                    + "(local government of district 5709)"));
  }

  @Test
  void test_ownerLevelMismatch_districtPlanOfACouncil() {
    Registry registry = withPlan(base(), DISTRICT_PLAN, p -> p.owner(COUNCIL_BAN_DAI));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.PLAN_OWNER_LEVEL_MISMATCH, "/plans/0/owner",
                "Plan plan-5709 is a district plan but its owner council-570908 is a council"));
  }

  @Test
  void test_ownerLevelMismatch_subdistrictPlanOfALocalGovernmentIsFine() {
    Registry registry = withPlan(base(), HUAI_KHRAI_PLAN, p -> p.owner(LG_MAE_SAI));
    assertThat(validate(registry).violations()).isEmpty();
  }

  // ---- plan.children-over-budget ------------------------------------------------------------

  @Test
  void test_childrenOverBudget_oneSatangOver() {
    Registry registry = withPlan(base(), HUAI_KHRAI_PLAN, p -> p.budget(Baht.ofSatang(30_000_001)));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.PLAN_CHILDREN_OVER_BUDGET, "/plans/0/budget",
                "The child plans of plan plan-5709 budget 1000000.01 baht in all, more than its budget of 1000000.00 baht"));
  }

  @Test
  void test_childrenOverBudget_exactlyTheParentsBudgetIsFine() {
    assertThat(Baht.sum(List.of(
            base().plan(Fixtures.MAE_SAI_PLAN).orElseThrow().budget().orElseThrow(),
            base().plan(HUAI_KHRAI_PLAN).orElseThrow().budget().orElseThrow(),
            base().plan(BAN_DAI_PLAN).orElseThrow().budget().orElseThrow())))
        .isEqualTo(base().plan(DISTRICT_PLAN).orElseThrow().budget().orElseThrow());
    assertThat(validate(base()).violations()).isEmpty();
  }

  @Test
  void test_childrenOverBudget_parentWithoutBudgetIsNotChecked() {
    Registry registry = withPlan(base(), DISTRICT_PLAN, p -> p.budget(Optional.empty()));
    assertThat(validate(registry).violations()).isEmpty();
  }

  // ---- plan.projects-over-budget ------------------------------------------------------------

  @Test
  void test_projectsOverBudget_oneSatangOver() {
    Registry registry =
        withPlan(base(), BAN_DAI_PLAN, p -> p.addProject(project("project-570908-welfare", Baht.ofSatang(2_000_001))));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.PLAN_PROJECTS_OVER_BUDGET, "/plans/3/projects",
                "The projects of plan plan-570908 add up to 400000.01 baht, more than its budget of 400000.00 baht"));
  }

  @Test
  void test_projectsOverBudget_exactlyTheBudgetIsFine() {
    Registry registry =
        withPlan(base(), BAN_DAI_PLAN, p -> p.addProject(project("project-570908-welfare", Baht.of(20_000))));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_projectsOverBudget_planWithoutBudgetIsNotChecked() {
    Registry registry =
        withPlan(base(), COMMUNITY_PLAN, p -> p.addProject(project("project-570908-1-road", Baht.of(5_000_000))));
    assertThat(validate(registry).violations()).isEmpty();
  }

  // ---- plan.integration-area-outside --------------------------------------------------------

  @Test
  void test_integrationAreaOutside_subdistrictOfAnotherDistrict() {
    Registry registry = withPlan(base(), DISTRICT_PLAN, p -> p.integrationArea(WIANG));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.PLAN_INTEGRATION_AREA_OUTSIDE, "/plans/0/integrationArea",
                "The integration area 570101 of plan plan-5709 is not a sub-district of its district 5709"));
  }

  @Test
  void test_integrationAreaOutside_anySubdistrictOfTheDistrictIsFine() {
    Registry registry = withPlan(base(), DISTRICT_PLAN, p -> p.integrationArea(PONG_NGAM));
    assertThat(validate(registry).violations()).isEmpty();
  }

  // ---- plan.project-status-progress ---------------------------------------------------------

  @Test
  void test_projectStatusProgress_completedAt99PerCent() {
    Registry registry = withHousingProject(ProjectStatus.COMPLETED, 99);
    assertThat(validate(registry).violations())
        .containsExactly(
            warning(Rules.PLAN_PROJECT_STATUS_PROGRESS, "/plans/3/projects/0/status",
                "Project project-570908-housing of plan plan-570908 is marked completed with progress 99 %"));
  }

  @Test
  void test_projectStatusProgress_completedAt100PerCentIsFine() {
    assertThat(validate(withHousingProject(ProjectStatus.COMPLETED, 100)).violations()).isEmpty();
  }

  @Test
  void test_projectStatusProgress_plannedAt1PerCent() {
    Registry registry = withHousingProject(ProjectStatus.PLANNED, 1);
    assertThat(validate(registry).violations())
        .containsExactly(
            warning(Rules.PLAN_PROJECT_STATUS_PROGRESS, "/plans/3/projects/0/status",
                "Project project-570908-housing of plan plan-570908 is marked planned with progress 1 %"));
  }

  @Test
  void test_projectStatusProgress_plannedAtNothingAndInProgressAtAnythingAreFine() {
    assertThat(validate(withHousingProject(ProjectStatus.PLANNED, 0)).violations()).isEmpty();
    assertThat(validate(withHousingProject(ProjectStatus.IN_PROGRESS, 100)).violations()).isEmpty();
    assertThat(validate(withHousingProject(ProjectStatus.CANCELLED, 40)).violations()).isEmpty();
  }

  private static Registry withHousingProject(ProjectStatus status, int progress) {
    Project housing = Project.builder().from(project("project-570908-housing", Baht.of(380_000)))
        .status(status).progress(progress).build();
    return withPlan(base(), BAN_DAI_PLAN, p -> p.projects(List.of(housing)));
  }

  // ---- plan.owner-area-mismatch -------------------------------------------------------------

  @Test
  void test_ownerAreaMismatch_subdistrictPlanOfAnotherCouncilsSubdistrict() {
    Registry registry = withPlan(base(), HUAI_KHRAI_PLAN, p -> p.owner(COUNCIL_BAN_DAI));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.PLAN_OWNER_AREA_MISMATCH, "/plans/2/area",
                "The area 570902 of plan plan-570902 is not within the area of its owner, council council-570908"));
  }

  @Test
  void test_ownerAreaMismatch_communityPlanOutsideItsCouncil() {
    Registry registry = withPlan(base(), COMMUNITY_PLAN, p -> p.area(HUAI_KHRAI));
    assertThat(validate(registry).violations(Rules.PLAN_OWNER_AREA_MISMATCH))
        .containsExactly(
            error(Rules.PLAN_OWNER_AREA_MISMATCH, "/plans/4/area",
                "The area 570902 of plan plan-570908-1 is not within the area of its owner, council council-570908"));
  }

  @Test
  void test_ownerAreaMismatch_districtPlanOwnedByAnotherDistrictsNetwork() {
    Network mueang = Network.builder()
        .id(BodyId.of("network-5701"))
        .level(NetworkLevel.DISTRICT)
        .nameTh("เครือข่ายสภาองค์กรชุมชนอำเภอเมืองเชียงราย")
        .area(DistrictCode.parse("5701"))
        .build();
    Registry registry = withPlan(with(base(), r -> r.addNetwork(mueang)), DISTRICT_PLAN, p -> p.owner(mueang.id()));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.PLAN_OWNER_AREA_MISMATCH, "/plans/0/area",
                "The area 5709 of plan plan-5709 is not the district of its owner, network network-5701 of "
                    + "district 5701"));
  }

  @Test
  void test_ownerAreaMismatch_planOfALocalGovernmentIsNotChecked() {
    Registry registry = withPlan(base(), HUAI_KHRAI_PLAN, p -> p.owner(LG_MAE_SAI));
    assertThat(validate(registry).violations(Rules.PLAN_OWNER_AREA_MISMATCH)).isEmpty();
  }

  @Test
  void test_ownerAreaMismatch_ownerOnAnUnknownCodeIsLeftToGeoUnknownCode() {
    Registry registry = Fixtures.withNetwork(base(), DISTRICT_NETWORK, n -> n.area(DistrictCode.parse("5799")));
    assertThat(validate(registry).violations(Rules.PLAN_OWNER_AREA_MISMATCH)).isEmpty();
  }
}
