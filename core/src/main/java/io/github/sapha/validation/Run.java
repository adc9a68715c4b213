package io.github.sapha.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Maps;
import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Council;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.registry.Registry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One validation run: the registry, gazetteer and policy, the maps that checks
 * share, and the violations collected so far. Built-in and custom rules go
 * through one path, {@link #check}: a rule the policy switched off is not
 * checked at all; a rule that is on reports through a {@link RuleContext} that
 * applies its severity under the policy. Not thread-safe: each call to {@link
 * Validator#validate} makes its own.
 */
final class Run {
  /**
   * A map or other value that several checks need, computed on first use and
   * then shared for the rest of the run.
   *
   * @param <T> the type of the value
   */
  static final class Shared<T> {
    private final Function<Run, T> compute;

    private Shared(Function<Run, T> compute) {
      this.compute = compute;
    }

    static <T> Shared<T> of(Function<Run, T> compute) {
      return new Shared<>(requireNonNull(compute, "compute"));
    }
  }

  /** Person record ids that stand for an earlier record with the same citizen id. */
  private static final Shared<Map<PersonId, PersonId>> SAME_PERSON = Shared.of(Run::computeSamePeople);

  final Registry registry;
  final Gazetteer gazetteer;
  final Policy policy;
  private final List<Violation> violations = new ArrayList<>();
  private final Map<Shared<?>, Object> shared = new HashMap<>();
  private Map<PersonId, PersonId> samePeople;

  Run(Registry registry, Gazetteer gazetteer, Policy policy) {
    this.registry = registry;
    this.gazetteer = gazetteer;
    this.policy = policy;
  }

  /**
   * Checks one rule, built-in or custom, if the policy has it switched on:
   * the check never runs for a rule that is off, so it costs nothing, not
   * even its messages.
   */
  void check(String id, Severity defaultSeverity, Optional<String> reference, Consumer<RuleContext> check) {
    context(id, defaultSeverity, reference).ifPresent(check);
  }

  /**
   * Checks rules of one council at a time ({@link Definition#councilCheck})
   * in one pass over the councils: each council is checked by every such rule
   * that is on before the next council, while its members and posts are still
   * in the processor's cache. Which rules run, and at what severity, is
   * decided as in {@link #check}.
   */
  void checkByCouncil(List<Definition> rules) {
    List<Definition.CouncilCheck> checks = new ArrayList<>();
    List<RuleContext> contexts = new ArrayList<>();
    for (Definition rule : rules) {
      RuleInfo info = rule.info();
      context(info.id(), info.defaultSeverity(), info.reference()).ifPresent(context -> {
        checks.add(rule.councilCheck());
        contexts.add(context);
      });
    }
    eachCouncil(checks, contexts);
  }

  /** Runs council checks, each reporting to its context, council by council in document order. */
  void eachCouncil(List<Definition.CouncilCheck> checks, List<RuleContext> contexts) {
    if (checks.isEmpty()) {
      return;
    }
    List<Council> councils = registry.councils();
    for (int i = 0; i < councils.size(); i++) {
      Council council = councils.get(i);
      Pointer at = Paths.council(i);
      for (int k = 0; k < checks.size(); k++) {
        checks.get(k).check(this, contexts.get(k), council, at);
      }
    }
  }

  /** Where a rule reports, at the severity the policy gives it; empty if the policy has it switched off. */
  private Optional<RuleContext> context(String id, Severity defaultSeverity, Optional<String> reference) {
    return policy.isEnabled(id)
        ? Optional.of(new Context(id, policy.severity(id).orElse(defaultSeverity), reference))
        : Optional.empty();
  }

  /** Gets a shared value, computing it on first use. */
  <T> T shared(Shared<T> key) {
    @SuppressWarnings("unchecked")
    T value = (T) shared.get(key);
    if (value == null) {
      // Not computeIfAbsent: one shared value may be computed from another.
      value = key.compute.apply(this);
      shared.put(key, value);
    }
    return value;
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
    return samePeople().getOrDefault(id, id);
  }

  /**
   * Gets, for each person record whose citizen id an earlier record already
   * has, the id of the first such record. Kept in a field as well as shared:
   * rules ask for it once per member of the country.
   */
  Map<PersonId, PersonId> samePeople() {
    if (samePeople == null) {
      samePeople = shared(SAME_PERSON);
    }
    return samePeople;
  }

  private static Map<PersonId, PersonId> computeSamePeople(Run run) {
    Map<PersonId, PersonId> same = new HashMap<>();
    Map<CitizenId, PersonId> first = Maps.newHashMapWithExpectedSize(run.registry.people().size());
    for (Person person : run.registry.people()) {
      person.citizenId().ifPresent(c -> {
        PersonId earlier = first.putIfAbsent(c, person.id());
        if (earlier != null) {
          same.put(person.id(), earlier);
        }
      });
    }
    return same;
  }

  List<Violation> violations() {
    return violations;
  }

  /** Where one rule that is switched on reports, at the severity the policy gives it. */
  private final class Context implements RuleContext {
    private final String rule;
    private final Severity severity;
    private final Optional<String> reference;

    Context(String rule, Severity severity, Optional<String> reference) {
      this.rule = rule;
      this.severity = severity;
      this.reference = reference;
    }

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
      violations.add(new Violation(rule, severity, path, message, Optional.empty(), reference));
    }

    @Override
    public void report(Pointer path, String message, String suggestion) {
      violations.add(new Violation(rule, severity, path, message, Optional.of(suggestion), reference));
    }
  }
}
