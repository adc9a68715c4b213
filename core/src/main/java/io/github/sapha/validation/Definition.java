package io.github.sapha.validation;

import static java.util.Objects.requireNonNull;

import io.github.sapha.council.Council;
import java.util.List;
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
 *
 * <p>A rule of one council at a time is declared with a {@link CouncilCheck}:
 * the validator runs all such rules that are on in one pass over the
 * councils, each council's checks one after another, so that a council's
 * members, posts and terms are read from memory once rather than once per
 * rule (eleven rules, most of the time of validation when each made its own
 * pass over the country).
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

  /** The check of a built-in rule that looks at one council at a time. */
  @FunctionalInterface
  interface CouncilCheck {
    /**
     * Checks one council, reporting to the context.
     *
     * @param run the registry, gazetteer, policy and the maps shared by checks
     * @param context where to report, for this rule
     * @param council the council
     * @param at the council's location in the document
     */
    void check(Run run, RuleContext context, Council council, Pointer at);
  }

  private final RuleInfo info;
  private final Check check;
  /** For a rule of one council at a time, its check; otherwise null. */
  private final CouncilCheck councilCheck;

  private Definition(RuleInfo info, Check check, CouncilCheck councilCheck) {
    this.info = info;
    this.check = check;
    this.councilCheck = councilCheck;
  }

  /** A rule that does not come from law. */
  static Definition of(String id, Severity severity, String description, Check check) {
    return new Definition(new RuleInfo(id, severity, description, Optional.empty()), requireNonNull(check, "check"), null);
  }

  /** A rule that comes from law, with its reference such as {@code Rules.ACT + ", s.6"}. */
  static Definition of(String id, Severity severity, String description, String reference, Check check) {
    return new Definition(
        new RuleInfo(id, severity, description, Optional.of(reference)), requireNonNull(check, "check"), null);
  }

  /** A rule of one council at a time that does not come from law. */
  static Definition ofCouncil(String id, Severity severity, String description, CouncilCheck check) {
    return new Definition(
        new RuleInfo(id, severity, description, Optional.empty()), null, requireNonNull(check, "check"));
  }

  /** A rule of one council at a time that comes from law. */
  static Definition ofCouncil(String id, Severity severity, String description, String reference, CouncilCheck check) {
    return new Definition(
        new RuleInfo(id, severity, description, Optional.of(reference)), null, requireNonNull(check, "check"));
  }

  RuleInfo info() {
    return info;
  }

  String id() {
    return info.id();
  }

  /** {@return the check of one council, or null if the rule looks at the whole registry} */
  CouncilCheck councilCheck() {
    return councilCheck;
  }

  /** Checks the whole registry: a rule of one council at a time checks each council in turn. */
  void check(Run run, RuleContext context) {
    if (councilCheck == null) {
      check.check(run, context);
    } else {
      run.eachCouncil(List.of(councilCheck), List.of(context));
    }
  }
}
