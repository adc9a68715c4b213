package io.github.sapha.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import io.github.sapha.calendar.FiscalYear;
import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.ProjectId;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.money.Baht;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanTest {
  private static final PlanId PLAN_ID = PlanId.of("plan-5709");
  private static final BodyId NETWORK_5709 = BodyId.of("network-5709");
  private static final FiscalYearRange PERIOD = FiscalYearRange.of(FiscalYear.of(2561), FiscalYear.of(2564));
  private static final ProvinceCode CHIANG_RAI = ProvinceCode.of(57);
  private static final DistrictCode MAE_SAI = DistrictCode.of(5709);
  private static final SubdistrictCode BAN_DAI = SubdistrictCode.of(570908);
  private static final Project HOUSING =
      Project.builder().id(ProjectId.of("housing-570908")).titleTh("บ้านพอเพียงชนบท").budget(Baht.of(380_000)).build();
  private static final Project ROADS =
      Project.builder().id(ProjectId.of("roads-570908")).titleTh("ถนน").budget(Baht.of(120_000)).build();

  /** The Mae Sai district plan with the required attributes only. */
  private static Plan.Builder districtPlan() {
    return Plan.builder()
        .id(PLAN_ID)
        .titleTh("แผนพัฒนาอำเภอแม่สาย")
        .level(PlanLevel.DISTRICT)
        .owner(NETWORK_5709)
        .area(MAE_SAI)
        .period(PERIOD);
  }

  private static Plan.Builder planAt(PlanLevel level, Optional<AreaCode> area) {
    return districtPlan().level(level).area(area);
  }

  @Test
  void test_builder_defaults() {
    Plan plan = districtPlan().build();

    assertThat(plan.id()).isEqualTo(PLAN_ID);
    assertThat(plan.titleEn()).isEmpty();
    assertThat(plan.level()).isEqualTo(PlanLevel.DISTRICT);
    assertThat(plan.owner()).isEqualTo(NETWORK_5709);
    assertThat(plan.community()).isEmpty();
    assertThat(plan.area()).contains(MAE_SAI);
    assertThat(plan.localGovernment()).isEmpty();
    assertThat(plan.period()).isEqualTo(PERIOD);
    assertThat(plan.themes()).isEmpty();
    assertThat(plan.goals()).isEmpty();
    assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(plan.budget()).isEmpty();
    assertThat(plan.parent()).isEmpty();
    assertThat(plan.alignsWith()).isEmpty();
    assertThat(plan.integrationArea()).isEmpty();
    assertThat(plan.projects()).isEmpty();
    assertThat(plan.projectsBudget()).isEqualTo(Baht.ZERO);
  }

  @Test
  void test_builder_allAttributes() {
    Plan plan =
        districtPlan()
            .titleEn("Mae Sai district strategy")
            .addThemes(Theme.NATURAL_RESOURCES_AND_ENVIRONMENT, Theme.ECONOMY)
            .addGoals("เศรษฐกิจพอเพียง", "สังคมเข้มแข็ง")
            .status(PlanStatus.ADOPTED)
            .budget(Baht.of(1_000_000))
            .parent(PlanId.of("plan-57"))
            .addAlignsWith(PlanId.of("plan-national"))
            .integrationArea(BAN_DAI)
            .addProjects(HOUSING, ROADS)
            .build();

    assertThat(plan.titleEn()).contains("Mae Sai district strategy");
    assertThat(plan.themes()).containsExactly(Theme.ECONOMY, Theme.NATURAL_RESOURCES_AND_ENVIRONMENT);
    assertThat(plan.goals()).containsExactly("เศรษฐกิจพอเพียง", "สังคมเข้มแข็ง");
    assertThat(plan.status()).isEqualTo(PlanStatus.ADOPTED);
    assertThat(plan.budget()).contains(Baht.of(1_000_000));
    assertThat(plan.parent()).contains(PlanId.of("plan-57"));
    assertThat(plan.alignsWith()).containsExactly(PlanId.of("plan-national"));
    assertThat(plan.integrationArea()).contains(BAN_DAI);
    assertThat(plan.projects()).containsExactly(HOUSING, ROADS);
  }

  @Test
  void test_projectsBudget_sumsTheProjects() {
    // The plan's own budget is not part of it.
    Plan plan = districtPlan().budget(Baht.of(7)).addProjects(HOUSING, ROADS).build();

    assertThat(plan.projectsBudget()).isEqualTo(Baht.of(500_000));
  }

  static Stream<Arguments> fittingAreas() {
    return Stream.of(
        Arguments.of(PlanLevel.COMMUNITY, Optional.of(BAN_DAI)),
        Arguments.of(PlanLevel.SUBDISTRICT, Optional.of(BAN_DAI)),
        Arguments.of(PlanLevel.DISTRICT, Optional.of(MAE_SAI)),
        Arguments.of(PlanLevel.PROVINCE, Optional.of(CHIANG_RAI)),
        Arguments.of(PlanLevel.NATIONAL, Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("fittingAreas")
  void test_builder_areaFitsLevel(PlanLevel level, Optional<AreaCode> area) {
    Plan plan = planAt(level, area).build();

    assertThat(plan.level()).isEqualTo(level);
    assertThat(plan.area()).isEqualTo(area);
  }

  static Stream<Arguments> misfittingAreas() {
    return Stream.of(
        Arguments.of(PlanLevel.COMMUNITY, Optional.of(MAE_SAI),
            "plan plan-5709: area 5709 must be a sub-district code for a community plan"),
        Arguments.of(PlanLevel.COMMUNITY, Optional.empty(),
            "plan plan-5709: area (none) must be a sub-district code for a community plan"),
        Arguments.of(PlanLevel.SUBDISTRICT, Optional.of(CHIANG_RAI),
            "plan plan-5709: area 57 must be a sub-district code for a sub-district plan"),
        Arguments.of(PlanLevel.SUBDISTRICT, Optional.empty(),
            "plan plan-5709: area (none) must be a sub-district code for a sub-district plan"),
        Arguments.of(PlanLevel.DISTRICT, Optional.of(BAN_DAI),
            "plan plan-5709: area 570908 must be a district code for a district plan"),
        Arguments.of(PlanLevel.DISTRICT, Optional.empty(),
            "plan plan-5709: area (none) must be a district code for a district plan"),
        Arguments.of(PlanLevel.PROVINCE, Optional.of(MAE_SAI),
            "plan plan-5709: area 5709 must be a province code for a provincial plan"),
        Arguments.of(PlanLevel.PROVINCE, Optional.empty(),
            "plan plan-5709: area (none) must be a province code for a provincial plan"),
        Arguments.of(PlanLevel.NATIONAL, Optional.of(CHIANG_RAI),
            "plan plan-5709: area 57 must be empty for a national plan"));
  }

  @ParameterizedTest
  @MethodSource("misfittingAreas")
  void test_builder_areaMisfitsLevel(PlanLevel level, Optional<AreaCode> area, String message) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> planAt(level, area).build())
        .withMessage(message);
  }

  @Test
  void test_builder_zeroBudget() {
    assertThat(districtPlan().budget(Baht.ZERO).build().budget()).contains(Baht.ZERO);
  }

  @Test
  void test_builder_negativeBudget() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> districtPlan().budget(Baht.of(-1)).build())
        .withMessage("plan plan-5709 budget must not be negative: -1.00");
  }

  @Test
  void test_builder_integrationAreaOnNonDistrictPlan() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> planAt(PlanLevel.SUBDISTRICT, Optional.of(BAN_DAI)).integrationArea(BAN_DAI).build())
        .withMessage("plan plan-5709: only a district plan names an integration area, not a sub-district plan");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> planAt(PlanLevel.PROVINCE, Optional.of(CHIANG_RAI)).integrationArea(BAN_DAI).build())
        .withMessage("plan plan-5709: only a district plan names an integration area, not a provincial plan");
  }

  @Test
  void test_builder_communityOnCommunityPlan() {
    Plan plan = planAt(PlanLevel.COMMUNITY, Optional.of(BAN_DAI)).community(CommunityId.of("community-1")).build();

    assertThat(plan.community()).contains(CommunityId.of("community-1"));
  }

  @Test
  void test_builder_communityOnNonCommunityPlan() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> districtPlan().community(CommunityId.of("community-1")).build())
        .withMessage("plan plan-5709: only a community plan names a community, not a district plan");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> planAt(PlanLevel.SUBDISTRICT, Optional.of(BAN_DAI)).community(CommunityId.of("community-1")).build())
        .withMessage("plan plan-5709: only a community plan names a community, not a sub-district plan");
  }

  @Test
  void test_builder_ownParent() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> districtPlan().parent(PLAN_ID).build())
        .withMessage("plan plan-5709: a plan cannot be its own parent");
  }

  @Test
  void test_builder_duplicateProjectIds() {
    Project housingAgain =
        Project.builder().id(HOUSING.id()).titleTh("บ้านพอเพียงชนบท ระยะ 2").budget(Baht.of(1)).build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> districtPlan().addProjects(HOUSING, ROADS, housingAgain).build())
        .withMessage("plan plan-5709: duplicate project id housing-570908 at /projects/2, first at /projects/0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n"})
  void test_builder_blankTitleTh(String title) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> districtPlan().titleTh(title).build())
        .withMessage("plan plan-5709: titleTh must not be blank");
  }

  @Test
  void test_builder_blankTitleEn() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> districtPlan().titleEn("").build())
        .withMessage("plan plan-5709: titleEn must not be blank");
  }

  @Test
  void test_builder_paddedTitleEn() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> districtPlan().titleEn("Mae Sai ").build())
        .withMessage("plan plan-5709: titleEn \"Mae Sai \" has leading or trailing white space");
  }

  @Test
  void test_builder_blankGoal() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> districtPlan().addGoals("เศรษฐกิจพอเพียง", " ").build())
        .withMessage("plan plan-5709: /goals/1 must not be blank");
  }

  @Test
  void test_builder_paddedGoal() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> districtPlan().addGoal(" สังคม").build())
        .withMessage("plan plan-5709: /goals/0 \" สังคม\" has leading or trailing white space");
  }

  @Test
  void test_builder_missingRequiredFields_namedWithThePlan() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Plan.builder().build())
        .withMessage("plan: id, titleTh, level, owner and period must be set");
    assertThatIllegalStateException()
        .isThrownBy(() -> Plan.builder().id(PLAN_ID).titleTh("แผน").level(PlanLevel.NATIONAL).build())
        .withMessage("plan plan-5709: owner and period must be set");
  }

  @Test
  void test_toString() {
    assertThat(districtPlan().build()).hasToString("Plan[plan-5709 district plan 5709 2561-2564]");
    assertThat(planAt(PlanLevel.NATIONAL, Optional.empty()).build())
        .hasToString("Plan[plan-5709 national plan 2561-2564]");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(districtPlan().build(), districtPlan().build())
        .addEqualityGroup(districtPlan().id(PlanId.of("plan-5710")).build())
        .addEqualityGroup(districtPlan().titleTh("แผนอำเภอ").build())
        .addEqualityGroup(districtPlan().titleEn("Mae Sai").build())
        .addEqualityGroup(planAt(PlanLevel.SUBDISTRICT, Optional.of(BAN_DAI)).build())
        .addEqualityGroup(districtPlan().owner(BodyId.of("council-570908")).build())
        .addEqualityGroup(districtPlan().area(DistrictCode.of(5710)).build())
        .addEqualityGroup(districtPlan().localGovernment(BodyId.of("lg-mae-sai")).build())
        .addEqualityGroup(districtPlan().period(FiscalYearRange.of(FiscalYear.of(2561))).build())
        .addEqualityGroup(districtPlan().addTheme(Theme.ECONOMY).build())
        .addEqualityGroup(districtPlan().addGoal("เศรษฐกิจพอเพียง").build())
        .addEqualityGroup(districtPlan().status(PlanStatus.ADOPTED).build())
        .addEqualityGroup(districtPlan().budget(Baht.ZERO).build())
        .addEqualityGroup(districtPlan().parent(PlanId.of("plan-57")).build())
        .addEqualityGroup(districtPlan().addAlignsWith(PlanId.of("plan-57")).build())
        .addEqualityGroup(districtPlan().integrationArea(BAN_DAI).build())
        .addEqualityGroup(districtPlan().addProject(HOUSING).build())
        .addEqualityGroup(districtPlan().addProjects(HOUSING, ROADS).build())
        .addEqualityGroup(districtPlan().addProjects(ROADS, HOUSING).build())
        .testEquals();
  }
}
