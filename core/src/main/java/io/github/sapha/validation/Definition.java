package io.github.sapha.validation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A built-in rule, written once: what the catalogue says of it (id, default
 * severity, description, legal reference) and its check. Each family class
 * ({@code GeographyChecks}, {@code CouncilChecks}, ...) declares its rules
 * next to their checks; {@link Rules} collects them into the catalogue, and
 * docs/validation.md's table is tested against it.
 *
 * <p>A check reports through the same {@link RuleContext} as a custom {@link
 * Rule}, and runs only when the policy has its rule switched on, so that a
 * rule switched off costs nothing. Checks of one family share the maps they
 * need through {@link Run#shared}.
 */
final class Definition {
  /** The check of a built-in rule. */
  @FunctionalInterface
  interface Check {
    /**
     * Checks the run's registry, reporting to the context.
     *
     * @param run the registry, gazetteer, policy and the maps shared by checks
     * @param context where to report, for this rule
     */
    void check(Run run, RuleContext context);
  }

  private final RuleInfo info;
  private final Check check;

  private Definition(RuleInfo info, Check check) {
    this.info = info;
    this.check = requireNonNull(check, "check");
  }

  /** A rule that does not come from law. */
  static Definition of(String id, Severity severity, String description, Check check) {
    return new Definition(new RuleInfo(id, severity, description, Optional.empty()), check);
  }

  /** A rule that comes from law, with its reference such as {@code Rules.ACT + ", s.6"}. */
  static Definition of(String id, Severity severity, String description, String reference, Check check) {
    return new Definition(new RuleInfo(id, severity, description, Optional.of(reference)), check);
  }

  RuleInfo info() {
    return info;
  }

  String id() {
    return info.id();
  }

  void check(Run run, RuleContext context) {
    check.check(run, context);
  }
}
