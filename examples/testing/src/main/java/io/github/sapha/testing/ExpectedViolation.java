package io.github.sapha.testing;

import static java.util.Objects.requireNonNull;

/**
 * A violation a mutation declares it causes: the rule id and the JSON Pointer
 * path, as a validation report will show them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule id, such as "council.before-act", not null
 * @param path the JSON Pointer, such as "/councils/3/registration/date", not null
 */
public record ExpectedViolation(String rule, String path) {

  /**
   * Creates an expected violation, refusing nulls.
   *
   * @param rule the rule id, not null
   * @param path the JSON Pointer, not null
   */
  public ExpectedViolation {
    requireNonNull(rule, "rule");
    requireNonNull(path, "path");
  }
}
