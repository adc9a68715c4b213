package io.github.sapha.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.github.sapha.calendar.FiscalYear;
import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.PlanId;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.plan.Plan;
import io.github.sapha.plan.PlanLevel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The plan queries of {@link Registry}: plans, plan, planTree and planCoverage. */
class RegistryPlansTest {
  private static final LocalDate AS_OF = LocalDate.of(2017, 5, 18);
  private static final FiscalYearRange PERIOD = FiscalYearRange.of(FiscalYear.of(2561), FiscalYear.of(2564));

  private static final Council COUNCIL_570902 = council("council-570902", CouncilArea.subdistrict(SubdistrictCode.of(570902)));
  private static final Council COUNCIL_570901 = council("council-570901", CouncilArea.subdistrict(SubdistrictCode.of(570901)));
  private static final Council COUNCIL_LG =
      council("council-lg-mae-sai", CouncilArea.localGovernment(BodyId.of("lg-mae-sai"), SubdistrictCode.of(570901)));
  private static final Council COUNCIL_570903 = council("council-570903", CouncilArea.subdistrict(SubdistrictCode.of(570903)));
  /** In the neighbouring district, 5710. */
  private static final Council COUNCIL_571001 = council("council-571001", CouncilArea.subdistrict(SubdistrictCode.of(571001)));

  private static final Plan PROVINCE_PLAN = plan("plan-57", PlanLevel.PROVINCE, ProvinceCode.of(57), "network-57", null);
  /** Mae Sai's district plan, owned by the district network. */
  private static final Plan DISTRICT_PLAN =
      plan("plan-5709", PlanLevel.DISTRICT, DistrictCode.of(5709), "network-5709", "plan-57");
  private static final Plan OTHER_DISTRICT_PLAN =
      plan("plan-5710", PlanLevel.DISTRICT, DistrictCode.of(5710), "network-5710", "plan-57");
  /** council-570901's plan, a child of the district plan. */
  private static final Plan PLAN_570901 =
      plan("plan-570901", PlanLevel.SUBDISTRICT, SubdistrictCode.of(570901), "council-570901", "plan-5709");
  /** council-570902's community plan, linked below council-570901's: a grandchild of the district plan. */
  private static final Plan PLAN_570902_C1 =
      plan("plan-570902-c1", PlanLevel.COMMUNITY, SubdistrictCode.of(570902), "council-570902", "plan-570901");
  /** council-570903's plan, linked into the wrong district's plan. */
  private static final Plan PLAN_570903 =
      plan("plan-570903", PlanLevel.SUBDISTRICT, SubdistrictCode.of(570903), "council-570903", "plan-5710");
  /** council-571001's plan, linked into Mae Sai's plan although it lies in 5710. */
  private static final Plan PLAN_571001 =
      plan("plan-571001", PlanLevel.SUBDISTRICT, SubdistrictCode.of(571001), "council-571001", "plan-5709");

  /** The district plan again, owned by council-570903 rather than the network. */
  private static final Plan COUNCIL_OWNS_DISTRICT_PLAN =
      plan("plan-5709", PlanLevel.DISTRICT, DistrictCode.of(5709), "council-570903", null);

  private static final Registry REGISTRY =
      Registry.builder()
          .asOf(AS_OF)
          .addCouncils(COUNCIL_570902, COUNCIL_570901, COUNCIL_LG, COUNCIL_570903, COUNCIL_571001)
          .addPlans(
              PROVINCE_PLAN, DISTRICT_PLAN, OTHER_DISTRICT_PLAN, PLAN_570901, PLAN_570902_C1, PLAN_570903,
              PLAN_571001)
          .build();

  private static Council council(String id, CouncilArea area) {
    return Council.builder()
        .id(BodyId.of(id))
        .nameTh("สภาองค์กรชุมชน " + id)
        .area(area)
        .registration(io.github.sapha.council.Registration.of("R-" + id, LocalDate.of(2010, 1, 1)))
        .build();
  }

  private static Plan plan(String id, PlanLevel level, AreaCode area, String owner, String parent) {
    Plan.Builder plan =
        Plan.builder().id(PlanId.of(id)).titleTh("แผน " + id).level(level).owner(BodyId.of(owner)).area(area).period(PERIOD);
    if (parent != null) {
      plan.parent(PlanId.of(parent));
    }
    return plan.build();
  }

  @Test
  void test_plans_documentOrder() {
    assertThat(REGISTRY.plans())
        .containsExactly(
            PROVINCE_PLAN, DISTRICT_PLAN, OTHER_DISTRICT_PLAN, PLAN_570901, PLAN_570902_C1, PLAN_570903, PLAN_571001);
  }

  @Test
  void test_plan_byId() {
    assertThat(REGISTRY.plan(PlanId.of("plan-570901"))).contains(PLAN_570901);
    assertThat(REGISTRY.plan(PlanId.of("plan-nowhere"))).isEmpty();
  }

  @Test
  void test_plan_nullId() {
    assertThatNullPointerException().isThrownBy(() -> REGISTRY.plan(null)).withMessage("id");
  }

  @Test
  void test_planTree_ofThePlansBuiltOnce() {
    assertThat(REGISTRY.planTree().plans()).isEqualTo(REGISTRY.plans());
    assertThat(REGISTRY.planTree()).isSameAs(REGISTRY.planTree());
    assertThat(REGISTRY.planTree().roots()).containsExactly(PROVINCE_PLAN);
    assertThat(REGISTRY.planTree().descendants(DISTRICT_PLAN.id()))
        .containsExactly(PLAN_570901, PLAN_570902_C1, PLAN_571001);
  }

  @Test
  void test_builder_duplicatePlanId() {
    Plan again = plan("plan-5709", PlanLevel.DISTRICT, DistrictCode.of(5709), "network-other", null);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Registry.builder().asOf(AS_OF).addPlans(PROVINCE_PLAN, DISTRICT_PLAN, again).build())
        .withMessage("registry: duplicate id plan-5709 at /plans/2, first at /plans/1");
  }

  @Test
  void test_planCoverage_linkedAndUnlinkedCouncils() {
    PlanCoverage coverage = REGISTRY.planCoverage(DISTRICT_PLAN.id());

    // council-570902 owns a grandchild; council-570901 a child; the municipality's council owns
    // nothing; council-570903's plan hangs under the other district; council-571001 is not in 5709.
    assertThat(coverage.plan()).isEqualTo(DISTRICT_PLAN);
    assertThat(coverage.linked()).containsExactly(COUNCIL_570902, COUNCIL_570901);
    assertThat(coverage.unlinked()).containsExactly(COUNCIL_LG, COUNCIL_570903);
    assertThat(coverage.isFull()).isFalse();
    assertThat(coverage).hasToString("plan-5709: 2 of 4 councils linked");
  }

  @Test
  void test_planCoverage_countsOnlyCouncilsActiveOnTheAsOfDate() {
    // Like coverage(): a council not yet registered, or dissolved, is neither linked nor unlinked.
    Council unregistered =
        Council.builder().id(BodyId.of("c-unregistered")).nameTh("สภาองค์กรชุมชนใหม่")
            .area(CouncilArea.subdistrict(io.github.sapha.geography.SubdistrictCode.parse("570903"))).build();
    Registry registry = Registry.builder().from(REGISTRY).addCouncil(unregistered).build();
    PlanCoverage coverage = registry.planCoverage(DISTRICT_PLAN.id());
    assertThat(coverage.linked()).doesNotContain(unregistered);
    assertThat(coverage.unlinked()).doesNotContain(unregistered);
    assertThat(coverage).isEqualTo(REGISTRY.planCoverage(DISTRICT_PLAN.id()));
  }

  @Test
  void test_planCoverage_otherDistrict() {
    PlanCoverage coverage = REGISTRY.planCoverage(OTHER_DISTRICT_PLAN.id());

    // plan-570903 lies below plan-5710, but its owner is not a council of 5710.
    assertThat(coverage.linked()).isEmpty();
    assertThat(coverage.unlinked()).containsExactly(COUNCIL_571001);
    assertThat(coverage.isFull()).isFalse();
    assertThat(coverage).hasToString("plan-5710: 0 of 1 councils linked");
  }

  @Test
  void test_planCoverage_full() {
    Registry registry =
        Registry.builder()
            .asOf(AS_OF)
            .addCouncils(COUNCIL_570901, COUNCIL_LG)
            .addPlans(
                DISTRICT_PLAN, PLAN_570901,
                plan("plan-lg", PlanLevel.SUBDISTRICT, SubdistrictCode.of(570901), "council-lg-mae-sai", "plan-5709"))
            .build();

    PlanCoverage coverage = registry.planCoverage(DISTRICT_PLAN.id());

    assertThat(coverage.linked()).containsExactly(COUNCIL_570901, COUNCIL_LG);
    assertThat(coverage.unlinked()).isEmpty();
    assertThat(coverage.isFull()).isTrue();
    assertThat(coverage).hasToString("plan-5709: 2 of 2 councils linked");
  }

  @Test
  void test_planCoverage_districtWithoutCouncils() {
    Registry registry = Registry.builder().asOf(AS_OF).addCouncils(COUNCIL_570901).addPlans(OTHER_DISTRICT_PLAN).build();

    PlanCoverage coverage = registry.planCoverage(OTHER_DISTRICT_PLAN.id());

    assertThat(coverage.linked()).isEmpty();
    assertThat(coverage.unlinked()).isEmpty();
    assertThat(coverage.isFull()).isTrue();
    assertThat(coverage).hasToString("plan-5710: 0 of 0 councils linked");
  }

  @Test
  void test_planCoverage_owningTheDistrictPlanItselfIsNoLink() {
    Registry registry =
        Registry.builder()
            .asOf(AS_OF)
            .addCouncils(COUNCIL_570901, COUNCIL_570903)
            .addPlans(COUNCIL_OWNS_DISTRICT_PLAN, PLAN_570901)
            .build();

    PlanCoverage coverage = registry.planCoverage(COUNCIL_OWNS_DISTRICT_PLAN.id());

    assertThat(coverage.linked()).containsExactly(COUNCIL_570901);
    assertThat(coverage.unlinked()).containsExactly(COUNCIL_570903);
  }

  @Test
  void test_planCoverage_cycleThroughTheDistrictPlan() {
    // plan-5709 and plan-570901 name each other as parent: the cycle is broken at the smaller
    // id, plan-5709, which keeps plan-570901 below it.
    Plan districtInCycle =
        plan("plan-5709", PlanLevel.DISTRICT, DistrictCode.of(5709), "network-5709", "plan-570901");
    Registry registry =
        Registry.builder()
            .asOf(AS_OF)
            .addCouncils(COUNCIL_570901, COUNCIL_570902)
            .addPlans(districtInCycle, PLAN_570901)
            .build();

    PlanCoverage coverage = registry.planCoverage(districtInCycle.id());

    assertThat(coverage.linked()).containsExactly(COUNCIL_570901);
    assertThat(coverage.unlinked()).containsExactly(COUNCIL_570902);
  }

  @Test
  void test_planCoverage_unknownPlan() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> REGISTRY.planCoverage(PlanId.of("plan-nowhere")))
        .withMessage("The registry has no plan plan-nowhere");
  }

  @Test
  void test_planCoverage_notADistrictPlan() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> REGISTRY.planCoverage(PLAN_570901.id()))
        .withMessage("Plan plan-570901 is a sub-district plan, not a district plan");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> REGISTRY.planCoverage(PROVINCE_PLAN.id()))
        .withMessage("Plan plan-57 is a provincial plan, not a district plan");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> REGISTRY.planCoverage(PLAN_570902_C1.id()))
        .withMessage("Plan plan-570902-c1 is a community plan, not a district plan");
  }

  @Test
  void test_planCoverage_nullId() {
    assertThatNullPointerException().isThrownBy(() -> REGISTRY.planCoverage(null)).withMessage("id");
  }

  @Test
  void test_planCoverage_equals() {
    new EqualsTester()
        .addEqualityGroup(
            REGISTRY.planCoverage(DISTRICT_PLAN.id()),
            REGISTRY.planCoverage(DISTRICT_PLAN.id()),
            new PlanCoverage(
                DISTRICT_PLAN,
                ImmutableList.of(COUNCIL_570902, COUNCIL_570901),
                ImmutableList.of(COUNCIL_LG, COUNCIL_570903)))
        .addEqualityGroup(
            new PlanCoverage(
                OTHER_DISTRICT_PLAN,
                ImmutableList.of(COUNCIL_570902, COUNCIL_570901),
                ImmutableList.of(COUNCIL_LG, COUNCIL_570903)))
        .addEqualityGroup(
            new PlanCoverage(
                DISTRICT_PLAN, ImmutableList.of(COUNCIL_570902), ImmutableList.of(COUNCIL_LG, COUNCIL_570903)))
        .addEqualityGroup(
            new PlanCoverage(
                DISTRICT_PLAN, ImmutableList.of(COUNCIL_570902, COUNCIL_570901), ImmutableList.of(COUNCIL_LG)))
        .addEqualityGroup(
            new PlanCoverage(
                DISTRICT_PLAN,
                ImmutableList.of(COUNCIL_570902),
                ImmutableList.of(COUNCIL_570901, COUNCIL_LG, COUNCIL_570903)))
        .addEqualityGroup(
            new PlanCoverage(
                DISTRICT_PLAN,
                ImmutableList.of(COUNCIL_570901, COUNCIL_570902),
                ImmutableList.of(COUNCIL_LG, COUNCIL_570903)))
        .testEquals();
  }
}
