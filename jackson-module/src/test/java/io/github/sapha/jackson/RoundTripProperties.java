package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.Council;
import io.github.sapha.council.Person;
import io.github.sapha.plan.Plan;
import io.github.sapha.registry.Registry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;

/** Reading what was written gives the same registry, and writing it again the same bytes. */
class RoundTripProperties {
  private static final SaphaJson COMPACT = SaphaJson.defaults();
  private static final SaphaJson PRETTY = SaphaJson.builder().enable(SaphaFeature.PRETTY_PRINT).build();
  private static final SaphaJson SPARSE = SaphaJson.builder().disable(SaphaFeature.WRITE_EMPTY_COLLECTIONS).build();
  private static final JsonMapper PLAIN_MAPPER = JsonMapper.builder().addModule(new SaphaModule()).build();

  @Provide
  Arbitrary<Registry> registries() {
    return RegistryGenerator.registries();
  }

  @Provide
  Arbitrary<List<Council>> councils() {
    return RegistryGenerator.councils().list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<Person>> people() {
    return RegistryGenerator.people().list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<Plan>> plans() {
    return RegistryGenerator.plans().list().ofMaxSize(5);
  }

  @Property(tries = 200)
  void read_invertsWrite_compact(@ForAll("registries") Registry registry) {
    byte[] written = COMPACT.writeBytes(registry);
    Registry read = COMPACT.read(new ByteArrayInputStream(written));
    assertThat(read).isEqualTo(registry);
    assertThat(COMPACT.writeBytes(read)).isEqualTo(written);
  }

  @Property(tries = 200)
  void read_invertsWrite_pretty(@ForAll("registries") Registry registry) {
    String written = PRETTY.writeString(registry);
    Registry read = PRETTY.read(written);
    assertThat(read).isEqualTo(registry);
    assertThat(PRETTY.writeString(read)).isEqualTo(written);
    // Pretty and compact are the same document.
    assertThat(COMPACT.read(written)).isEqualTo(COMPACT.read(COMPACT.writeString(registry)));
  }

  @Property(tries = 200)
  void write_neverNamesAJavaClass(@ForAll("registries") Registry registry) {
    // The generated text never holds these, so any occurrence would come from the writer.
    assertThat(PRETTY.writeString(registry))
        .doesNotContain("io.github")
        .doesNotContain("Immutable")
        .doesNotContain("@class")
        .doesNotContain("java.");
  }

  @Property(tries = 100)
  void read_invertsWrite_withoutEmptyCollections(@ForAll("registries") Registry registry) {
    String written = SPARSE.writeString(registry);
    // No text holds a colon followed by [], so this is an empty collection.
    assertThat(written).doesNotContain("\":[]");
    assertThat(SPARSE.read(written)).isEqualTo(registry);
  }

  @Property(tries = 100)
  void mapperWithModule_readsAndWritesTheSameAsSaphaJson(@ForAll("registries") Registry registry) {
    String viaMapper = PLAIN_MAPPER.writeValueAsString(registry);
    assertThat(viaMapper).isEqualTo(COMPACT.writeString(registry));
    assertThat(PLAIN_MAPPER.readValue(viaMapper, Registry.class)).isEqualTo(registry);
    assertThat(COMPACT.mapper().writer().with(SaphaJson.prettyPrinter()).writeValueAsString(registry) + "\n")
        .isEqualTo(PRETTY.writeString(registry));
  }

  @Property(tries = 100)
  void councilLines_roundTrip(@ForAll("councils") List<Council> councils) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    COMPACT.writeCouncilLines(councils, out);
    byte[] written = out.toByteArray();
    assertThat(new String(written, StandardCharsets.UTF_8).lines()).hasSize(councils.size());
    assertThat(COMPACT.readCouncilLines(new ByteArrayInputStream(written)).collect(Collectors.toList()))
        .isEqualTo(councils);
  }

  @Property(tries = 100)
  void personLines_roundTrip(@ForAll("people") List<Person> people) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    COMPACT.writePersonLines(people, out);
    assertThat(COMPACT.readPersonLines(new ByteArrayInputStream(out.toByteArray())).collect(Collectors.toList()))
        .isEqualTo(people);
  }

  @Property(tries = 100)
  void planLines_roundTrip(@ForAll("plans") List<Plan> plans) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    COMPACT.writePlanLines(plans, out);
    assertThat(COMPACT.readPlanLines(new ByteArrayInputStream(out.toByteArray())).collect(Collectors.toList()))
        .isEqualTo(plans);
  }
}
