package io.github.sapha.validation;

import io.github.sapha.geography.Gazetteer;

/**
 * What a {@link Rule} sees while it checks a registry: the gazetteer and policy
 * in force, and where to report violations.
 *
 * <p>A context belongs to one validation run of one rule; it is not thread-safe.
 */
public interface RuleContext {

  /** {@return the gazetteer the registry is checked against} */
  Gazetteer gazetteer();

  /** {@return the policy in force} */
  Policy policy();

  /**
   * Reports a violation of the rule being checked.
   *
   * @param path where, not null
   * @param message one English sentence naming the values, without personal data, not null
   */
  void report(Pointer path, String message);

  /**
   * Reports a violation with a suggestion.
   *
   * @param path where, not null
   * @param message one English sentence naming the values, without personal data, not null
   * @param suggestion what the value probably should be, not null
   */
  void report(Pointer path, String message, String suggestion);
}
