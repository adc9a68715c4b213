package io.github.sapha.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.sapha.council.PlanId;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.internal.Checks;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hierarchy of a set of plans: roots, children, ancestors, descendants,
 * and roll-ups of project budgets and progress.
 *
 * <p>Every plan lies in exactly one tree. A plan whose parent is missing
 * from the set is a root; so is, in a cycle of parents, the plan with the
 * smallest id (the validator reports both as {@code plan.unknown-parent} and
 * {@code plan.cycle}). Walks are iterative and roll-ups are computed once,
 * bottom-up, so deep chains and wide trees cost linear time and no stack.
 * Roll-ups never overflow: {@link #of} refuses plans whose projects' budgets
 * add up to more than the largest amount of baht.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanTree {
  private final ImmutableMap<PlanId, Plan> plans;
  /** Effective parent: the declared one, unless missing or closing a cycle. */
  private final ImmutableMap<PlanId, Plan> parents;
  private final ImmutableListMultimap<PlanId, Plan> children;
  private final ImmutableList<Plan> roots;
  private final ImmutableMap<PlanId, RollUp> rollUps;

  private PlanTree(List<Plan> plans) {
    Map<PlanId, Plan> byId = new LinkedHashMap<>();
    for (Plan plan : plans) {
      if (byId.putIfAbsent(plan.id(), plan) != null) {
        throw new IllegalArgumentException("Duplicate plan id " + plan.id());
      }
    }
    // Every roll-up is a part of this sum, so none can overflow.
    Checks.sumFits(
        "plan tree", "the budgets of the plans' projects", () -> plans.stream().flatMap(p -> p.projects().stream()).map(Project::budget).iterator());
    this.plans = ImmutableMap.copyOf(byId);
    this.parents = effectiveParents(this.plans);
    ImmutableListMultimap.Builder<PlanId, Plan> kids = ImmutableListMultimap.builder();
    ImmutableList.Builder<Plan> rootList = ImmutableList.builder();
    for (Plan plan : plans) {
      Plan parent = parents.get(plan.id());
      if (parent == null) {
        rootList.add(plan);
      } else {
        kids.put(parent.id(), plan);
      }
    }
    this.children = kids.build();
    this.roots = rootList.build();
    this.rollUps = computeRollUps();
  }

  /**
   * Obtains the tree of some plans.
   *
   * @param plans the plans, with unique ids, not null
   * @return the tree, not null
   * @throws IllegalArgumentException if two plans share an id, or if the budgets of their
   *     projects add up to more than the largest amount of baht (a registry's plans never do)
   */
  public static PlanTree of(Iterable<Plan> plans) {
    return new PlanTree(ImmutableList.copyOf(plans));
  }

  private static ImmutableMap<PlanId, Plan> effectiveParents(ImmutableMap<PlanId, Plan> plans) {
    // 0 = unvisited, 1 = on the current walk, 2 = settled
    Map<PlanId, Integer> state = new HashMap<>();
    Map<PlanId, Plan> parents = new HashMap<>();
    for (Plan start : plans.values()) {
      List<Plan> walk = new ArrayList<>();
      Plan current = start;
      while (current != null && state.getOrDefault(current.id(), 0) == 0) {
        state.put(current.id(), 1);
        walk.add(current);
        Plan next = current.parent().map(plans::get).orElse(null);
        if (next != null && state.getOrDefault(next.id(), 0) == 1) {
          breakCycle(walk.subList(walk.indexOf(next), walk.size()), plans, parents);
          break;
        }
        if (next != null) {
          parents.put(current.id(), next);
        }
        current = next;
      }
      for (Plan settled : walk) {
        state.put(settled.id(), 2);
      }
    }
    return ImmutableMap.copyOf(parents);
  }

  /** Links every member of a cycle to its declared parent except the one with the smallest id. */
  private static void breakCycle(List<Plan> cycle, Map<PlanId, Plan> plans, Map<PlanId, Plan> parents) {
    Plan smallest = cycle.get(0);
    for (Plan member : cycle) {
      if (member.id().compareTo(smallest.id()) < 0) {
        smallest = member;
      }
    }
    for (Plan member : cycle) {
      if (!member.equals(smallest)) {
        parents.put(member.id(), plans.get(member.parent().orElseThrow()));
      }
    }
    // The walk that found the cycle linked every member it passed before closing it,
    // possibly the smallest too: unlink it, or the cycle stays closed.
    parents.remove(smallest.id());
  }

  private ImmutableMap<PlanId, RollUp> computeRollUps() {
    List<Plan> preOrder = new ArrayList<>(plans.size());
    for (Plan root : roots) {
      collectDescendants(root, preOrder, true);
    }
    Map<PlanId, RollUp> totals = new HashMap<>();
    for (int i = preOrder.size() - 1; i >= 0; i--) {
      Plan plan = preOrder.get(i);
      RollUp total = RollUp.of(plan.projects());
      for (Plan child : children.get(plan.id())) {
        total = total.plus(totals.get(child.id()));
      }
      totals.put(plan.id(), total);
    }
    return ImmutableMap.copyOf(totals);
  }

  /** Appends the subtree of {@code top} in pre-order, with or without {@code top} itself. */
  private void collectDescendants(Plan top, List<Plan> out, boolean includeTop) {
    Deque<Plan> stack = new ArrayDeque<>();
    stack.push(top);
    while (!stack.isEmpty()) {
      Plan plan = stack.pop();
      if (plan != top || includeTop) {
        out.add(plan);
      }
      List<Plan> kids = children.get(plan.id());
      for (int i = kids.size() - 1; i >= 0; i--) {
        stack.push(kids.get(i));
      }
    }
  }

  private Plan require(PlanId id) {
    Plan plan = plans.get(requireNonNull(id, "id"));
    if (plan == null) {
      throw new IllegalArgumentException("The plan tree has no plan " + id);
    }
    return plan;
  }

  /** {@return every plan, in the order given} */
  public List<Plan> plans() {
    return plans.values().asList();
  }

  /**
   * Gets the plan with an id, if any.
   *
   * @param id the plan's id, not null
   * @return the plan with an id, or empty if there is none
   */
  public Optional<Plan> plan(PlanId id) {
    return Optional.ofNullable(plans.get(requireNonNull(id, "id")));
  }

  /** {@return the roots of the trees, in the order given} */
  public List<Plan> roots() {
    return roots;
  }

  /**
   * Gets a plan's parent in the tree: its declared parent, unless that is
   * missing or closes a cycle.
   *
   * @param id the plan's id, not null
   * @return the parent, or empty for a root
   * @throws IllegalArgumentException if there is no such plan
   */
  public Optional<Plan> parent(PlanId id) {
    require(id);
    return Optional.ofNullable(parents.get(id));
  }

  /**
   * Gets a plan's children, in the order given.
   *
   * @param id the plan's id, not null
   * @return the children, not null
   * @throws IllegalArgumentException if there is no such plan
   */
  public List<Plan> children(PlanId id) {
    require(id);
    return children.get(id);
  }

  /**
   * Gets a plan's ancestors: its parent, grandparent, and so on to the root.
   *
   * @param id the plan's id, not null
   * @return the ancestors, nearest first, not null
   * @throws IllegalArgumentException if there is no such plan
   */
  public List<Plan> ancestors(PlanId id) {
    require(id);
    ImmutableList.Builder<Plan> out = ImmutableList.builder();
    for (Plan p = parents.get(id); p != null; p = parents.get(p.id())) {
      out.add(p);
    }
    return out.build();
  }

  /**
   * Gets the root of the tree a plan lies in.
   *
   * @param id the plan's id, not null
   * @return the root, the plan itself if it is one
   * @throws IllegalArgumentException if there is no such plan
   */
  public Plan root(PlanId id) {
    Plan plan = require(id);
    for (Plan p = parents.get(id); p != null; p = parents.get(p.id())) {
      plan = p;
    }
    return plan;
  }

  /**
   * Gets a plan's descendants, depth first in the order given (pre-order), without the plan.
   *
   * @param id the plan's id, not null
   * @return the descendants, not null
   * @throws IllegalArgumentException if there is no such plan
   */
  public List<Plan> descendants(PlanId id) {
    List<Plan> out = new ArrayList<>();
    collectDescendants(require(id), out, false);
    return ImmutableList.copyOf(out);
  }

  /**
   * Gets the roll-up of a plan's projects and all its descendants' projects.
   *
   * @param id the plan's id, not null
   * @return the roll-up, not null
   * @throws IllegalArgumentException if there is no such plan
   */
  public RollUp rollUp(PlanId id) {
    require(id);
    return rollUps.get(id);
  }

  /**
   * Gets, per level, the roll-up of the projects of the plans at that level
   * (their own projects, not their descendants').
   *
   * @return the roll-ups of the levels that have plans, in level order
   */
  public Map<PlanLevel, RollUp> rollUpByLevel() {
    Map<PlanLevel, RollUp> out = new EnumMap<>(PlanLevel.class);
    for (Plan plan : plans.values()) {
      out.merge(plan.level(), RollUp.of(plan.projects()), RollUp::plus);
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * Gets, per theme, the roll-up of the projects with that theme; a project
   * that names no theme counts under its plan's themes. A project with two
   * themes counts under both.
   *
   * @return the roll-ups of the themes that have projects, in theme order
   */
  public Map<Theme, RollUp> rollUpByTheme() {
    Map<Theme, RollUp> out = new EnumMap<>(Theme.class);
    for (Plan plan : plans.values()) {
      for (Project project : plan.projects()) {
        RollUp one = RollUp.of(List.of(project));
        for (Theme theme : project.themes().isEmpty() ? plan.themes() : project.themes()) {
          out.merge(theme, one, RollUp::plus);
        }
      }
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * Gets the roll-up of the projects of the plans whose area lies in an area
   * (their own projects, not their descendants'). National plans lie in no area.
   *
   * @param area a province, district or sub-district code, not null
   * @return the roll-up, not null
   */
  public RollUp rollUpWithin(AreaCode area) {
    requireNonNull(area, "area");
    RollUp total = RollUp.EMPTY;
    for (Plan plan : plans.values()) {
      if (plan.area().filter(area::contains).isPresent()) {
        total = total.plus(RollUp.of(plan.projects()));
      }
    }
    return total;
  }

  /** Gets a summary such as "PlanTree[12 plans, 2 roots]". */
  @Override
  public String toString() {
    return "PlanTree[" + plans.size() + " plans, " + roots.size() + " roots]";
  }
}
