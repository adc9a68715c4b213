package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.sapha.council.CommunityKind;
import io.github.sapha.council.MemberKind;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.council.OrganizationKind;
import io.github.sapha.council.PostRole;
import io.github.sapha.geography.LocalGovernmentKind;
import io.github.sapha.jackson.internal.JsonEnums;
import io.github.sapha.meeting.MeetingLevel;
import io.github.sapha.meeting.MeetingStatus;
import io.github.sapha.meeting.ParticipantRole;
import io.github.sapha.meeting.ResolutionOutcome;
import io.github.sapha.plan.FundingSource;
import io.github.sapha.plan.PlanLevel;
import io.github.sapha.plan.PlanStatus;
import io.github.sapha.plan.ProjectStatus;
import io.github.sapha.plan.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema of format v1: shipped in the jar (its one copy), valid, and in step with the binding. */
class SchemaTest {
  static final String RESOURCE = "/io/github/sapha/jackson/sapha-registry-v1.schema.json";

  static String schemaText() {
    try (InputStream in = SchemaTest.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The schema, loaded once; networknt schemas are immutable and thread-safe. */
  static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText(), InputFormat.JSON);

  static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void test_schema_meetsTheDraft2020_12MetaSchema() {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(schemaText(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void test_fullRegistry_isValid() throws IOException {
    assertThat(validate(CanonicalOutputTest.fullRegistryJson())).isEmpty();
  }

  @Test
  void test_schema_refusesWhatTheReaderRefuses() throws IOException {
    String full = CanonicalOutputTest.fullRegistryJson();
    List<String> broken =
        List.of(
            full.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"),
            full.replace("\"nameEn\": \"Mae Sai network\",", "\"nameEn\": \"Mae Sai network\", \"colour\": \"red\","),
            full.replace("\"570908\"", "\"570900\""),
            full.replace("\"1250000.50\"", "\"1,250,000.50\""),
            full.replace("\"role\": \"chair\"", "\"role\": \"chairman\""),
            full.replace("\"label\": \"advisor\",", ""),
            full.replace("\"area\": \"5709\",\n      \"councils\"", "\"area\": \"57\",\n      \"councils\""),
            full.replace("\"phone\": \"0812345678\"", "\"phone\": \"081-234-5678\""),
            full.replace("\"id\": \"c-1\"", "\"id\": \"c 1\""),
            full.replace("\"village\": 1", "\"village\": \"1\""));
    for (String json : broken) {
      assertThat(json).isNotEqualTo(full);
      assertThat(validate(json)).as("schema errors for %s", json).isNotEmpty();
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> SaphaJson.defaults().read(json)))
          .isInstanceOf(SaphaJsonException.class);
    }
  }

  @Test
  void test_enums_areTheBindingsValues() throws IOException {
    JsonNode defs = JsonMapper.builder().build().readTree(schemaText()).get("$defs");
    Map<String, Class<? extends Enum<?>>> enums =
        Map.ofEntries(
            Map.entry("/post/properties/role", PostRole.class),
            Map.entry("/community/properties/kind", CommunityKind.class),
            Map.entry("/membership/properties/kind", MemberKind.class),
            Map.entry("/network/properties/level", NetworkLevel.class),
            Map.entry("/localGovernment/properties/kind", LocalGovernmentKind.class),
            Map.entry("/organization/properties/kind", OrganizationKind.class),
            Map.entry("/participant/properties/role", ParticipantRole.class),
            Map.entry("/meeting/properties/level", MeetingLevel.class),
            Map.entry("/meeting/properties/status", MeetingStatus.class),
            Map.entry("/meeting/properties/resolutions/items/properties/outcome", ResolutionOutcome.class),
            Map.entry("/themes/items", Theme.class),
            Map.entry("/project/properties/funding/items/properties/source", FundingSource.class),
            Map.entry("/project/properties/status", ProjectStatus.class),
            Map.entry("/plan/properties/level", PlanLevel.class),
            Map.entry("/plan/properties/status", PlanStatus.class),
            Map.entry("/designation/properties/kind", io.github.sapha.designation.DesignationKind.class),
            Map.entry("/designation/properties/certainty", io.github.sapha.designation.SourceCertainty.class));
    assertThat(enums.values()).containsExactlyInAnyOrderElementsOf(JsonEnums.MODEL_ENUMS);
    enums.forEach(
        (pointer, type) -> {
          List<String> values = new ArrayList<>();
          defs.at(pointer + "/enum").forEach(value -> values.add(value.asString()));
          assertThat(values).as(pointer).isEqualTo(JsonEnums.values(type));
        });
  }
}
