package io.github.sapha.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.sapha.money.Baht;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Totals over a set of projects: how many, their budget, the budget by funding
 * source, and progress weighted by budget (as Decidim's accountability results
 * roll children's progress up to parents).
 *
 * <p>Progress is the budget-weighted mean of the projects' progress; when every
 * project has a zero budget it is the plain mean; with no projects there is
 * none. Budget that no funding line attributes to a source is counted as
 * {@link #unattributed()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RollUp {
  /** The roll-up of no projects. */
  public static final RollUp EMPTY =
      new RollUp(0, Baht.ZERO, ImmutableMap.of(), Baht.ZERO, BigDecimal.ZERO, 0);

  private final int projects;
  private final Baht budget;
  private final ImmutableMap<FundingSource, Baht> bySource;
  private final Baht unattributed;
  /** Sum of progress × budget in satang, exact. */
  private final BigDecimal weightedProgress;
  /** Sum of progress, for the plain mean when all budgets are zero. */
  private final long progressSum;

  private RollUp(
      int projects,
      Baht budget,
      ImmutableMap<FundingSource, Baht> bySource,
      Baht unattributed,
      BigDecimal weightedProgress,
      long progressSum) {
    this.projects = projects;
    this.budget = budget;
    this.bySource = bySource;
    this.unattributed = unattributed;
    this.weightedProgress = weightedProgress;
    this.progressSum = progressSum;
  }

  /**
   * Obtains the roll-up of some projects.
   *
   * @param projects the projects, not null
   * @return the roll-up, not null
   */
  public static RollUp of(Iterable<Project> projects) {
    RollUp total = EMPTY;
    for (Project project : projects) {
      total = total.plus(ofProject(project));
    }
    return total;
  }

  private static RollUp ofProject(Project project) {
    Map<FundingSource, Baht> bySource = new EnumMap<>(FundingSource.class);
    Baht attributed = Baht.ZERO;
    for (Funding line : project.funding()) {
      bySource.merge(line.source(), line.amount(), Baht::plus);
      attributed = attributed.plus(line.amount());
    }
    return new RollUp(
        1,
        project.budget(),
        ImmutableMap.copyOf(bySource),
        project.budget().minus(attributed),
        BigDecimal.valueOf(project.progress()).multiply(BigDecimal.valueOf(project.budget().satang())),
        project.progress());
  }

  /**
   * Combines two roll-ups, as if over the projects of both.
   *
   * @param other the other roll-up, not null
   * @return the combined roll-up, not null
   */
  public RollUp plus(RollUp other) {
    requireNonNull(other, "other");
    if (other.projects == 0) {
      return this;
    }
    if (projects == 0) {
      return other;
    }
    Map<FundingSource, Baht> sources = new EnumMap<>(FundingSource.class);
    sources.putAll(bySource);
    other.bySource.forEach((source, amount) -> sources.merge(source, amount, Baht::plus));
    return new RollUp(
        projects + other.projects,
        budget.plus(other.budget),
        ImmutableMap.copyOf(sources),
        unattributed.plus(other.unattributed),
        weightedProgress.add(other.weightedProgress),
        progressSum + other.progressSum);
  }

  /** {@return the number of projects} */
  public int projects() {
    return projects;
  }

  /** {@return the total budget of the projects} */
  public Baht budget() {
    return budget;
  }

  /** {@return the budget by funding source, in the order of {@link FundingSource}; sources with nothing are absent} */
  public Map<FundingSource, Baht> bySource() {
    return bySource;
  }

  /**
   * Gets the budget of a source, zero if none.
   *
   * @param source the funding source, not null
   * @return the budget of a source, zero if none
   */
  public Baht budget(FundingSource source) {
    return bySource.getOrDefault(requireNonNull(source, "source"), Baht.ZERO);
  }

  /** {@return the part of the budget that no funding line attributes to a source} */
  public Baht unattributed() {
    return unattributed;
  }

  /**
   * Gets the progress in per cent, weighted by budget, rounded half-even to two
   * decimals; empty when there are no projects.
   *
   * @return the progress from 0 to 100, or empty
   */
  public Optional<BigDecimal> progress() {
    if (projects == 0) {
      return Optional.empty();
    }
    if (budget.satang() == 0) {
      return Optional.of(BigDecimal.valueOf(progressSum).divide(BigDecimal.valueOf(projects), 2, RoundingMode.HALF_EVEN));
    }
    return Optional.of(weightedProgress.divide(BigDecimal.valueOf(budget.satang()), 2, RoundingMode.HALF_EVEN));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RollUp)) {
      return false;
    }
    // Equal when every getter agrees: the running sums behind progress are not part of the value.
    RollUp that = (RollUp) other;
    return projects == that.projects
        && budget.equals(that.budget)
        && bySource.equals(that.bySource)
        && unattributed.equals(that.unattributed)
        && progress().equals(that.progress());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(projects, budget, bySource, unattributed, progress());
  }

  /** Gets a short form such as "RollUp[3 projects, 500000.00 baht, progress 40.00%]". */
  @Override
  public String toString() {
    return "RollUp[" + projects + (projects == 1 ? " project, " : " projects, ") + budget + " baht, progress "
        + progress().map(p -> p + "%").orElse("none") + "]";
  }
}
