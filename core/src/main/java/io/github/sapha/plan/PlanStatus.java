package io.github.sapha.plan;

/**
 * The status of a plan.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PlanStatus {
  /** Being drafted. */
  DRAFT,
  /** Adopted by its owner. */
  ADOPTED,
  /** Being carried out. */
  IN_PROGRESS,
  /** Carried out. */
  COMPLETED,
  /** Abandoned. */
  CANCELLED
}
