package io.github.sapha.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.sapha.calendar.FiscalYear;
import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.ProjectId;
import io.github.sapha.money.Baht;
import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Rules;
import io.github.sapha.validation.ValidationReport;
import io.github.sapha.validation.Validator;
import io.github.sapha.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Budget totals never overflow: amounts that add up beyond the largest amount
 * of {@link Baht} are refused where they are put together (a project's
 * funding, a plan's projects, a registry's plans, a plan tree), so the
 * validator and the roll-ups, which only add parts of those sums, never throw
 * {@link ArithmeticException}.
 */
class BudgetTotalsTest {
  private static final Baht LARGEST = Baht.ofSatang(Long.MAX_VALUE);
  private static final Baht HALF = Baht.ofSatang(Long.MAX_VALUE / 2);
  private static final String LARGEST_TEXT = "92233720368547758.07";
  private static final String TWICE_LARGEST = "184467440737095516.14";
  private static final FiscalYearRange PERIOD = FiscalYearRange.of(FiscalYear.of(2561), FiscalYear.of(2564));

  private static Project project(String id, Baht budget) {
    return Project.builder().id(ProjectId.of(id)).titleTh("โครงการ " + id).budget(budget).build();
  }

  private static Plan.Builder plan(String id) {
    return Plan.builder()
        .id(PlanId.of(id))
        .titleTh("แผน " + id)
        .level(PlanLevel.NATIONAL)
        .owner(BodyId.of("codi"))
        .period(PERIOD);
  }

  @Test
  void test_projectFundingBeyondTheLargestAmount_isRefusedNotOverflowed() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Project.builder()
                    .id(ProjectId.of("p"))
                    .titleTh("ก")
                    .budget(LARGEST)
                    .addFunding(Funding.of(FundingSource.CODI, LARGEST))
                    .addFunding(Funding.of(FundingSource.COMMUNITY, LARGEST))
                    .build())
        .withMessage("project p: funding adds up to " + TWICE_LARGEST + " but the budget is " + LARGEST_TEXT);
  }

  @Test
  void test_planWithProjectsBeyondTheLargestAmount_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> plan("plan-x").addProjects(project("a", LARGEST), project("b", LARGEST)).build())
        .withMessage(
            "plan plan-x: the budgets of its projects add up to " + TWICE_LARGEST
                + " baht, more than the largest amount, " + LARGEST_TEXT + " baht");
  }

  @Test
  void test_planWithProjectsUpToTheLargestAmount_sumsThem() {
    Plan plan = plan("plan-x").addProjects(project("a", HALF), project("b", HALF), project("c", Baht.ofSatang(1))).build();

    assertThat(plan.projectsBudget()).isEqualTo(LARGEST);
  }

  @Test
  void test_registryWithPlanBudgetsBeyondTheLargestAmount_isRefused() {
    // Two child plans each at the largest amount: their parent's check would add them.
    Registry.Builder registry =
        Registry.builder()
            .asOf(LocalDate.of(2017, 5, 18))
            .addPlan(plan("plan-top").budget(LARGEST).build())
            .addPlan(plan("plan-a").parent(PlanId.of("plan-top")).budget(LARGEST).build());

    assertThatIllegalArgumentException()
        .isThrownBy(registry::build)
        .withMessage(
            "registry: the budgets of its plans add up to " + TWICE_LARGEST
                + " baht, more than the largest amount, " + LARGEST_TEXT + " baht");
  }

  @Test
  void test_registryWithProjectBudgetsBeyondTheLargestAmount_isRefused() {
    Registry.Builder registry =
        Registry.builder()
            .asOf(LocalDate.of(2017, 5, 18))
            .addPlan(plan("plan-a").addProject(project("a", LARGEST)).build())
            .addPlan(plan("plan-b").addProject(project("b", LARGEST)).build());

    assertThatIllegalArgumentException()
        .isThrownBy(registry::build)
        .withMessage(
            "registry: the budgets of the projects of its plans add up to " + TWICE_LARGEST
                + " baht, more than the largest amount, " + LARGEST_TEXT + " baht");
  }

  @Test
  void test_planTreeOfProjectsBeyondTheLargestAmount_isRefused() {
    List<Plan> plans =
        List.of(
            plan("plan-a").addProject(project("a", LARGEST)).build(),
            plan("plan-b").parent(PlanId.of("plan-a")).addProject(project("b", LARGEST)).build());

    assertThatIllegalArgumentException()
        .isThrownBy(() -> PlanTree.of(plans))
        .withMessage(
            "plan tree: the budgets of the plans' projects add up to " + TWICE_LARGEST
                + " baht, more than the largest amount, " + LARGEST_TEXT + " baht");
  }

  @Test
  void test_registryAtTheLargestTotals_isValidatedAndRolledUpWithoutThrowing() {
    Registry registry =
        Registry.builder()
            .asOf(LocalDate.of(2017, 5, 18))
            .addPlan(plan("plan-top").budget(Baht.ofSatang(1)).addProject(project("t", HALF)).build())
            .addPlan(plan("plan-a").parent(PlanId.of("plan-top")).budget(HALF).addProject(project("a", HALF)).build())
            .addPlan(plan("plan-b").parent(PlanId.of("plan-top")).budget(HALF).addProject(project("b", Baht.ofSatang(1))).build())
            .build();

    ValidationReport report = Validator.defaults().validate(registry);
    RollUp top = registry.planTree().rollUp(PlanId.of("plan-top"));
    Map<PlanLevel, RollUp> byLevel = registry.planTree().rollUpByLevel();

    assertThat(top.budget()).isEqualTo(LARGEST);
    assertThat(top.projects()).isEqualTo(3);
    assertThat(byLevel.get(PlanLevel.NATIONAL).budget()).isEqualTo(LARGEST);
    assertThat(registry.planTree().rollUpByTheme()).isEmpty();
    assertThat(report.violations())
        .filteredOn(v -> v.rule().equals(Rules.PLAN_CHILDREN_OVER_BUDGET))
        .singleElement()
        .extracting(Violation::message)
        .isEqualTo(
            "The child plans of plan plan-top budget 92233720368547758.06 baht in all, more than its budget of 0.01 baht");
    assertThat(report.violations())
        .filteredOn(v -> v.rule().equals(Rules.PLAN_LEVEL_ORDER))
        .hasSize(2);
  }
}
