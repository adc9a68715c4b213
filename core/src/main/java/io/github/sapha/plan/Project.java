package io.github.sapha.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.sapha.council.ProjectId;
import io.github.sapha.internal.Checks;
import io.github.sapha.internal.MissingFields;
import io.github.sapha.money.Baht;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A project inside a plan: title, themes, budget, funding by source, target,
 * status and progress (0 to 100 per cent).
 *
 * <p>When funding lines are given they must add up to the budget exactly, and
 * each source appears once.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Project {

  Project() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, unique among the projects of its plan} */
  public abstract ProjectId id();

  /** {@return the Thai title} */
  public abstract String titleTh();

  /** {@return the English title, if any} */
  public abstract Optional<String> titleEn();

  /** {@return the themes, in declaration order of {@link Theme}} */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Theme> themes();

  /** {@return the budget} */
  public abstract Baht budget();

  /** {@return the funding by source, in document order} */
  public abstract ImmutableList<Funding> funding();

  /** {@return the target, if any} */
  public abstract Optional<Target> target();

  /** {@return the status} */
  @Value.Default
  public ProjectStatus status() {
    return ProjectStatus.PLANNED;
  }

  /** {@return the progress in per cent, 0 to 100} */
  @Value.Default
  public int progress() {
    return 0;
  }

  @Value.Check
  final void check() {
    String owner = "project " + id();
    Checks.text(owner, "titleTh", titleTh());
    titleEn().ifPresent(title -> Checks.text(owner, "titleEn", title));
    budget().requireNonNegative(owner + " budget");
    if (progress() < 0 || progress() > 100) {
      throw new IllegalArgumentException(owner + ": progress " + progress() + " must be from 0 to 100");
    }
    if (!funding().isEmpty()) {
      Set<FundingSource> sources = EnumSet.noneOf(FundingSource.class);
      for (Funding line : funding()) {
        if (!sources.add(line.source())) {
          throw new IllegalArgumentException(
              owner + ": funding source " + line.source().english() + " appears more than once");
        }
      }
      // Summed exactly: lines at the largest amounts must be refused, not overflow.
      java.math.BigDecimal total = Checks.exactSum(() -> funding().stream().map(Funding::amount).iterator());
      if (total.compareTo(budget().toBigDecimal()) != 0) {
        throw new IllegalArgumentException(
            owner + ": funding adds up to " + total.toPlainString() + " but the budget is " + budget());
      }
    }
  }

  /** Gets a short form such as "Project[housing-570908 380000.00 baht, 40%]". */
  @Override
  public String toString() {
    return "Project[" + id() + " " + budget() + " baht, " + progress() + "%]";
  }

  /**
   * Builds a {@link Project}; {@code build()} refuses a negative budget,
   * funding that does not add up to it, or progress outside 0 to 100.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}

    /**
     * Builds the project.
     *
     * @return the project, not null
     * @throws IllegalStateException if a required field (id, titleTh and budget) is not set;
     *     the message names the project and the fields
     * @throws IllegalArgumentException if the project is refused, as above
     */
    @Override
    public Project build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.describe("project", this, "id");
      }
    }
  }
}
