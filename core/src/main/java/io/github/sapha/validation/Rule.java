package io.github.sapha.validation;

import io.github.sapha.registry.Registry;
import java.util.Optional;

/**
 * A rule of one's own, checked alongside the catalogue by a {@link Validator}
 * built with {@link Validator.Builder#addRule(Rule)}. The policy switches it off
 * or re-grades it by its id like any built-in rule.
 *
 * <pre>{@code
 * Rule everyCouncilHasAnEnglishName = new Rule() {
 *   public String id() { return "acme.council-english-name"; }
 *   public Severity defaultSeverity() { return Severity.INFO; }
 *   public void check(Registry registry, RuleContext context) {
 *     for (int i = 0; i < registry.councils().size(); i++) {
 *       if (registry.councils().get(i).nameEn().isEmpty()) {
 *         context.report(Pointer.ROOT.field(FieldNames.COUNCILS).index(i), "Council has no English name");
 *       }
 *     }
 *   }
 * };
 * }</pre>
 *
 * <p>Pointers are built from {@link io.github.sapha.registry.FieldNames}, the
 * field names of JSON format v1.
 *
 * <p>Implementations must be stateless and thread-safe: one validator may check
 * many registries at once. Their messages must not hold personal data.
 */
public interface Rule {

  /**
   * {@return the rule's id: lower-case words joined by '.' and '-', such as
   * "acme.council-english-name"; it must not be a built-in rule's id}
   */
  String id();

  /** {@return the severity the rule reports at unless the policy re-grades it} */
  Severity defaultSeverity();

  /** {@return the legal reference of the rule, if it comes from law} */
  default Optional<String> reference() {
    return Optional.empty();
  }

  /**
   * Checks a registry, reporting every violation found to the context. The
   * validator calls it only when the policy has the rule switched on.
   *
   * @param registry the registry, not null
   * @param context where to report, and the gazetteer and policy in force, not null
   */
  void check(Registry registry, RuleContext context);
}
