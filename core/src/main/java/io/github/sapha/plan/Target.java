package io.github.sapha.plan;

import static java.util.Objects.requireNonNull;

import io.github.sapha.internal.Checks;

/**
 * What a project aims to reach, as a quantity of a unit: 20 households
 * repaired under rural sufficiency housing.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param quantity how many, at least 1
 * @param unit of what, such as "households", not blank
 */
public record Target(long quantity, String unit) {

  /**
   * Creates a target.
   *
   * @param quantity how many, at least 1
   * @param unit the unit, such as "households", not blank
   * @throws IllegalArgumentException if the quantity is below 1 or the unit blank
   */
  public Target {
    requireNonNull(unit, "unit");
    if (quantity < 1) {
      throw new IllegalArgumentException("target: quantity " + quantity + " must be at least 1");
    }
    Checks.text("target", "unit", unit);
  }

  /**
   * Obtains a target.
   *
   * @param quantity how many, at least 1
   * @param unit of what, not blank
   * @return the target, not null
   */
  public static Target of(long quantity, String unit) {
    return new Target(quantity, unit);
  }
}
