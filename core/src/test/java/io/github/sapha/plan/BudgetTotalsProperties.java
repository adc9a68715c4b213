package io.github.sapha.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.ProjectId;
import io.github.sapha.money.Baht;
import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Budgets at the largest amount the format accepts, in any tree of plans and
 * projects, give a refusal when the registry is built (an {@link
 * IllegalArgumentException} that names the largest amount) or a registry that
 * the validator and every roll-up take without an {@link ArithmeticException}.
 */
class BudgetTotalsProperties {
  private static final long LARGEST = Long.MAX_VALUE;
  private static final FiscalYearRange PERIOD = FiscalYearRange.parse("2561-2564");

  /** Amounts at and near both ends of the range, where sums overflow first. */
  private static Arbitrary<Baht> amounts() {
    return Arbitraries.of(0L, 1L, LARGEST / 2, LARGEST / 2 + 1, LARGEST - 1, LARGEST).map(Baht::ofSatang);
  }

  /** What a plan is made of, built in the property, where a refusal is one of the outcomes. */
  record PlanParts(int index, Optional<Baht> budget, List<Baht> projects, Optional<Integer> parent) {
    Plan build() {
      // One level, which needs no area: a parent at the same level is plan.level-order's, reported like any other.
      Plan.Builder plan =
          Plan.builder()
              .id(PlanId.of("plan-" + index))
              .titleTh("แผน " + index)
              .level(PlanLevel.NATIONAL)
              .owner(BodyId.of("codi"))
              .period(PERIOD)
              .addThemes(Theme.ECONOMY);
      budget.ifPresent(plan::budget);
      parent.ifPresent(up -> plan.parent(PlanId.of("plan-" + up)));
      for (int k = 0; k < projects.size(); k++) {
        plan.addProject(Project.builder()
            .id(ProjectId.of("project-" + index + "-" + k))
            .titleTh("โครงการ")
            .budget(projects.get(k))
            .progress(50)
            .build());
      }
      return plan.build();
    }
  }

  /** A plan with no parent or another of the plans (cycles included), and up to two projects. */
  private static Arbitrary<PlanParts> plan(int index, int size) {
    Arbitrary<Optional<Integer>> parent =
        size == 1
            ? Arbitraries.just(Optional.empty())
            : Arbitraries.integers().between(0, size - 1).filter(i -> i != index).optional();
    return Combinators.combine(amounts().optional(), amounts().list().ofMaxSize(2), parent)
        .as((budget, projects, up) -> new PlanParts(index, budget, projects, up));
  }

  @Provide
  Arbitrary<List<PlanParts>> plans() {
    return Arbitraries.integers().between(1, 5).flatMap(size -> {
      List<Arbitrary<PlanParts>> each = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        each.add(plan(i, size));
      }
      return Combinators.combine(each).as(list -> list);
    });
  }

  @Property(tries = 300)
  void largestBudgets_areRefusedOrValidatedAndRolledUp_neverOverflow(@ForAll("plans") List<PlanParts> parts) {
    Registry registry;
    try {
      List<Plan> plans = parts.stream().map(PlanParts::build).toList();
      registry = Registry.builder().asOf(LocalDate.of(2018, 9, 30)).plans(plans).build();
    } catch (IllegalArgumentException refused) {
      assertThat(refused).hasMessageContaining("more than the largest amount, 92233720368547758.07 baht");
      outcome("refused");
      return;
    }
    outcome("validated");
    assertThatCode(() -> {
      Validator.defaults().validate(registry);
      PlanTree tree = registry.planTree();
      registry.plans().forEach(p -> tree.rollUp(p.id()));
      tree.rollUpByLevel();
      tree.rollUpByTheme();
    }).doesNotThrowAnyException();
  }

  /** Counts the outcome, and checks that both are common enough for the property to test each. */
  private static void outcome(String outcome) {
    Statistics.label("outcome").collect(outcome);
    Statistics.label("outcome").coverage(coverage -> {
      coverage.check("refused").percentage(p -> p > 10);
      coverage.check("validated").percentage(p -> p > 10);
    });
  }
}
