package io.github.sapha.registry;

import com.google.common.collect.ImmutableList;
import io.github.sapha.council.Council;
import io.github.sapha.plan.Plan;
import java.util.List;

/**
 * Which councils of a district plan's area have linked a plan of theirs into
 * it (the seed: community plans must link to the district's plan).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanCoverage {
  private final Plan plan;
  private final ImmutableList<Council> linked;
  private final ImmutableList<Council> unlinked;

  PlanCoverage(Plan plan, ImmutableList<Council> linked, ImmutableList<Council> unlinked) {
    this.plan = plan;
    this.linked = linked;
    this.unlinked = unlinked;
  }

  /** {@return the district plan} */
  public Plan plan() {
    return plan;
  }

  /** {@return the councils that own a plan among the district plan's descendants, in document order} */
  public List<Council> linked() {
    return linked;
  }

  /** {@return the district's councils that do not, in document order} */
  public List<Council> unlinked() {
    return unlinked;
  }

  /** {@return true if every council of the district has linked a plan} */
  public boolean isFull() {
    return unlinked.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PlanCoverage
        && ((PlanCoverage) other).plan.equals(plan)
        && ((PlanCoverage) other).linked.equals(linked)
        && ((PlanCoverage) other).unlinked.equals(unlinked);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(plan, linked, unlinked);
  }

  /** Gets a short form such as "plan-5709: 8 of 8 councils linked". */
  @Override
  public String toString() {
    return plan.id() + ": " + linked.size() + " of " + (linked.size() + unlinked.size()) + " councils linked";
  }
}
