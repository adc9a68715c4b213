package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.registry.Registry;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the writer writes meets the published JSON Schema: an independent reading of the format. */
class SchemaProperties {
  private static final SaphaJson PRETTY = SaphaJson.builder().enable(SaphaFeature.PRETTY_PRINT).build();

  @Provide
  Arbitrary<Registry> registries() {
    return RegistryGenerator.registries();
  }

  @Property(tries = 100)
  void written_meetsTheSchema(@ForAll("registries") Registry registry) {
    assertThat(SchemaTest.validate(PRETTY.writeString(registry))).isEmpty();
  }
}
