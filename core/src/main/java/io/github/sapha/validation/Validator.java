package io.github.sapha.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.registry.Registry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a registry against every rule of the catalogue and any rules of one's
 * own, under a policy, against a gazetteer (the bundled Thailand one by
 * default), and reports every violation at once.
 *
 * <pre>{@code
 * ValidationReport report = Validator.defaults().validate(registry);
 * if (!report.isValid()) {
 *   report.violations().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>The validator is stateless: one instance may check many registries from
 * many threads at once, and the same registry always gives the same report.
 * Every rule costs time linear in the size of the registry.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Validator {
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

  private final Gazetteer gazetteer;
  private final Policy policy;
  private final ImmutableList<Rule> rules;

  private Validator(Gazetteer gazetteer, Policy policy, ImmutableList<Rule> rules) {
    this.gazetteer = gazetteer;
    this.policy = policy;
    this.rules = rules;
  }

  /**
   * Gets a validator with the bundled gazetteer of Thailand, the default policy
   * and the built-in rules only.
   *
   * @return the validator, not null
   */
  public static Validator defaults() {
    return Defaults.INSTANCE;
  }

  /** Defers building the default validator (and loading the gazetteer) to first use. */
  private static final class Defaults {
    static final Validator INSTANCE = builder().build();
  }

  /**
   * Obtains a builder, starting from the bundled gazetteer, the default policy
   * and no custom rules.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the gazetteer registries are checked against} */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** {@return the policy in force} */
  public Policy policy() {
    return policy;
  }

  /** {@return the custom rules, in the order added} */
  public List<Rule> customRules() {
    return rules;
  }

  /**
   * Checks a registry.
   *
   * @param registry the registry, not null
   * @return the report of every violation, not null
   */
  public ValidationReport validate(Registry registry) {
    return validate(requireNonNull(registry, "registry"), Rules.DEFINITIONS);
  }

  /** Checks a registry against some built-in rules and the custom rules: one path for both. */
  ValidationReport validate(Registry registry, List<Definition> builtIns) {
    Run run = new Run(registry, gazetteer, policy);
    List<Definition> byCouncil = new ArrayList<>();
    for (Definition rule : builtIns) {
      RuleInfo info = rule.info();
      if (rule.councilCheck() != null) {
        byCouncil.add(rule);
      } else {
        run.check(info.id(), info.defaultSeverity(), info.reference(), context -> rule.check(run, context));
      }
    }
    run.checkByCouncil(byCouncil);
    for (Rule rule : rules) {
      run.check(rule.id(), rule.defaultSeverity(), rule.reference(), context -> rule.check(registry, context));
    }
    return ValidationReport.of(run.violations());
  }

  /** Gets a summary of the gazetteer, policy and custom rules. */
  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.id()));
    return "Validator[" + gazetteer + ", " + policy + ", custom rules " + ids + "]";
  }

  /**
   * Builds a {@link Validator}; {@code build()} refuses custom rules with
   * malformed or repeated ids and a policy that names a rule that does not exist.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private Gazetteer gazetteer;
    private Policy policy = Policy.defaults();
    private final List<Rule> rules = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the gazetteer to check against instead of the bundled one.
     *
     * @param gazetteer the gazetteer codes and names are checked against
     * @return this builder
     */
    public Builder gazetteer(Gazetteer gazetteer) {
      this.gazetteer = requireNonNull(gazetteer, "gazetteer");
      return this;
    }

    /**
     * Sets the policy.
     *
     * @param policy the policy: parameters, rules switched off, severities re-graded
     * @return this builder
     */
    public Builder policy(Policy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds a rule of one's own.
     *
     * @param rule the rule, run after the built-in rules
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      rules.add(requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator, not null
     * @throws IllegalArgumentException if a custom rule's id is malformed, repeated or a built-in
     *     rule's, or the policy names an unknown rule
     */
    public Validator build() {
      Set<String> known = new HashSet<>();
      Rules.catalogue().forEach(r -> known.add(r.id()));
      for (Rule rule : rules) {
        String id = requireNonNull(rule.id(), "rule id");
        requireNonNull(rule.defaultSeverity(), "default severity of rule " + id);
        if (!RULE_ID.matcher(id).matches()) {
          throw new IllegalArgumentException(
              "Invalid rule id \"" + id + "\": expected lower-case letters and digits in words joined by '.' or '-'");
        }
        if (!known.add(id)) {
          throw new IllegalArgumentException(
              "Rule id \"" + id + "\" is already taken by " + (Rules.info(id).isPresent() ? "a built-in rule" : "another custom rule"));
        }
      }
      Set<String> named = new HashSet<>(policy.disabledRules());
      named.addAll(policy.severityOverrides().keySet());
      for (String id : named) {
        if (!known.contains(id)) {
          throw new IllegalArgumentException(
              "The policy names rule \"" + id + "\", which is neither a built-in rule nor a custom rule added to this validator");
        }
      }
      return new Validator(gazetteer == null ? Gazetteer.thailand() : gazetteer, policy, ImmutableList.copyOf(rules));
    }
  }
}
