package io.github.sapha.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.testing.MutatedRegistry;
import io.github.sapha.testing.SaphaArbitraries;
import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CouncilStoreProperties {

  // The code under test: here a store that keeps registries as JSON; put yours.
  private final SaphaJson store = SaphaJson.defaults();

  @Property(tries = 20)
  void storingKeepsEveryCouncil(@ForAll("registries") Registry registry) {
    Registry back = store.read(store.writeString(registry));
    assertThat(back.councils()).isEqualTo(registry.councils());
  }

  @Property(tries = 20)
  void checksFindExactlyWhatEachBreakageDeclares(@ForAll("broken") MutatedRegistry broken) {
    Set<String> found = Validator.defaults().validate(broken.registry()).violations().stream()
        .map(v -> v.rule() + " " + v.path())
        .collect(Collectors.toSet());
    Set<String> declared = broken.expected().stream()
        .map(e -> e.rule() + " " + e.path())
        .collect(Collectors.toSet());
    assertThat(found).isEqualTo(declared);
  }

  @Provide
  Arbitrary<Registry> registries() {
    return SaphaArbitraries.registries();
  }

  @Provide
  Arbitrary<MutatedRegistry> broken() {
    return SaphaArbitraries.mutatedRegistries();
  }
}
