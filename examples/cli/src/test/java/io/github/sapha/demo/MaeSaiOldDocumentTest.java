package io.github.sapha.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.jackson.SaphaFeature;
import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.plan.Plan;
import io.github.sapha.registry.Registry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Format v1 only grows: the Mae Sai golden file as it was before designations
 * still reads, into the registry without the zone, and writes back byte for byte.
 */
class MaeSaiOldDocumentTest {
  private static final Path BEFORE_DESIGNATIONS = Path.of("src", "test", "resources", "mae-sai-2017-before-designations.json");
  private static final SaphaJson PRETTY = SaphaJson.builder().enable(SaphaFeature.PRETTY_PRINT).build();

  /** The Mae Sai registry without what designations added: the zone and the strategy's reference to it. */
  static Registry withoutTheZone() {
    Registry registry = MaeSaiRegistry.build().without(MaeSaiRegistry.CHIANG_RAI_SEZ);
    Plan strategy = registry.plan(MaeSaiRegistry.DISTRICT_PLAN).orElseThrow();
    return registry.with(Plan.builder().from(strategy).designations(java.util.List.of()).build());
  }

  @Test
  void test_theDocumentBeforeDesignations_readsIntoTheRegistryWithoutTheZone() throws IOException {
    Registry read = PRETTY.read(Files.readString(BEFORE_DESIGNATIONS));
    assertThat(read).isEqualTo(withoutTheZone());
    assertThat(read.designations()).isEmpty();
  }

  @Test
  void test_theDocumentBeforeDesignations_writesBackByteForByte() throws IOException {
    byte[] old = Files.readAllBytes(BEFORE_DESIGNATIONS);
    assertThat(PRETTY.writeBytes(PRETTY.read(new java.io.ByteArrayInputStream(old)))).isEqualTo(old);
    assertThat(PRETTY.writeBytes(withoutTheZone())).isEqualTo(old);
  }
}
