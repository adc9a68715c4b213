package io.github.sapha.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Validator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws that tie the generators to the validator. */
class ValidationProperties {

  @Property(tries = 30)
  void aGeneratedValidRegistryYieldsNoViolations(@ForAll("registries") Registry registry) {
    assertThat(Validator.defaults().validate(registry).violations()).isEmpty();
  }

  @Property(tries = 30)
  void eachMutationYieldsExactlyTheRulesAndPathsItDeclares(@ForAll("mutated") MutatedRegistry mutated) {
    assertThat(actual(mutated.registry())).isEqualTo(declared(mutated));
    assertThat(mutated.mutations()).hasSize(1);
  }

  @Property(tries = 10)
  void stackedMutationsYieldTheUnionOfWhatTheyDeclare(@ForAll("stacked") MutatedRegistry mutated) {
    assertThat(actual(mutated.registry())).isEqualTo(declared(mutated));
  }

  @Provide
  Arbitrary<Registry> registries() {
    return SaphaArbitraries.registries();
  }

  @Provide
  Arbitrary<MutatedRegistry> mutated() {
    return SaphaArbitraries.mutatedRegistries();
  }

  @Provide
  Arbitrary<MutatedRegistry> stacked() {
    return SaphaArbitraries.mutatedRegistries(5);
  }

  private static Set<String> actual(Registry registry) {
    return Validator.defaults().validate(registry).violations().stream()
        .map(v -> v.rule() + " " + v.path())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> declared(MutatedRegistry mutated) {
    return mutated.expected().stream()
        .map(e -> e.rule() + " " + e.path())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
