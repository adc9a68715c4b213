package io.github.sapha.plan;

/**
 * The status of a project.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ProjectStatus {
  /** Planned, not started. */
  PLANNED,
  /** Under way. */
  IN_PROGRESS,
  /** Done. */
  COMPLETED,
  /** Abandoned. */
  CANCELLED
}
