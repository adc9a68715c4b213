package io.github.sapha.council;

/**
 * The id of a {@link io.github.sapha.designation.Designation}, unique among the
 * designations of a registry, such as {@code "sez-chiang-rai"}: the reference
 * a plan uses to name the designations it responds to.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DesignationId extends Id {
  private DesignationId(String value) {
    super(value);
  }

  /**
   * Obtains a designation's id.
   *
   * @param value the id, such as "sez-chiang-rai", not null
   * @return the id, not null
   * @throws IllegalArgumentException if the value is not a well-formed {@link Id}
   */
  public static DesignationId of(String value) {
    return new DesignationId(checked(value));
  }
}
