package io.github.sapha.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.DesignationId;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.ProjectId;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.AreaLevel;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.internal.Checks;
import io.github.sapha.internal.MissingFields;
import io.github.sapha.money.Baht;
import java.util.HashMap;
import java.util.Optional;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A development plan: its level, owner, area, period (a range of Thai fiscal
 * years), themes, goals, status, optional budget, projects, an optional parent
 * plan one level or more above, optional "aligns with" links, the
 * designations it responds to, and for district plans an optional
 * integration area (พื้นที่บูรณาการ).
 *
 * <p>The area must fit the level: a sub-district code for community and
 * sub-district plans, a district code for district plans, a province code for
 * provincial plans, none for national plans. Whether the parent exists, is
 * above, and encloses the area and period are rules for the validator.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Plan {

  Plan() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, unique among the plans of a registry} */
  public abstract PlanId id();

  /** {@return the Thai title} */
  public abstract String titleTh();

  /** {@return the English title, if any} */
  public abstract Optional<String> titleEn();

  /** {@return the level} */
  public abstract PlanLevel level();

  /** {@return the id of the owning body: a council, network, local government or other organisation} */
  public abstract BodyId owner();

  /** {@return the id of the community (within the owning council) whose plan this is, for community plans} */
  public abstract Optional<CommunityId> community();

  /** {@return the area; empty only for national plans} */
  public abstract Optional<AreaCode> area();

  /** {@return the local government whose area the plan covers, when it is a municipality's rather than a sub-district's} */
  public abstract Optional<BodyId> localGovernment();

  /** {@return the period, as fiscal years} */
  public abstract FiscalYearRange period();

  /** {@return the themes} */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Theme> themes();

  /** {@return the goals, in order} */
  public abstract ImmutableList<String> goals();

  /** {@return the status} */
  @Value.Default
  public PlanStatus status() {
    return PlanStatus.DRAFT;
  }

  /** {@return the plan's own budget, if it has one} */
  public abstract Optional<Baht> budget();

  /** {@return the id of the parent plan, if any} */
  public abstract Optional<PlanId> parent();

  /** {@return the ids of other plans this one aligns with (without being their child)} */
  public abstract ImmutableList<PlanId> alignsWith();

  /**
   * Gets the ids of the designations (special economic zones, programmes,
   * disaster areas) the plan responds to, in order; whether they exist is the
   * validator's ({@code reference.dangling}).
   *
   * @return the ids, not null
   */
  public abstract ImmutableList<DesignationId> designations();

  /** {@return the integration area (พื้นที่บูรณาการ) of a district plan, if named} */
  public abstract Optional<SubdistrictCode> integrationArea();

  /** {@return the projects, in document order; ids are unique} */
  public abstract ImmutableList<Project> projects();

  /**
   * {@return the sum of the projects' budgets} It always fits: the builder
   * refuses projects whose budgets add up to more than the largest amount.
   */
  public Baht projectsBudget() {
    return projects().stream().map(Project::budget).collect(Baht.summing());
  }

  @Value.Check
  final void check() {
    String owner = "plan " + id();
    Checks.text(owner, "titleTh", titleTh());
    titleEn().ifPresent(title -> Checks.text(owner, "titleEn", title));
    for (int i = 0; i < goals().size(); i++) {
      Checks.text(owner, "/goals/" + i, goals().get(i));
    }
    budget().ifPresent(b -> b.requireNonNegative(owner + " budget"));
    checkArea(owner);
    if (integrationArea().isPresent() && level() != PlanLevel.DISTRICT) {
      throw new IllegalArgumentException(
          owner + ": only a district plan names an integration area, not a " + level().english());
    }
    if (community().isPresent() && level() != PlanLevel.COMMUNITY) {
      throw new IllegalArgumentException(
          owner + ": only a community plan names a community, not a " + level().english());
    }
    if (parent().isPresent() && parent().get().equals(id())) {
      throw new IllegalArgumentException(owner + ": a plan cannot be its own parent");
    }
    Map<ProjectId, Integer> seen = new HashMap<>();
    for (int i = 0; i < projects().size(); i++) {
      Integer first = seen.putIfAbsent(projects().get(i).id(), i);
      if (first != null) {
        throw new IllegalArgumentException(
            owner + ": duplicate project id " + projects().get(i).id() + " at /projects/" + i + ", first at /projects/"
                + first);
      }
    }
    Checks.sumFits(owner, "the budgets of its projects", () -> projects().stream().map(Project::budget).iterator());
  }

  private void checkArea(String owner) {
    AreaLevel needed;
    switch (level()) {
      case COMMUNITY:
      case SUBDISTRICT:
        needed = AreaLevel.SUBDISTRICT;
        break;
      case DISTRICT:
        needed = AreaLevel.DISTRICT;
        break;
      case PROVINCE:
        needed = AreaLevel.PROVINCE;
        break;
      default:
        needed = null; // a national plan covers no one area
        break;
    }
    Checks.areaFitsLevel(owner, area(), needed, level().english());
  }

  /** Gets a short form such as "Plan[plan-5709 district plan 5709 2561-2564]". */
  @Override
  public String toString() {
    return "Plan[" + id() + " " + level().english() + area().map(a -> " " + a).orElse("") + " " + period() + "]";
  }

  /**
   * Builds a {@link Plan}; {@code build()} refuses an area that does not fit
   * the level, a negative budget, duplicate project ids, projects whose budgets
   * add up to more than the largest amount of {@link Baht}, or a plan that is
   * its own parent, naming the field. Positions inside the plan are JSON
   * Pointers from the plan, such as {@code /goals/1} or {@code /projects/2}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}

    /**
     * Builds the plan.
     *
     * @return the plan, not null
     * @throws IllegalStateException if a required field (id, titleTh, level, owner and period) is not set;
     *     the message names the plan and the fields
     * @throws IllegalArgumentException if the plan is refused, as above
     */
    @Override
    public Plan build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.describe("plan", this, "id");
      }
    }
  }
}
