package io.github.sapha.council;

/**
 * The id of a {@link io.github.sapha.plan.Project}, unique among the projects
 * of its plan, such as {@code "housing-570908"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectId extends Id {
  private ProjectId(String value) {
    super(value);
  }

  /**
   * Obtains a project's id.
   *
   * @param value the id, such as "housing-570908", not null
   * @return the id, not null
   * @throws IllegalArgumentException if the value is not a well-formed {@link Id}
   */
  public static ProjectId of(String value) {
    return new ProjectId(checked(value));
  }
}
