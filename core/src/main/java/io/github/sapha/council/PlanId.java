package io.github.sapha.council;

/**
 * The id of a {@link io.github.sapha.plan.Plan}, unique among the plans of a
 * registry, such as {@code "plan-5709"}: the reference of a plan's parent and
 * of the plans it aligns with.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanId extends Id {
  private PlanId(String value) {
    super(value);
  }

  /**
   * Obtains a plan's id.
   *
   * @param value the id, such as "plan-5709", not null
   * @return the id, not null
   * @throws IllegalArgumentException if the value is not a well-formed {@link Id}
   */
  public static PlanId of(String value) {
    return new PlanId(checked(value));
  }
}
