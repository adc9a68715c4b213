package io.github.sapha.demo;

import io.github.sapha.council.Council;
import io.github.sapha.registry.FieldNames;
import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Pointer;
import io.github.sapha.validation.Rule;
import io.github.sapha.validation.RuleContext;
import io.github.sapha.validation.Severity;
import io.github.sapha.validation.Validator;

/**
 * A rule of one's own, as an application adds it: a reporting office that
 * publishes in English wants every council to have an English name.
 *
 * <pre>{@code
 * Validator validator = Validator.builder().addRule(new EnglishNameRule()).build();
 * }</pre>
 *
 * <p>It is stateless, so one instance serves every validation at once.
 */
public final class EnglishNameRule implements Rule {
  /** The rule's id. */
  public static final String ID = "example.council-english-name";

  /** Creates the rule. */
  public EnglishNameRule() {}

  /**
   * Gets a validator with the built-in rules and this one.
   *
   * @return the validator, not null
   */
  public static Validator validator() {
    return Validator.builder().addRule(new EnglishNameRule()).build();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public void check(Registry registry, RuleContext context) {
    for (int i = 0; i < registry.councils().size(); i++) {
      Council council = registry.councils().get(i);
      if (council.nameEn().isEmpty()) {
        context.report(
            Pointer.ROOT.field(FieldNames.COUNCILS).index(i).field(FieldNames.NAME_EN),
            "Council " + council.id() + " has no English name");
      }
    }
  }
}
