package io.github.sapha.validation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What the catalogue says of a rule: its id, default severity, what it checks,
 * and the legal reference for rules that come from the Act.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the rule id, not null
 * @param defaultSeverity the severity unless the policy re-grades it, not null
 * @param description what the rule checks, not null
 * @param reference the legal reference, not null (may be empty)
 */
public record RuleInfo(String id, Severity defaultSeverity, String description, Optional<String> reference) {

  /**
   * Creates a rule description, refusing nulls.
   *
   * @param id the rule id
   * @param defaultSeverity the severity unless the policy re-grades it
   * @param description what the rule checks
   * @param reference the legal reference (may be empty)
   */
  public RuleInfo {
    requireNonNull(id, "id");
    requireNonNull(defaultSeverity, "defaultSeverity");
    requireNonNull(description, "description");
    requireNonNull(reference, "reference");
  }
}
