package io.github.sapha.validation;

import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.registry.Registry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * One validation run: the registry, gazetteer and policy, and the violations
 * collected so far. Built-in checks report by rule id; the run drops rules the
 * policy switched off and applies re-graded severities. Not thread-safe: each
 * call to {@link Validator#validate} makes its own.
 */
final class Run {
  final Registry registry;
  final Gazetteer gazetteer;
  final Policy policy;
  private final List<Violation> violations = new ArrayList<>();
  private Map<PersonId, PersonId> samePerson;

  Run(Registry registry, Gazetteer gazetteer, Policy policy) {
    this.registry = registry;
    this.gazetteer = gazetteer;
    this.policy = policy;
  }

  /**
   * Gets how a message names a person reference: by its id when it names a
   * person of the registry; otherwise not at all, since a reference that
   * resolves to no one may be a name, phone number or citizen id typed where
   * an id belongs.
   */
  String person(PersonId id) {
    return registry.person(id).isPresent() ? id.toString() : "(id not shown: no such person)";
  }

  /**
   * Gets the id that stands for a person in rules that count people: the
   * first person record in document order with the same citizen id (one
   * person recorded twice is one person), else the id itself.
   */
  PersonId samePerson(PersonId id) {
    if (samePerson == null) {
      samePerson = new HashMap<>();
      Map<CitizenId, PersonId> first = new HashMap<>();
      for (Person person : registry.people()) {
        person.citizenId().ifPresent(c -> {
          PersonId earlier = first.putIfAbsent(c, person.id());
          if (earlier != null) {
            samePerson.put(person.id(), earlier);
          }
        });
      }
    }
    return samePerson.getOrDefault(id, id);
  }

  /** Checks if a rule is switched on, so that checks can skip work for rules that are off. */
  boolean on(String rule) {
    return policy.isEnabled(rule);
  }

  void report(String rule, Pointer path, String message) {
    add(rule, Rules.info(rule).orElseThrow().defaultSeverity(), Rules.info(rule).orElseThrow().reference(), path, message, Optional.empty());
  }

  void report(String rule, Pointer path, String message, String suggestion) {
    add(rule, Rules.info(rule).orElseThrow().defaultSeverity(), Rules.info(rule).orElseThrow().reference(), path, message, Optional.of(suggestion));
  }

  void add(
      String rule,
      Severity defaultSeverity,
      Optional<String> reference,
      Pointer path,
      String message,
      Optional<String> suggestion) {
    if (policy.isEnabled(rule)) {
      violations.add(
          new Violation(rule, policy.severity(rule).orElse(defaultSeverity), path, message, suggestion, reference));
    }
  }

  List<Violation> violations() {
    return violations;
  }

  /** A {@link RuleContext} that reports for one custom rule. */
  RuleContext contextFor(Rule rule) {
    return new RuleContext() {
      @Override
      public Gazetteer gazetteer() {
        return gazetteer;
      }

      @Override
      public Policy policy() {
        return policy;
      }

      @Override
      public void report(Pointer path, String message) {
        add(rule.id(), rule.defaultSeverity(), rule.reference(), path, message, Optional.empty());
      }

      @Override
      public void report(Pointer path, String message, String suggestion) {
        add(rule.id(), rule.defaultSeverity(), rule.reference(), path, message, Optional.of(suggestion));
      }
    };
  }
}
