package io.github.sapha.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.PlanId;
import io.github.sapha.money.Baht;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of plan trees over random forests with dangling parents and cycles. */
class PlanTreeProperties {

  @Provide
  Arbitrary<List<Plan>> forests() {
    return PlanArbitraries.forests();
  }

  /**
   * Builds the tree and checks first that its roots reach every plan: a cycle
   * left closed would otherwise make the walks below loop until memory runs out.
   */
  private static PlanTree treeOf(List<Plan> plans) {
    PlanTree tree = PlanTree.of(plans);
    int reached = tree.roots().size();
    for (Plan root : tree.roots()) {
      reached += tree.descendants(root.id()).size();
    }
    assertThat(reached).as("plans reached from the roots").isEqualTo(plans.size());
    return tree;
  }

  @Property(tries = 100)
  void rollUp_budgetIsTheProjectsBudgetOfThePlanAndAllItsDescendants(@ForAll("forests") List<Plan> plans) {
    PlanTree tree = treeOf(plans);

    for (Plan plan : plans) {
      List<Plan> subtree = new ArrayList<>(tree.descendants(plan.id()));
      subtree.add(plan);
      RollUp rollUp = tree.rollUp(plan.id());

      assertThat(rollUp.budget()).isEqualTo(subtree.stream().map(Plan::projectsBudget).collect(Baht.summing()));
      assertThat(rollUp.projects()).isEqualTo(subtree.stream().mapToInt(p -> p.projects().size()).sum());
    }
  }

  @Property(tries = 100)
  void ancestors_ofAnyDescendantIncludeThePlan(@ForAll("forests") List<Plan> plans) {
    PlanTree tree = treeOf(plans);

    for (Plan plan : plans) {
      for (Plan descendant : tree.descendants(plan.id())) {
        assertThat(tree.ancestors(descendant.id())).contains(plan);
        assertThat(tree.root(descendant.id())).isEqualTo(tree.root(plan.id()));
      }
    }
  }

  @Property(tries = 100)
  void roots_everyPlanAppearsInExactlyOneTree(@ForAll("forests") List<Plan> plans) {
    PlanTree tree = PlanTree.of(plans);
    List<Plan> walked = new ArrayList<>();

    for (Plan root : tree.roots()) {
      assertThat(tree.parent(root.id())).isEmpty();
      walked.add(root);
      walked.addAll(tree.descendants(root.id()));
    }

    assertThat(walked).doesNotHaveDuplicates().hasSameSizeAs(plans).containsExactlyInAnyOrderElementsOf(plans);
  }

  @Property(tries = 100)
  void parent_isTheDeclaredOneUnlessMissingOrTheSmallestOfACycle(@ForAll("forests") List<Plan> plans) {
    PlanTree tree = treeOf(plans);
    Map<PlanId, Plan> byId = plans.stream().collect(Collectors.toMap(Plan::id, Function.identity()));

    for (Plan plan : plans) {
      Optional<Plan> declared = plan.parent().map(byId::get);
      Optional<Plan> expected =
          declared.isPresent() && !isSmallestOfItsCycle(plan, byId) ? declared : Optional.empty();

      assertThat(tree.parent(plan.id())).as("parent of %s", plan.id()).isEqualTo(expected);
    }
  }

  /** Follows declared parents from a plan; true if they lead back to it and it has the smallest id on the way. */
  private static boolean isSmallestOfItsCycle(Plan plan, Map<PlanId, Plan> byId) {
    List<Plan> path = new ArrayList<>();
    Plan current = plan;
    for (int steps = 0; steps <= byId.size(); steps++) {
      path.add(current);
      current = current.parent().map(byId::get).orElse(null);
      if (current == null) {
        return false;
      }
      if (current.equals(plan)) {
        return path.stream().map(Plan::id).min(Comparator.naturalOrder()).orElseThrow().equals(plan.id());
      }
    }
    return false;
  }

  @Property(tries = 100)
  void children_agreeWithParent(@ForAll("forests") List<Plan> plans) {
    PlanTree tree = treeOf(plans);
    int links = 0;

    for (Plan plan : plans) {
      for (Plan child : tree.children(plan.id())) {
        assertThat(tree.parent(child.id())).contains(plan);
        links++;
      }
      tree.parent(plan.id()).ifPresent(parent -> assertThat(tree.children(parent.id())).containsOnlyOnce(plan));
    }

    assertThat(links).isEqualTo(plans.size() - tree.roots().size());
  }

  @Property(tries = 100)
  void rollUp_ofTheRootsAndByLevelEachCoverEveryProjectOnce(@ForAll("forests") List<Plan> plans) {
    PlanTree tree = treeOf(plans);
    RollUp all = RollUp.of(plans.stream().flatMap(p -> p.projects().stream()).toList());

    assertThat(tree.roots().stream().map(root -> tree.rollUp(root.id())).reduce(RollUp.EMPTY, RollUp::plus))
        .isEqualTo(all);
    assertThat(tree.rollUpByLevel().values().stream().reduce(RollUp.EMPTY, RollUp::plus)).isEqualTo(all);
  }
}
