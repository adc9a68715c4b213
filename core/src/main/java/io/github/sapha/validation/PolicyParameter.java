package io.github.sapha.validation;

import static java.util.Objects.requireNonNull;

/**
 * One number of a {@link Policy}: its name, the value in force, the default,
 * where the default comes from and how sure we are of it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the parameter's name, such as "quorumShare", not null
 * @param value the value in force, as text, not null
 * @param defaultValue the default, as text, not null
 * @param source where the default comes from, not null
 * @param confidence how sure we are of the default, not null
 */
public record PolicyParameter(
    String name, String value, String defaultValue, String source, Confidence confidence) {

  /**
   * Creates a parameter description, refusing nulls.
   *
   * @param name the parameter's name, as the policy's builder method spells it
   * @param value the value under this policy
   * @param defaultValue the value under the default policy
   * @param source where the default comes from
   * @param confidence how sure we are of the default
   */
  public PolicyParameter {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    requireNonNull(defaultValue, "defaultValue");
    requireNonNull(source, "source");
    requireNonNull(confidence, "confidence");
  }

  /** How sure the library is of a default. */
  public enum Confidence {
    /** Read in the law or an official source. */
    CONFIRMED,
    /** Taken from a summary of the source, not the source itself. */
    FROM_SUMMARY,
    /** Believed, not checked: verify before relying on it. */
    UNVERIFIED,
    /** The weakest claim possible, because the source could not be read. */
    WEAKEST_CLAIM
  }
}
