package io.github.sapha.testing;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One mutation as applied: its name and the violations it causes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the mutation's name, such as "registered-before-act", not null
 * @param violations the violations it causes, not null
 */
public record AppliedMutation(String name, List<ExpectedViolation> violations) {

  /**
   * Creates an applied mutation, copying the list.
   *
   * @param name the mutation's name, not null
   * @param violations the violations it causes, not null
   */
  public AppliedMutation {
    requireNonNull(name, "name");
    violations = List.copyOf(violations);
  }
}
