package io.github.sapha.validation;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The plan rules, on the declared parent links; cycles are found in one linear pass. */
final class PlanChecks {
  private PlanChecks() {}

  static void run(Run run) {
    List<Plan> plans = run.registry.plans();
    Map<PlanId, Integer> index = new HashMap<>();
    for (int i = 0; i < plans.size(); i++) {
      index.put(plans.get(i).id(), i);
    }
    Set<PlanId> inCycle = cycles(plans, index);
    Map<PlanId, Baht> childBudgets = new HashMap<>();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      Pointer at = Paths.plan(i);
      owner(run, plan, at);
      projectsOverBudget(run, plan, at);
      integrationArea(run, plan, at);
      if (plan.parent().isEmpty()) {
        continue;
      }
      PlanId parentId = plan.parent().get();
      Integer parentIndex = index.get(parentId);
      if (parentIndex == null) {
        run.report(
            Rules.PLAN_UNKNOWN_PARENT,
            at.field("parent"),
            "Plan " + plan.id() + " names parent plan " + parentId + ", which is not in the registry");
        continue;
      }
      if (inCycle.contains(plan.id())) {
        run.report(
            Rules.PLAN_CYCLE,
            at.field("parent"),
            "Plan " + plan.id() + " is its own ancestor: " + cyclePath(plan, plans, index));
      }
      Plan parent = plans.get(parentIndex);
      plan.budget().ifPresent(b -> childBudgets.merge(parentId, b, Baht::plus));
      if (!parent.level().isAbove(plan.level())) {
        run.report(
            Rules.PLAN_LEVEL_ORDER,
            at.field("parent"),
            "Plan " + plan.id() + " (" + plan.level().english() + ") has parent " + parent.id() + " ("
                + parent.level().english() + "), which is not above it");
      }
      if (plan.area().isPresent() && parent.area().isPresent() && !parent.area().get().contains(plan.area().get())) {
        run.report(
            Rules.PLAN_AREA_OUTSIDE_PARENT,
            at.field("area"),
            "The area " + plan.area().get() + " of plan " + plan.id() + " is not inside the area "
                + parent.area().get() + " of its parent " + parent.id());
      }
      if (!parent.period().encloses(plan.period())) {
        run.report(
            Rules.PLAN_PERIOD_OUTSIDE_PARENT,
            at.field("period"),
            "The fiscal years " + plan.period() + " of plan " + plan.id() + " are not inside the fiscal years "
                + parent.period() + " of its parent " + parent.id());
      }
    }
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      Baht children = childBudgets.get(plan.id());
      if (plan.budget().isPresent() && children != null && children.compareTo(plan.budget().get()) > 0) {
        run.report(
            Rules.PLAN_CHILDREN_OVER_BUDGET,
            Paths.plan(i).field("budget"),
            "The child plans of plan " + plan.id() + " budget " + children + " baht in all, more than its budget of "
                + plan.budget().get() + " baht");
      }
    }
  }

  /** The ids of every plan that lies on a cycle of declared parents. */
  private static Set<PlanId> cycles(List<Plan> plans, Map<PlanId, Integer> index) {
    Set<PlanId> inCycle = new HashSet<>();
    Map<PlanId, Integer> state = new HashMap<>(); // 1 = on the current walk, 2 = settled
    for (Plan start : plans) {
      List<Plan> walk = new ArrayList<>();
      Plan current = start;
      while (current != null && !state.containsKey(current.id())) {
        state.put(current.id(), 1);
        walk.add(current);
        Plan next = current.parent().map(index::get).map(plans::get).orElse(null);
        if (next != null && state.get(next.id()) != null && state.get(next.id()) == 1) {
          for (Plan member : walk.subList(walk.indexOf(next), walk.size())) {
            inCycle.add(member.id());
          }
          break;
        }
        current = next;
      }
      walk.forEach(p -> state.put(p.id(), 2));
    }
    return inCycle;
  }

  private static String cyclePath(Plan plan, List<Plan> plans, Map<PlanId, Integer> index) {
    List<String> ids = new ArrayList<>();
    ids.add(plan.id().value());
    Plan current = plans.get(index.get(plan.parent().get()));
    while (!current.id().equals(plan.id())) {
      ids.add(current.id().value());
      current = plans.get(index.get(current.parent().get()));
    }
    ids.add(plan.id().value());
    return ids.stream().collect(Collectors.joining(" → "));
  }

  private static void owner(Run run, Plan plan, Pointer at) {
    Optional<Body> owner = run.registry.body(plan.owner());
    if (owner.isEmpty()) {
      return; // reference.dangling reports it
    }
    if (!fits(plan.level(), owner.get())) {
      run.report(
          Rules.PLAN_OWNER_LEVEL_MISMATCH,
          at.field("owner"),
          "Plan " + plan.id() + " is a " + plan.level().english() + " but its owner " + plan.owner() + " is "
              + describe(owner.get()));
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

  private static void projectsOverBudget(Run run, Plan plan, Pointer at) {
    if (plan.budget().isPresent() && plan.projectsBudget().compareTo(plan.budget().get()) > 0) {
      run.report(
          Rules.PLAN_PROJECTS_OVER_BUDGET,
          at.field("projects"),
          "The projects of plan " + plan.id() + " add up to " + plan.projectsBudget() + " baht, more than its budget of "
              + plan.budget().get() + " baht");
    }
  }

  private static void integrationArea(Run run, Plan plan, Pointer at) {
    if (plan.integrationArea().isPresent()
        && plan.area().isPresent()
        && !plan.area().get().contains(plan.integrationArea().get())) {
      run.report(
          Rules.PLAN_INTEGRATION_AREA_OUTSIDE,
          at.field("integrationArea"),
          "The integration area " + plan.integrationArea().get() + " of plan " + plan.id()
              + " is not a sub-district of its district " + plan.area().get());
    }
  }
}
