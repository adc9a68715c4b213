package io.github.sapha.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Rules;
import io.github.sapha.validation.ValidationReport;
import io.github.sapha.validation.Validator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every mutation of the catalogue causes exactly the violations it declares. */
class MutationsTest {
  private static final Registry PROVINCE = SyntheticRegistry.generate(11, SyntheticRegistry.Scale.PROVINCE);
  private static final Registry NATIONAL_LIKE = twoProvinces();
  /** Mutations that need more than one province, or a province where codes were retired. */
  private static final Set<String> NATIONAL_ONLY = Set.of("district-outside-province", "retired-integration-area");

  /** A registry with several provinces, for the mutations that need one: small enough to be quick. */
  private static Registry twoProvinces() {
    return SyntheticRegistry.generate(3, SyntheticRegistry.Scale.NATIONAL);
  }

  static java.util.List<String> names() {
    return Mutations.names();
  }

  @ParameterizedTest
  @MethodSource("names")
  void test_apply_eachMutationCausesExactlyWhatItDeclares(String name) {
    Registry base = NATIONAL_ONLY.contains(name) ? NATIONAL_LIKE : PROVINCE;
    for (long seed = 1; seed <= 3; seed++) {
      Optional<MutatedRegistry> mutated = Mutations.apply(base, name, seed);
      assertThat(mutated).as("%s applies to a province registry", name).isPresent();
      assertThat(actual(mutated.get().registry()))
          .as("%s with seed %d", name, seed)
          .isEqualTo(declared(mutated.get()));
    }
  }

  @Test
  void test_catalogue_coversEveryRule() {
    Set<String> rules = new TreeSet<>();
    for (String name : Mutations.names()) {
      Registry base = NATIONAL_ONLY.contains(name) ? NATIONAL_LIKE : PROVINCE;
      Mutations.apply(base, name, 1).orElseThrow().expected().forEach(e -> rules.add(e.rule()));
    }
    assertThat(rules)
        .containsExactlyInAnyOrderElementsOf(
            Rules.catalogue().stream().map(r -> r.id()).collect(Collectors.toList()));
  }

  @Test
  void test_apply_stackedMutationsCauseTheUnionOfWhatTheyDeclare() {
    MutatedRegistry mutated = Mutations.apply(PROVINCE, 20, 42);
    assertThat(mutated.mutations()).hasSize(20);
    assertThat(actual(mutated.registry())).isEqualTo(declared(mutated));
  }

  @Test
  void test_apply_oneMutationManyTimesBreaksManyTargets() {
    MutatedRegistry mutated = Mutations.apply(PROVINCE, "council-outside-district", 3, 42);
    assertThat(mutated.mutations()).hasSize(3).allSatisfy(m -> assertThat(m.name()).isEqualTo("council-outside-district"));
    // Each takes two of the province's eight district networks: the one given a council and the council's own.
    assertThat(mutated.expected().stream().filter(e -> e.rule().equals(Rules.NETWORK_COUNCIL_OUTSIDE_DISTRICT)))
        .hasSize(3);
    assertThat(actual(mutated.registry())).isEqualTo(declared(mutated));
    assertThat(Mutations.apply(PROVINCE, "no-chair", 0, 42).registry()).isEqualTo(PROVINCE);
  }

  @Test
  void test_apply_refusesTooManyTimes() {
    assertThatThrownBy(() -> Mutations.apply(PROVINCE, "no-chair", -1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("times must not be negative: -1");
    assertThatThrownBy(() -> Mutations.apply(PROVINCE, "frobnicate", 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Unknown mutation \"frobnicate\": expected one of [unknown-integration-area, ");
    // One provincial network: the province can be given a district of another province once only, and this
    // registry has none.
    assertThatThrownBy(() -> Mutations.apply(PROVINCE, "district-outside-province", 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Could apply mutation \"district-outside-province\" only 0 of 2 times to " + PROVINCE
            + "; use a larger registry");
  }

  @Test
  void test_apply_refusesUnknownNamesAndImpossibleCounts() {
    assertThatThrownBy(() -> Mutations.apply(PROVINCE, "frobnicate", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Unknown mutation \"frobnicate\": expected one of [unknown-integration-area, ");
    assertThatThrownBy(() -> Mutations.apply(PROVINCE, -1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must not be negative: -1");
    Registry district = SyntheticRegistry.generate(5, SyntheticRegistry.Scale.DISTRICT);
    assertThat(Mutations.apply(district, "district-outside-province", 1)).isEmpty();
  }

  private static Set<String> actual(Registry registry) {
    ValidationReport report = Validator.defaults().validate(registry);
    return report.violations().stream().map(v -> v.rule() + " " + v.path()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> declared(MutatedRegistry mutated) {
    return mutated.expected().stream().map(e -> e.rule() + " " + e.path()).collect(Collectors.toCollection(TreeSet::new));
  }
}
