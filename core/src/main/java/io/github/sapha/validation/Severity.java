package io.github.sapha.validation;

/**
 * How serious a violation is.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Severity {
  /** The data is wrong and should not be relied on. */
  ERROR,
  /** The data is probably wrong, or questionable. */
  WARNING,
  /** Worth knowing; nothing is wrong. */
  INFO;

  /**
   * Checks if this severity is at least as serious as a threshold: ERROR is at
   * least WARNING, WARNING is at least WARNING, INFO is not.
   *
   * @param threshold the threshold, not null
   * @return true if this is as serious or more
   */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }
}
