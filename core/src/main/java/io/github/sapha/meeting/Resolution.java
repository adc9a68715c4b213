package io.github.sapha.meeting;

import static java.util.Objects.requireNonNull;

import io.github.sapha.internal.Checks;

/**
 * A resolution (มติ) put to a meeting and its outcome.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text what was resolved, not blank
 * @param outcome the outcome, not null
 */
public record Resolution(String text, ResolutionOutcome outcome) {

  /**
   * Creates a resolution.
   *
   * @param text the text of the resolution, not blank
   * @param outcome the outcome, not null
   * @throws IllegalArgumentException if the text is blank or padded
   */
  public Resolution {
    requireNonNull(text, "text");
    requireNonNull(outcome, "outcome");
    Checks.text("resolution", "text", text);
  }

  /**
   * Obtains a resolution.
   *
   * @param text what was resolved, not blank
   * @param outcome the outcome, not null
   * @return the resolution, not null
   */
  public static Resolution of(String text, ResolutionOutcome outcome) {
    return new Resolution(text, outcome);
  }
}
