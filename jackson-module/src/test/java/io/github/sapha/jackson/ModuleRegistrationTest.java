package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.PostRole;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.money.Baht;
import io.github.sapha.registry.Registry;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The module is found by Jackson's service lookup and works the same however it is registered. */
class ModuleRegistrationTest {
  private static final Registry SMALL = Registry.builder().asOf(LocalDate.of(2017, 5, 18)).build();
  private static final String SMALL_JSON =
      "{\"schemaVersion\":1,\"asOf\":\"2017-05-18\",\"councils\":[],\"networks\":[],\"organizations\":[],"
          + "\"people\":[],\"meetings\":[],\"plans\":[]}";

  @Test
  void test_findAndAddModules_findsTheModule() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof SaphaModule);
    assertThat(mapper.writeValueAsString(SMALL)).isEqualTo(SMALL_JSON);
    assertThat(mapper.readValue(SMALL_JSON, Registry.class)).isEqualTo(SMALL);
  }

  @Test
  void test_addModule_works() {
    JsonMapper mapper = JsonMapper.builder().addModule(new SaphaModule()).build();
    assertThat(mapper.writeValueAsString(SMALL)).isEqualTo(SMALL_JSON);
    assertThat(mapper.readValue(SMALL_JSON, Registry.class)).isEqualTo(SMALL);
  }

  /**
   * What the README, Registry's and SaphaModule's Javadoc warn of: without the
   * module, Jackson loses the data without failing. If Jackson ever refuses
   * instead, this test fails and the warnings can go.
   */
  @Test
  void test_mapperWithoutTheModule_losesDataSilently_asDocumented() {
    JsonMapper plain = JsonMapper.builder().build();
    assertThat(plain.writeValueAsString(SMALL)).isEqualTo("{}");
    assertThat(plain.writeValueAsString(Baht.of(5))).isEqualTo("{\"negative\":false,\"positive\":true,\"zero\":false}");
  }

  @Test
  void test_serviceFile_namesTheModule() throws IOException {
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/services/" + JacksonModule.class.getName())) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(SaphaModule.class.getName());
    }
  }

  @Test
  void test_moduleDescriptor_providesTheModuleAndExportsTheApiOnly() throws IOException {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    assertThat(module.name()).isEqualTo("io.github.sapha.jackson");
    assertThat(module.provides())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.service()).isEqualTo(JacksonModule.class.getName());
              assertThat(p.providers()).containsExactly(SaphaModule.class.getName());
            });
    assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .isEqualTo(Set.of("io.github.sapha.jackson"));
    // The implementation packages exist and stay unexported.
    Path root = Path.of("target", "classes", "io", "github", "sapha", "jackson");
    assertThat(root.resolve("ser")).isDirectory();
    assertThat(root.resolve("deser")).isDirectory();
    assertThat(root.resolve("internal")).isDirectory();
  }

  @Test
  void test_version_isTheArtifacts() {
    assertThat(new SaphaModule().version().getGroupId()).isEqualTo("io.github.sapha");
    assertThat(new SaphaModule().version().getArtifactId()).isEqualTo("sapha-jackson");
    assertThat(new SaphaModule().version().isUnknownVersion()).isFalse();
    assertThat(new SaphaModule().getModuleName()).isEqualTo("sapha");
  }

  @Test
  void test_module_isImmutableWithDocumentedDefaults() {
    SaphaModule defaults = new SaphaModule();
    assertThat(defaults.enabledFeatures())
        .containsExactlyInAnyOrder(SaphaFeature.FAIL_ON_UNKNOWN_PROPERTIES, SaphaFeature.WRITE_EMPTY_COLLECTIONS);
    SaphaModule lenient = defaults.disable(SaphaFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(lenient.isEnabled(SaphaFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
    assertThat(defaults.isEnabled(SaphaFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(SaphaFeature.PRETTY_PRINT.enabledByDefault()).isFalse();
    assertThat(SaphaFeature.FAIL_ON_UNKNOWN_PROPERTIES.enabledByDefault()).isTrue();
    assertThat(SaphaFeature.WRITE_EMPTY_COLLECTIONS.enabledByDefault()).isTrue();
  }

  @Test
  void test_moduleFeatures_applyToAPlainMapper() {
    JsonMapper lenient =
        JsonMapper.builder().addModule(new SaphaModule().disable(SaphaFeature.FAIL_ON_UNKNOWN_PROPERTIES)).build();
    assertThat(lenient.readValue(SMALL_JSON.replace("\"plans\":[]", "\"plans\":[],\"extra\":{\"a\":[1,2]}"), Registry.class))
        .isEqualTo(SMALL);
    JsonMapper sparse =
        JsonMapper.builder().addModule(new SaphaModule().disable(SaphaFeature.WRITE_EMPTY_COLLECTIONS)).build();
    assertThat(sparse.writeValueAsString(SMALL)).isEqualTo("{\"schemaVersion\":1,\"asOf\":\"2017-05-18\"}");
    assertThat(sparse.readValue("{\"schemaVersion\":1,\"asOf\":\"2017-05-18\"}", Registry.class)).isEqualTo(SMALL);
  }

  @Test
  void test_scalarsAndEnums_bindOnTheirOwn() {
    JsonMapper mapper = JsonMapper.builder().addModule(new SaphaModule()).build();
    assertThat(mapper.writeValueAsString(PostRole.VICE_CHAIR)).isEqualTo("\"vice-chair\"");
    assertThat(mapper.readValue("\"committee-member\"", PostRole.class)).isEqualTo(PostRole.COMMITTEE_MEMBER);
    assertThat(mapper.writeValueAsString(BodyId.of("council-570908"))).isEqualTo("\"council-570908\"");
    assertThat(mapper.readValue("\"570908\"", AreaCode.class)).isEqualTo(SubdistrictCode.parse("570908"));
    assertThat(mapper.readValue("\"570908\"", SubdistrictCode.class)).isEqualTo(SubdistrictCode.parse("570908"));
    assertThat(mapper.writeValueAsString(Baht.parse("1250000.5"))).isEqualTo("\"1250000.50\"");
    assertThat(mapper.readValue("\"1250000.50\"", Baht.class)).isEqualTo(Baht.parse("1250000.50"));
    assertThat(mapper.writeValueAsString(io.github.sapha.calendar.FiscalYear.of(2561))).isEqualTo("2561");
    assertThat(mapper.readValue("[\"chair\",\"other\"]", PostRole[].class))
        .containsExactly(PostRole.CHAIR, PostRole.OTHER);
  }
}
