package io.github.sapha.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.entry;

import com.google.common.collect.Collections2;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import io.github.sapha.calendar.FiscalYear;
import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.ProjectId;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.money.Baht;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanTreeTest {
  private static final FiscalYearRange PERIOD = FiscalYearRange.of(FiscalYear.of(2561), FiscalYear.of(2564));
  private static final PlanId NOWHERE = PlanId.of("plan-nowhere");

  // ---- the fixture: a province's tree, a national plan, and a plan whose parent is missing ----

  /** 1,000,000 baht at 10%, all provincial, no themes of its own. */
  private static final Project PROV_1 =
      project("prov-1", 1_000_000, 10).addFunding(funding(FundingSource.PROVINCIAL, 1_000_000)).build();
  /** 500,000 baht at 40%: CODI 300,000, local government 200,000; housing. */
  private static final Project DIST_1 =
      project("dist-1", 500_000, 40)
          .addFunding(funding(FundingSource.CODI, 300_000))
          .addFunding(funding(FundingSource.LOCAL_GOVERNMENT, 200_000))
          .addTheme(Theme.HOUSING)
          .build();
  /** 100,000 baht at 100%, no funding lines; welfare and health. */
  private static final Project SUB_1 =
      project("sub-1", 100_000, 100).addThemes(Theme.WELFARE, Theme.HEALTH).build();
  /** 20,000 baht at 50%, the community's own funds, no themes of its own. */
  private static final Project COM_1 =
      project("com-1", 20_000, 50).addFunding(funding(FundingSource.COMMUNITY, 20_000)).build();
  /** 0 baht at 80%, no themes anywhere. */
  private static final Project DIST2_1 = project("dist2-1", 0, 80).build();
  /** 2,000,000 baht at 5%, all central agency, no themes of its own. */
  private static final Project NAT_1 =
      project("nat-1", 2_000_000, 5).addFunding(funding(FundingSource.CENTRAL_AGENCY, 2_000_000)).build();
  /** 30,000 baht at 20%, no funding lines; housing. */
  private static final Project ORPHAN_1 = project("orphan-1", 30_000, 20).addTheme(Theme.HOUSING).build();

  private static final Plan COMMUNITY_PLAN =
      plan("plan-570901-c1", PlanLevel.COMMUNITY, SubdistrictCode.of(570901))
          .parent(PlanId.of("plan-570901"))
          .addTheme(Theme.AGRICULTURE)
          .addProject(COM_1)
          .build();
  private static final Plan PROVINCE_PLAN =
      plan("plan-57", PlanLevel.PROVINCE, ProvinceCode.of(57))
          .addTheme(Theme.ECONOMY)
          .addAlignsWith(PlanId.of("plan-th"))
          .addProject(PROV_1)
          .build();
  private static final Plan DISTRICT_PLAN =
      plan("plan-5709", PlanLevel.DISTRICT, DistrictCode.of(5709))
          .parent(PROVINCE_PLAN.id())
          .addThemes(Theme.HOUSING, Theme.CULTURE)
          .addProject(DIST_1)
          .build();
  private static final Plan SUBDISTRICT_B =
      plan("plan-570902", PlanLevel.SUBDISTRICT, SubdistrictCode.of(570902)).parent(DISTRICT_PLAN.id()).build();
  private static final Plan SUBDISTRICT_A =
      plan("plan-570901", PlanLevel.SUBDISTRICT, SubdistrictCode.of(570901))
          .parent(DISTRICT_PLAN.id())
          .addTheme(Theme.WELFARE)
          .addProject(SUB_1)
          .build();
  private static final Plan OTHER_DISTRICT =
      plan("plan-5710", PlanLevel.DISTRICT, DistrictCode.of(5710)).parent(PROVINCE_PLAN.id()).addProject(DIST2_1).build();
  private static final Plan NATIONAL_PLAN =
      plan("plan-th", PlanLevel.NATIONAL, null).addThemes(Theme.SOCIETY, Theme.ECONOMY).addProject(NAT_1).build();
  private static final Plan ORPHAN =
      plan("plan-570903", PlanLevel.SUBDISTRICT, SubdistrictCode.of(570903))
          .parent(PlanId.of("plan-gone"))
          .addProject(ORPHAN_1)
          .build();

  /**
   * In document order, with a child before its parent and the sub-districts
   * out of id order:
   *
   * <pre>
   * plan-57               PROV_1
   *   plan-5709           DIST_1
   *     plan-570902       (no projects)
   *     plan-570901       SUB_1
   *       plan-570901-c1  COM_1
   *   plan-5710           DIST2_1
   * plan-th               NAT_1
   * plan-570903           ORPHAN_1 (parent plan-gone is missing)
   * </pre>
   */
  private static final List<Plan> PLANS =
      List.of(COMMUNITY_PLAN, PROVINCE_PLAN, DISTRICT_PLAN, SUBDISTRICT_B, SUBDISTRICT_A, OTHER_DISTRICT,
          NATIONAL_PLAN, ORPHAN);
  private static final PlanTree TREE = PlanTree.of(PLANS);

  private static Plan.Builder plan(String id, PlanLevel level, AreaCode area) {
    return Plan.builder()
        .id(PlanId.of(id))
        .titleTh("แผน " + id)
        .level(level)
        .owner(BodyId.of("owner-" + id))
        .area(Optional.ofNullable(area))
        .period(PERIOD);
  }

  private static Project.Builder project(String id, long baht, int progress) {
    return Project.builder().id(ProjectId.of(id)).titleTh("โครงการ " + id).budget(Baht.of(baht)).progress(progress);
  }

  private static Funding funding(FundingSource source, long baht) {
    return Funding.of(source, Baht.of(baht));
  }

  /** A national plan with an optional parent and one project of {@code baht} at {@code progress}. */
  private static Plan linked(String id, String parent, long baht, int progress) {
    return plan(id, PlanLevel.NATIONAL, null)
        .parent(Optional.ofNullable(parent).map(PlanId::of))
        .addProject(project("p", baht, progress).build())
        .build();
  }

  private static void assertRollUp(RollUp rollUp, int projects, long baht, String progress) {
    assertThat(rollUp.projects()).as("projects").isEqualTo(projects);
    assertThat(rollUp.budget()).as("budget").isEqualTo(Baht.of(baht));
    assertThat(rollUp.progress()).as("progress").isEqualTo(Optional.ofNullable(progress).map(BigDecimal::new));
  }

  private static List<String> ids(List<Plan> plans) {
    return plans.stream().map(p -> p.id().value()).toList();
  }

  // ---- navigation -------------------------------------------------------------------------------

  @Test
  void test_plans_documentOrder() {
    assertThat(TREE.plans()).containsExactlyElementsOf(PLANS);
  }

  @Test
  void test_plan_byId() {
    assertThat(TREE.plan(SUBDISTRICT_A.id())).contains(SUBDISTRICT_A);
    assertThat(TREE.plan(PlanId.of("plan-gone"))).isEmpty();
  }

  @Test
  void test_roots_documentOrder() {
    assertThat(TREE.roots()).containsExactly(PROVINCE_PLAN, NATIONAL_PLAN, ORPHAN);
  }

  @Test
  void test_children_documentOrder() {
    assertThat(TREE.children(PROVINCE_PLAN.id())).containsExactly(DISTRICT_PLAN, OTHER_DISTRICT);
    assertThat(TREE.children(DISTRICT_PLAN.id())).containsExactly(SUBDISTRICT_B, SUBDISTRICT_A);
    assertThat(TREE.children(SUBDISTRICT_A.id())).containsExactly(COMMUNITY_PLAN);
    assertThat(TREE.children(COMMUNITY_PLAN.id())).isEmpty();
  }

  @Test
  void test_children_alignsWithIsNoLink() {
    assertThat(TREE.children(NATIONAL_PLAN.id())).isEmpty();
    assertThat(TREE.parent(PROVINCE_PLAN.id())).isEmpty();
  }

  @Test
  void test_parent() {
    assertThat(TREE.parent(COMMUNITY_PLAN.id())).contains(SUBDISTRICT_A);
    assertThat(TREE.parent(SUBDISTRICT_B.id())).contains(DISTRICT_PLAN);
    assertThat(TREE.parent(DISTRICT_PLAN.id())).contains(PROVINCE_PLAN);
    assertThat(TREE.parent(PROVINCE_PLAN.id())).isEmpty();
    assertThat(TREE.parent(NATIONAL_PLAN.id())).isEmpty();
  }

  @Test
  void test_ancestors_nearestFirst() {
    assertThat(TREE.ancestors(COMMUNITY_PLAN.id())).containsExactly(SUBDISTRICT_A, DISTRICT_PLAN, PROVINCE_PLAN);
    assertThat(TREE.ancestors(OTHER_DISTRICT.id())).containsExactly(PROVINCE_PLAN);
    assertThat(TREE.ancestors(PROVINCE_PLAN.id())).isEmpty();
  }

  @Test
  void test_root() {
    assertThat(TREE.root(COMMUNITY_PLAN.id())).isEqualTo(PROVINCE_PLAN);
    assertThat(TREE.root(OTHER_DISTRICT.id())).isEqualTo(PROVINCE_PLAN);
    assertThat(TREE.root(PROVINCE_PLAN.id())).isEqualTo(PROVINCE_PLAN);
    assertThat(TREE.root(NATIONAL_PLAN.id())).isEqualTo(NATIONAL_PLAN);
  }

  @Test
  void test_descendants_preOrderInDocumentOrder() {
    assertThat(TREE.descendants(PROVINCE_PLAN.id()))
        .containsExactly(DISTRICT_PLAN, SUBDISTRICT_B, SUBDISTRICT_A, COMMUNITY_PLAN, OTHER_DISTRICT);
    assertThat(TREE.descendants(DISTRICT_PLAN.id())).containsExactly(SUBDISTRICT_B, SUBDISTRICT_A, COMMUNITY_PLAN);
    assertThat(TREE.descendants(COMMUNITY_PLAN.id())).isEmpty();
    assertThat(TREE.descendants(NATIONAL_PLAN.id())).isEmpty();
  }

  @Test
  void test_of_missingParentMakesRoot() {
    assertThat(TREE.parent(ORPHAN.id())).isEmpty();
    assertThat(TREE.root(ORPHAN.id())).isEqualTo(ORPHAN);
    assertThat(TREE.ancestors(ORPHAN.id())).isEmpty();
    assertThat(TREE.descendants(ORPHAN.id())).isEmpty();
    assertRollUp(TREE.rollUp(ORPHAN.id()), 1, 30_000, "20.00");
  }

  @Test
  void test_of_emptyTree() {
    PlanTree empty = PlanTree.of(List.of());

    assertThat(empty.plans()).isEmpty();
    assertThat(empty.roots()).isEmpty();
    assertThat(empty.rollUpByLevel()).isEmpty();
    assertThat(empty.rollUpByTheme()).isEmpty();
    assertThat(empty.rollUpWithin(ProvinceCode.of(57))).isEqualTo(RollUp.EMPTY);
    assertThat(empty).hasToString("PlanTree[0 plans, 0 roots]");
  }

  @Test
  void test_of_duplicatePlanId() {
    Plan again = plan("plan-5709", PlanLevel.DISTRICT, DistrictCode.of(5709)).titleTh("ซ้ำ").build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> PlanTree.of(List.of(PROVINCE_PLAN, DISTRICT_PLAN, again)))
        .withMessage("Duplicate plan id plan-5709");
  }

  @Test
  void test_of_null() {
    assertThatNullPointerException().isThrownBy(() -> PlanTree.of(null));
  }

  static Stream<Function<PlanTree, Object>> lookups() {
    return Stream.of(
        tree -> tree.parent(NOWHERE),
        tree -> tree.children(NOWHERE),
        tree -> tree.ancestors(NOWHERE),
        tree -> tree.root(NOWHERE),
        tree -> tree.descendants(NOWHERE),
        tree -> tree.rollUp(NOWHERE));
  }

  @ParameterizedTest
  @MethodSource("lookups")
  void test_lookups_unknownPlan(Function<PlanTree, Object> lookup) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> lookup.apply(TREE))
        .withMessage("The plan tree has no plan plan-nowhere");
  }

  @Test
  void test_lookups_nullId() {
    assertThatNullPointerException().isThrownBy(() -> TREE.plan(null)).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> TREE.parent(null)).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> TREE.descendants(null)).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> TREE.rollUp(null)).withMessage("id");
  }

  @Test
  void test_toString() {
    assertThat(TREE).hasToString("PlanTree[8 plans, 3 roots]");
  }

  // ---- roll-ups ---------------------------------------------------------------------------------

  @Test
  void test_rollUp_leaf() {
    RollUp community = TREE.rollUp(COMMUNITY_PLAN.id());

    assertRollUp(community, 1, 20_000, "50.00");
    assertThat(community.bySource()).containsExactly(entry(FundingSource.COMMUNITY, Baht.of(20_000)));
    assertThat(community.unattributed()).isEqualTo(Baht.ZERO);
  }

  @Test
  void test_rollUp_ownAndDescendantsProjects() {
    // (100,000 × 100 + 20,000 × 50) / 120,000 = 91.666…
    RollUp subdistrict = TREE.rollUp(SUBDISTRICT_A.id());
    assertRollUp(subdistrict, 2, 120_000, "91.67");
    assertThat(subdistrict.bySource()).containsExactly(entry(FundingSource.COMMUNITY, Baht.of(20_000)));
    assertThat(subdistrict.unattributed()).isEqualTo(Baht.of(100_000));

    // (500,000 × 40 + 100,000 × 100 + 20,000 × 50) / 620,000 = 31,000,000 / 620,000 = 50
    RollUp district = TREE.rollUp(DISTRICT_PLAN.id());
    assertRollUp(district, 3, 620_000, "50.00");
    assertThat(district.bySource())
        .containsExactly(
            entry(FundingSource.CODI, Baht.of(300_000)),
            entry(FundingSource.LOCAL_GOVERNMENT, Baht.of(200_000)),
            entry(FundingSource.COMMUNITY, Baht.of(20_000)));
    assertThat(district.unattributed()).isEqualTo(Baht.of(100_000));
  }

  @Test
  void test_rollUp_root() {
    // (31,000,000 + 1,000,000 × 10 + 0 × 80) / 1,620,000 = 25.308…; the 0-baht project has no weight
    RollUp province = TREE.rollUp(PROVINCE_PLAN.id());

    assertRollUp(province, 5, 1_620_000, "25.31");
    assertThat(province.bySource())
        .containsExactly(
            entry(FundingSource.CODI, Baht.of(300_000)),
            entry(FundingSource.LOCAL_GOVERNMENT, Baht.of(200_000)),
            entry(FundingSource.PROVINCIAL, Baht.of(1_000_000)),
            entry(FundingSource.COMMUNITY, Baht.of(20_000)));
    assertThat(province.budget(FundingSource.CENTRAL_AGENCY)).isEqualTo(Baht.ZERO);
    assertThat(province.unattributed()).isEqualTo(Baht.of(100_000));
  }

  @Test
  void test_rollUp_zeroBudgetIsPlainMean() {
    RollUp otherDistrict = TREE.rollUp(OTHER_DISTRICT.id());

    assertRollUp(otherDistrict, 1, 0, "80.00");
    assertThat(otherDistrict.unattributed()).isEqualTo(Baht.ZERO);
  }

  @Test
  void test_rollUp_noProjectsHasNoProgress() {
    assertThat(TREE.rollUp(SUBDISTRICT_B.id())).isEqualTo(RollUp.EMPTY);
    assertRollUp(TREE.rollUp(SUBDISTRICT_B.id()), 0, 0, null);
  }

  @Test
  void test_rollUpByLevel_ownProjectsOnly() {
    var byLevel = TREE.rollUpByLevel();

    assertThat(byLevel.keySet())
        .containsExactly(PlanLevel.COMMUNITY, PlanLevel.SUBDISTRICT, PlanLevel.DISTRICT, PlanLevel.PROVINCE,
            PlanLevel.NATIONAL);
    assertRollUp(byLevel.get(PlanLevel.COMMUNITY), 1, 20_000, "50.00");
    // sub-1 and orphan-1: (100,000 × 100 + 30,000 × 20) / 130,000 = 81.538…
    assertRollUp(byLevel.get(PlanLevel.SUBDISTRICT), 2, 130_000, "81.54");
    assertThat(byLevel.get(PlanLevel.SUBDISTRICT).unattributed()).isEqualTo(Baht.of(130_000));
    // dist-1 and the 0-baht dist2-1
    assertRollUp(byLevel.get(PlanLevel.DISTRICT), 2, 500_000, "40.00");
    assertRollUp(byLevel.get(PlanLevel.PROVINCE), 1, 1_000_000, "10.00");
    assertRollUp(byLevel.get(PlanLevel.NATIONAL), 1, 2_000_000, "5.00");
  }

  @Test
  void test_rollUpByLevel_levelWithPlansButNoProjects() {
    assertThat(PlanTree.of(List.of(SUBDISTRICT_B)).rollUpByLevel())
        .containsExactly(entry(PlanLevel.SUBDISTRICT, RollUp.EMPTY));
  }

  @Test
  void test_rollUpByTheme() {
    var byTheme = TREE.rollUpByTheme();

    // CULTURE is only a plan theme, and its plan's one project names its own theme;
    // dist2-1 has no theme and neither has its plan.
    assertThat(byTheme.keySet())
        .containsExactly(Theme.ECONOMY, Theme.SOCIETY, Theme.HOUSING, Theme.WELFARE, Theme.HEALTH, Theme.AGRICULTURE);
    // prov-1 and nat-1 by their plans' themes: (1,000,000 × 10 + 2,000,000 × 5) / 3,000,000 = 6.666…
    assertRollUp(byTheme.get(Theme.ECONOMY), 2, 3_000_000, "6.67");
    assertThat(byTheme.get(Theme.ECONOMY).bySource())
        .containsExactly(
            entry(FundingSource.PROVINCIAL, Baht.of(1_000_000)), entry(FundingSource.CENTRAL_AGENCY, Baht.of(2_000_000)));
    assertRollUp(byTheme.get(Theme.SOCIETY), 1, 2_000_000, "5.00");
    // dist-1 and orphan-1 by their own theme: (500,000 × 40 + 30,000 × 20) / 530,000 = 38.867…
    assertRollUp(byTheme.get(Theme.HOUSING), 2, 530_000, "38.87");
    // sub-1 names two themes and counts under both
    assertRollUp(byTheme.get(Theme.WELFARE), 1, 100_000, "100.00");
    assertRollUp(byTheme.get(Theme.HEALTH), 1, 100_000, "100.00");
    // com-1 by its plan's theme
    assertRollUp(byTheme.get(Theme.AGRICULTURE), 1, 20_000, "50.00");
  }

  @Test
  void test_rollUpWithin_province() {
    // Every plan but the national one, own projects each:
    // (10,000,000 + 20,000,000 + 10,000,000 + 1,000,000 + 0 + 600,000) / 1,650,000 = 25.212…
    RollUp chiangRai = TREE.rollUpWithin(ProvinceCode.of(57));

    assertRollUp(chiangRai, 6, 1_650_000, "25.21");
    assertThat(chiangRai.unattributed()).isEqualTo(Baht.of(130_000));
  }

  @Test
  void test_rollUpWithin_district() {
    // dist-1, sub-1, com-1 and orphan-1 (whose plan is a root, but lies in the district):
    // (20,000,000 + 10,000,000 + 1,000,000 + 600,000) / 650,000 = 48.615…
    assertRollUp(TREE.rollUpWithin(DistrictCode.of(5709)), 4, 650_000, "48.62");
  }

  @Test
  void test_rollUpWithin_subdistrict() {
    assertRollUp(TREE.rollUpWithin(SubdistrictCode.of(570901)), 2, 120_000, "91.67");
    assertThat(TREE.rollUpWithin(SubdistrictCode.of(570902))).isEqualTo(RollUp.EMPTY);
  }

  @Test
  void test_rollUpWithin_areaWithoutPlans() {
    assertThat(TREE.rollUpWithin(DistrictCode.of(5701))).isEqualTo(RollUp.EMPTY);
    assertThat(TREE.rollUpWithin(ProvinceCode.of(50))).isEqualTo(RollUp.EMPTY);
  }

  @Test
  void test_rollUpWithin_null() {
    assertThatNullPointerException().isThrownBy(() -> TREE.rollUpWithin(null)).withMessage("area");
  }

  // ---- broken hierarchies -----------------------------------------------------------------------

  /** Asserts that walking down from every root meets every plan exactly once. */
  private static void assertEveryPlanOnce(PlanTree tree) {
    List<Plan> walked = new ArrayList<>();
    for (Plan root : tree.roots()) {
      walked.add(root);
      walked.addAll(tree.descendants(root.id()));
    }
    assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(tree.plans());
  }

  static Stream<List<Plan>> cycleOfTwoOrders() {
    Plan a = linked("cyc-a", "cyc-b", 1, 0);
    Plan b = linked("cyc-b", "cyc-a", 3, 100);
    return Stream.of(List.of(a, b), List.of(b, a));
  }

  @ParameterizedTest
  @MethodSource("cycleOfTwoOrders")
  void test_of_cycleOfTwoBrokenAtSmallestId(List<Plan> plans) {
    PlanTree tree = PlanTree.of(plans);

    assertThat(ids(tree.roots())).containsExactly("cyc-a");
    assertThat(tree.parent(PlanId.of("cyc-a"))).isEmpty();
    assertThat(tree.parent(PlanId.of("cyc-b")).map(p -> p.id().value())).contains("cyc-a");
    assertThat(ids(tree.descendants(PlanId.of("cyc-a")))).containsExactly("cyc-b");
    assertThat(ids(tree.ancestors(PlanId.of("cyc-b")))).containsExactly("cyc-a");
    assertThat(tree.root(PlanId.of("cyc-b")).id().value()).isEqualTo("cyc-a");
    assertRollUp(tree.rollUp(PlanId.of("cyc-a")), 2, 4, "75.00");
    assertRollUp(tree.rollUp(PlanId.of("cyc-b")), 1, 3, "100.00");
    assertEveryPlanOnce(tree);
  }

  /** a → b → c → a, declared; in every document order. */
  static Stream<List<Plan>> cycleOfThreeOrders() {
    List<Plan> cycle =
        List.of(linked("cyc-b", "cyc-c", 1, 0), linked("cyc-a", "cyc-b", 1, 0), linked("cyc-c", "cyc-a", 1, 0));
    return Collections2.permutations(cycle).stream();
  }

  @ParameterizedTest
  @MethodSource("cycleOfThreeOrders")
  void test_of_cycleOfThreeBrokenAtSmallestId(List<Plan> plans) {
    PlanTree tree = PlanTree.of(plans);

    // cyc-a loses its parent; cyc-c keeps cyc-a, cyc-b keeps cyc-c.
    assertThat(ids(tree.roots())).containsExactly("cyc-a");
    assertThat(tree.parent(PlanId.of("cyc-a"))).isEmpty();
    assertThat(ids(tree.children(PlanId.of("cyc-a")))).containsExactly("cyc-c");
    assertThat(ids(tree.children(PlanId.of("cyc-c")))).containsExactly("cyc-b");
    assertThat(ids(tree.descendants(PlanId.of("cyc-a")))).containsExactly("cyc-c", "cyc-b");
    assertThat(ids(tree.ancestors(PlanId.of("cyc-b")))).containsExactly("cyc-c", "cyc-a");
    assertThat(tree.root(PlanId.of("cyc-b")).id().value()).isEqualTo("cyc-a");
    assertRollUp(tree.rollUp(PlanId.of("cyc-a")), 3, 3, "0.00");
    assertRollUp(tree.rollUp(PlanId.of("cyc-c")), 2, 2, "0.00");
    assertEveryPlanOnce(tree);
  }

  /** The cycle of three with a tail cyc-d hanging off cyc-b, and a plan with a missing parent; in every order. */
  static Stream<List<Plan>> cycleWithTailOrders() {
    List<Plan> plans =
        List.of(
            linked("cyc-b", "cyc-c", 1, 0), linked("cyc-a", "cyc-b", 1, 0), linked("cyc-c", "cyc-a", 1, 0),
            linked("cyc-d", "cyc-b", 1, 0), linked("cyc-0", "cyc-gone", 1, 0));
    return Collections2.permutations(plans).stream();
  }

  @ParameterizedTest
  @MethodSource("cycleWithTailOrders")
  void test_of_cycleWithTail(List<Plan> plans) {
    PlanTree tree = PlanTree.of(plans);

    // cyc-0 has the smallest id overall but is not in the cycle: it stays a root of its own.
    assertThat(ids(tree.roots())).containsExactlyInAnyOrder("cyc-a", "cyc-0");
    assertThat(ids(tree.descendants(PlanId.of("cyc-a")))).containsExactly("cyc-c", "cyc-b", "cyc-d");
    assertThat(ids(tree.ancestors(PlanId.of("cyc-d")))).containsExactly("cyc-b", "cyc-c", "cyc-a");
    assertThat(tree.descendants(PlanId.of("cyc-0"))).isEmpty();
    assertRollUp(tree.rollUp(PlanId.of("cyc-a")), 4, 4, "0.00");
    assertEveryPlanOnce(tree);
  }

  @Test
  void test_of_twoSeparateCycles() {
    PlanTree tree =
        PlanTree.of(
            List.of(
                linked("x-2", "x-1", 1, 0), linked("y-9", "y-8", 1, 0), linked("x-1", "x-2", 1, 0),
                linked("y-8", "y-9", 1, 0)));

    assertThat(ids(tree.roots())).containsExactly("x-1", "y-8");
    assertEveryPlanOnce(tree);
  }

  @Test
  void test_of_ownParentRefusedByBuilder() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> linked("cyc-a", "cyc-a", 1, 0))
        .withMessage("plan cyc-a: a plan cannot be its own parent");
  }

  // ---- deep and wide trees ----------------------------------------------------------------------

  private static final int HUGE = 10_000;

  private static String chainId(int i) {
    return String.format("chain-%05d", i);
  }

  /** chain-00000 ← chain-00001 ← … ← chain-09999, 1 baht each, progress alternating 0 and 100. */
  private static List<Plan> chain(boolean closeIntoCycle) {
    List<Plan> plans = new ArrayList<>(HUGE);
    for (int i = 0; i < HUGE; i++) {
      String parent = i > 0 ? chainId(i - 1) : closeIntoCycle ? chainId(HUGE - 1) : null;
      plans.add(linked(chainId(i), parent, 1, i % 2 == 0 ? 0 : 100));
    }
    return plans;
  }

  private static void assertChain(PlanTree tree) {
    PlanId top = PlanId.of(chainId(0));
    PlanId middle = PlanId.of(chainId(HUGE / 2));
    PlanId leaf = PlanId.of(chainId(HUGE - 1));

    assertThat(ids(tree.roots())).containsExactly(chainId(0));
    List<Plan> descendants = tree.descendants(top);
    assertThat(descendants).hasSize(HUGE - 1);
    assertThat(descendants.get(0).id()).isEqualTo(PlanId.of(chainId(1)));
    assertThat(descendants.get(HUGE - 2).id()).isEqualTo(leaf);
    List<Plan> ancestors = tree.ancestors(leaf);
    assertThat(ancestors).hasSize(HUGE - 1);
    assertThat(ancestors.get(0).id()).isEqualTo(PlanId.of(chainId(HUGE - 2)));
    assertThat(ancestors.get(HUGE - 2).id()).isEqualTo(top);
    assertThat(tree.root(leaf).id()).isEqualTo(top);
    assertThat(tree.descendants(leaf)).isEmpty();
    assertRollUp(tree.rollUp(top), HUGE, HUGE, "50.00");
    assertRollUp(tree.rollUp(middle), HUGE / 2, HUGE / 2, "50.00");
    assertRollUp(tree.rollUp(leaf), 1, 1, "100.00");
    assertThat(tree.rollUpByLevel().get(PlanLevel.NATIONAL).budget()).isEqualTo(Baht.of(HUGE));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void test_of_chainOfTenThousand(boolean leafFirst) {
    List<Plan> plans = chain(false);

    assertChain(PlanTree.of(leafFirst ? Lists.reverse(plans) : plans));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void test_of_cycleOfTenThousand(boolean leafFirst) {
    // chain-00000 declares chain-09999 its parent, closing the chain into one cycle: it is broken at chain-00000.
    List<Plan> plans = chain(true);

    assertChain(PlanTree.of(leafFirst ? Lists.reverse(plans) : plans));
  }

  @Test
  void test_of_starOfTenThousand() {
    // The first 2,500 children are done, the rest not started: 1 baht each, so 25%.
    ImmutableList.Builder<Plan> plans = ImmutableList.builder();
    plans.add(plan("star", PlanLevel.NATIONAL, null).build());
    for (int i = 0; i < HUGE; i++) {
      plans.add(linked(String.format("star-%05d", i), "star", 1, i < HUGE / 4 ? 100 : 0));
    }
    PlanTree tree = PlanTree.of(plans.build());
    PlanId star = PlanId.of("star");
    PlanId last = PlanId.of(String.format("star-%05d", HUGE - 1));

    assertThat(ids(tree.roots())).containsExactly("star");
    assertThat(tree.children(star)).hasSize(HUGE);
    assertThat(tree.descendants(star)).containsExactlyElementsOf(tree.children(star));
    assertThat(tree.descendants(star).get(HUGE - 1).id()).isEqualTo(last);
    assertThat(ids(tree.ancestors(last))).containsExactly("star");
    assertThat(tree.root(last).id()).isEqualTo(star);
    assertRollUp(tree.rollUp(star), HUGE, HUGE, "25.00");
    assertRollUp(tree.rollUp(last), 1, 1, "0.00");
  }
}
