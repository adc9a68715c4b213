package io.github.sapha.testing;

import static java.util.Objects.requireNonNull;

import io.github.sapha.registry.Registry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A registry broken by one or more mutations, with what each causes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param registry the broken registry, not null
 * @param mutations the mutations applied, in order, not null
 */
public record MutatedRegistry(Registry registry, List<AppliedMutation> mutations) {

  /**
   * Creates a mutated registry, copying the list.
   *
   * @param registry the broken registry, not null
   * @param mutations the mutations applied, in order, not null
   */
  public MutatedRegistry {
    requireNonNull(registry, "registry");
    mutations = List.copyOf(mutations);
  }

  /** {@return every violation the mutations cause, each once, in order} */
  public Set<ExpectedViolation> expected() {
    Set<ExpectedViolation> all = new LinkedHashSet<>();
    mutations.forEach(m -> all.addAll(m.violations()));
    return all;
  }
}
