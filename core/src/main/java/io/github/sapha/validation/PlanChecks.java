package io.github.sapha.validation;

import static io.github.sapha.registry.FieldNames.*;

import io.github.sapha.council.Body;
import io.github.sapha.council.Council;
import io.github.sapha.council.Network;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.council.Organization;
import io.github.sapha.council.OrganizationKind;
import io.github.sapha.council.PlanId;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.money.Baht;
import io.github.sapha.plan.Plan;
import io.github.sapha.plan.PlanLevel;
import io.github.sapha.plan.Project;
import io.github.sapha.plan.ProjectStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The plan rules, on the declared parent links; cycles are found in one linear pass. */
final class PlanChecks {
  static final List<Definition> RULES = List.of(
      Definition.of(Rules.PLAN_UNKNOWN_PARENT, Severity.ERROR,
          "a parent plan id that resolves to nothing", PlanChecks::unknownParent),
      Definition.of(Rules.PLAN_CYCLE, Severity.ERROR,
          "a plan that is its own ancestor", PlanChecks::cycle),
      Definition.of(Rules.PLAN_LEVEL_ORDER, Severity.ERROR,
          "a parent plan whose level is not above the child's", PlanChecks::levelOrder),
      Definition.of(Rules.PLAN_AREA_OUTSIDE_PARENT, Severity.ERROR,
          "a plan whose area is not inside its parent plan's area", PlanChecks::areaOutsideParent),
      Definition.of(Rules.PLAN_PERIOD_OUTSIDE_PARENT, Severity.ERROR,
          "a plan whose fiscal years are not inside its parent's", PlanChecks::periodOutsideParent),
      Definition.of(Rules.PLAN_OWNER_LEVEL_MISMATCH, Severity.ERROR,
          "an owner that does not fit the level", each(PlanChecks::owner)),
      Definition.of(Rules.PLAN_CHILDREN_OVER_BUDGET, Severity.ERROR,
          "children's budgets adding up to more than the parent plan's budget", PlanChecks::childrenOverBudget),
      Definition.of(Rules.PLAN_PROJECTS_OVER_BUDGET, Severity.ERROR,
          "a plan's projects adding up to more than its budget", each(PlanChecks::projectsOverBudget)),
      Definition.of(Rules.PLAN_INTEGRATION_AREA_OUTSIDE, Severity.ERROR,
          "an integration area that is not a sub-district of the plan's district", each(PlanChecks::integrationArea)),
      Definition.of(Rules.PLAN_PROJECT_STATUS_PROGRESS, Severity.WARNING,
          "a project marked completed with progress below 100 %, or planned with progress above 0 %",
          each(PlanChecks::projectStatus)),
      Definition.of(Rules.PLAN_OWNER_AREA_MISMATCH, Severity.ERROR,
          "a sub-district or community plan whose area is not within its owning council's area; "
              + "a district plan owned by a network of another district",
          each(PlanChecks::ownerArea)));

  /** How many plans of a cycle a plan.cycle message names. */
  static final int CYCLE_NAMES_SHOWN = 10;

  /** The document index of each plan, by id: the rules that follow parent links share it. */
  private static final Run.Shared<Map<PlanId, Integer>> INDEX = Run.Shared.of(run -> {
    List<Plan> plans = run.registry.plans();
    Map<PlanId, Integer> index = new HashMap<>();
    for (int i = 0; i < plans.size(); i++) {
      index.put(plans.get(i).id(), i);
    }
    return index;
  });

  private PlanChecks() {}

  /** A check of one plan at a time. */
  @FunctionalInterface
  private interface PlanCheck {
    void check(Run run, RuleContext out, Plan plan, Pointer at);
  }

  private static Definition.Check each(PlanCheck check) {
    return (run, out) -> {
      List<Plan> plans = run.registry.plans();
      for (int i = 0; i < plans.size(); i++) {
        check.check(run, out, plans.get(i), Paths.plan(i));
      }
    };
  }

  /** A check of a plan and the parent it names, for plans whose parent is in the registry. */
  @FunctionalInterface
  private interface ParentCheck {
    void check(RuleContext out, Plan plan, Plan parent, Pointer at);
  }

  private static void withParent(Run run, RuleContext out, ParentCheck check) {
    List<Plan> plans = run.registry.plans();
    Map<PlanId, Integer> index = run.shared(INDEX);
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      Integer parent = plan.parent().map(index::get).orElse(null);
      if (parent != null) {
        check.check(out, plan, plans.get(parent), Paths.plan(i));
      }
    }
  }

  private static void unknownParent(Run run, RuleContext out) {
    List<Plan> plans = run.registry.plans();
    Map<PlanId, Integer> index = run.shared(INDEX);
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      if (plan.parent().isPresent() && !index.containsKey(plan.parent().get())) {
        out.report(
            Paths.plan(i).field(PARENT),
            "Plan " + plan.id() + " names parent plan " + plan.parent().get() + ", which is not in the registry");
      }
    }
  }

  /** Once per cycle, on the plan of the cycle that comes first in document order. */
  private static void cycle(Run run, RuleContext out) {
    List<Plan> plans = run.registry.plans();
    cycles(plans, run.shared(INDEX)).forEach((first, cycle) ->
        out.report(Paths.plan(first).field(PARENT), cycleMessage(plans.get(first), cycle, plans)));
  }

  private static void levelOrder(Run run, RuleContext out) {
    withParent(run, out, (report, plan, parent, at) -> {
      if (!parent.level().isAbove(plan.level())) {
        report.report(
            at.field(PARENT),
            "Plan " + plan.id() + " (" + plan.level().english() + ") has parent " + parent.id() + " ("
                + parent.level().english() + "), which is not above it");
      }
    });
  }

  private static void areaOutsideParent(Run run, RuleContext out) {
    withParent(run, out, (report, plan, parent, at) -> {
      if (plan.area().isPresent() && parent.area().isPresent() && !parent.area().get().contains(plan.area().get())) {
        report.report(
            at.field(AREA),
            "The area " + plan.area().get() + " of plan " + plan.id() + " is not inside the area "
                + parent.area().get() + " of its parent " + parent.id());
      }
    });
  }

  private static void periodOutsideParent(Run run, RuleContext out) {
    withParent(run, out, (report, plan, parent, at) -> {
      if (!parent.period().encloses(plan.period())) {
        report.report(
            at.field(PERIOD),
            "The fiscal years " + plan.period() + " of plan " + plan.id() + " are not inside the fiscal years "
                + parent.period() + " of its parent " + parent.id());
      }
    });
  }

  private static void childrenOverBudget(Run run, RuleContext out) {
    Map<PlanId, Baht> childBudgets = new HashMap<>();
    withParent(run, out, (report, plan, parent, at) ->
        plan.budget().ifPresent(b -> childBudgets.merge(parent.id(), b, Baht::plus)));
    List<Plan> plans = run.registry.plans();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      Baht children = childBudgets.get(plan.id());
      if (plan.budget().isPresent() && children != null && children.compareTo(plan.budget().get()) > 0) {
        out.report(
            Paths.plan(i).field(BUDGET),
            "The child plans of plan " + plan.id() + " budget " + children + " baht in all, more than its budget of "
                + plan.budget().get() + " baht");
      }
    }
  }

  /**
   * Every cycle of declared parents once, keyed by the document index of its
   * first plan in document order, as the indexes of its plans from that plan
   * on, following the parent links. Linear: each plan is walked once.
   */
  private static Map<Integer, List<Integer>> cycles(List<Plan> plans, Map<PlanId, Integer> index) {
    Map<Integer, List<Integer>> cycles = new HashMap<>();
    byte[] state = new byte[plans.size()]; // 0 = unseen, 1 = on the current walk, 2 = settled
    int[] position = new int[plans.size()]; // where a plan lies in the current walk
    List<Integer> walk = new ArrayList<>();
    for (int start = 0; start < plans.size(); start++) {
      walk.clear();
      int current = start;
      while (current >= 0 && state[current] == 0) {
        state[current] = 1;
        position[current] = walk.size();
        walk.add(current);
        int next = plans.get(current).parent().map(index::get).orElse(-1);
        if (next >= 0 && state[next] == 1) {
          List<Integer> members = walk.subList(position[next], walk.size());
          int first = members.stream().min(Integer::compare).orElseThrow();
          int from = position[first] - position[next];
          List<Integer> cycle = new ArrayList<>(members.subList(from, members.size()));
          cycle.addAll(members.subList(0, from));
          cycles.put(first, cycle);
          break;
        }
        current = next;
      }
      walk.forEach(p -> state[p] = 2);
    }
    return cycles;
  }

  /** Names at most the first {@value #CYCLE_NAMES_SHOWN} plans of a cycle, so that messages stay short. */
  private static String cycleMessage(Plan plan, List<Integer> cycle, List<Plan> plans) {
    int shown = Math.min(cycle.size(), CYCLE_NAMES_SHOWN);
    String names = cycle.subList(0, shown).stream()
        .map(p -> plans.get(p).id().value())
        .collect(Collectors.joining(" → "));
    String rest = cycle.size() > shown
        ? " → … (" + (cycle.size() - shown) + " more)"
        : " → " + plan.id();
    return "Plan " + plan.id() + " is its own ancestor through a cycle of " + cycle.size() + " plans: " + names + rest;
  }

  private static void owner(Run run, RuleContext out, Plan plan, Pointer at) {
    Optional<Body> owner = run.registry.body(plan.owner());
    if (owner.isEmpty()) {
      return; // reference.dangling reports it
    }
    if (!fits(plan.level(), owner.get())) {
      out.report(
          at.field(OWNER),
          "Plan " + plan.id() + " is a " + plan.level().english() + " but its owner " + plan.owner() + " is "
              + describe(owner.get()));
    }
  }

  /**
   * plan.owner-area-mismatch: a sub-district or community plan outside its
   * owning council's area; a district plan owned by another district's network.
   */
  private static void ownerArea(Run run, RuleContext out, Plan plan, Pointer at) {
    if (plan.area().isEmpty()) {
      return;
    }
    AreaCode area = plan.area().get();
    if (plan.level() == PlanLevel.SUBDISTRICT || plan.level() == PlanLevel.COMMUNITY) {
      // An owner on an unknown code is geo.unknown-code's to report, not a second fault of the plan.
      run.registry.council(plan.owner())
          .filter(c -> c.area().subdistricts().stream().allMatch(run.gazetteer::contains))
          .filter(c -> !c.area().subdistricts().contains(area))
          .ifPresent(c -> out.report(
              at.field(AREA),
              "The area " + area + " of plan " + plan.id() + " is not within the area of its owner, council "
                  + c.id()));
    } else if (plan.level() == PlanLevel.DISTRICT) {
      run.registry.network(plan.owner())
          .filter(n -> n.level() == NetworkLevel.DISTRICT
              && n.area().filter(a -> !a.equals(area) && run.gazetteer.contains(a)).isPresent())
          .ifPresent(n -> out.report(
              at.field(AREA),
              "The area " + area + " of plan " + plan.id() + " is not the district of its owner, network "
                  + n.id() + " of district " + n.area().get()));
    }
  }

  /** plan.project-status-progress: completed below 100 %, or planned above 0 %. */
  private static void projectStatus(Run run, RuleContext out, Plan plan, Pointer at) {
    for (int j = 0; j < plan.projects().size(); j++) {
      Project project = plan.projects().get(j);
      boolean completedShort = project.status() == ProjectStatus.COMPLETED && project.progress() < 100;
      boolean plannedStarted = project.status() == ProjectStatus.PLANNED && project.progress() > 0;
      if (completedShort || plannedStarted) {
        out.report(
            at.field(PROJECTS).index(j).field(STATUS),
            "Project " + project.id() + " of plan " + plan.id() + " is marked "
                + (completedShort ? "completed" : "planned") + " with progress " + project.progress() + " %");
      }
    }
  }

  private static boolean fits(PlanLevel level, Body owner) {
    switch (level) {
      case COMMUNITY:
        return owner instanceof Council;
      case SUBDISTRICT:
        return owner instanceof Council || kind(owner) == OrganizationKind.LOCAL_GOVERNMENT;
      case DISTRICT:
        return networkLevel(owner) == NetworkLevel.DISTRICT || organizationArea(owner) instanceof DistrictCode;
      case PROVINCE:
        return networkLevel(owner) == NetworkLevel.PROVINCIAL
            || organizationArea(owner) instanceof ProvinceCode
            || localGovernmentArea(owner) instanceof ProvinceCode;
      default:
        return networkLevel(owner) == NetworkLevel.NATIONAL
            || kind(owner) == OrganizationKind.CODI
            || (owner instanceof Organization
                && kind(owner) != OrganizationKind.LOCAL_GOVERNMENT
                && ((Organization) owner).area().isEmpty());
    }
  }

  private static String describe(Body owner) {
    if (owner instanceof Council) {
      return "a council";
    }
    if (owner instanceof Network) {
      return "a " + ((Network) owner).level().english();
    }
    Organization organization = (Organization) owner;
    return "an organization (" + organization.kind().english()
        + organization.area().map(a -> " of " + a.level().label() + " " + a).orElse("") + ")";
  }

  private static NetworkLevel networkLevel(Body owner) {
    return owner instanceof Network ? ((Network) owner).level() : null;
  }

  private static OrganizationKind kind(Body owner) {
    return owner instanceof Organization ? ((Organization) owner).kind() : null;
  }

  private static AreaCode organizationArea(Body owner) {
    return owner instanceof Organization ? ((Organization) owner).area().orElse(null) : null;
  }

  private static AreaCode localGovernmentArea(Body owner) {
    if (!(owner instanceof Organization)) {
      return null;
    }
    return ((Organization) owner).localGovernment().map(lg -> lg.area().first()).orElse(null);
  }

  private static void projectsOverBudget(Run run, RuleContext out, Plan plan, Pointer at) {
    if (plan.budget().isPresent() && plan.projectsBudget().compareTo(plan.budget().get()) > 0) {
      out.report(
          at.field(PROJECTS),
          "The projects of plan " + plan.id() + " add up to " + plan.projectsBudget() + " baht, more than its budget of "
              + plan.budget().get() + " baht");
    }
  }

  private static void integrationArea(Run run, RuleContext out, Plan plan, Pointer at) {
    if (plan.integrationArea().isPresent()
        && plan.area().isPresent()
        && !plan.area().get().contains(plan.integrationArea().get())) {
      out.report(
          at.field(INTEGRATION_AREA),
          "The integration area " + plan.integrationArea().get() + " of plan " + plan.id()
              + " is not a sub-district of its district " + plan.area().get());
    }
  }
}
