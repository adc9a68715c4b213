package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.sapha.council.Council;
import io.github.sapha.council.Person;
import io.github.sapha.council.PhoneNumber;
import io.github.sapha.diff.RegistryDiff;
import io.github.sapha.registry.Registry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of a diff: its schema (shipped in the jar), its values as format v1 writes them, no personal data. */
class DiffJsonTest {
  static final String RESOURCE = "/io/github/sapha/jackson/sapha-diff-v1.schema.json";
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  static String schemaText() {
    try (InputStream in = DiffJsonTest.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText(), InputFormat.JSON);

  static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  private static Registry changed() {
    Registry full = FullRegistry.build();
    Council council = full.councils().get(0);
    Person person = full.people().get(0);
    return full.withAsOf(full.asOf().plusDays(1))
        .with(Council.builder().from(council).nameTh(council.nameTh() + "ใหม่").build())
        .with(Person.builder().from(person).phone(PhoneNumber.parse("0899999999")).build())
        .with(DesignationJsonTest.ZONE);
  }

  @Test
  void test_schema_meetsTheDraft2020_12MetaSchema() {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(schemaText(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void test_writtenDiff_meetsTheSchemaAndHoldsValuesAsFormatV1WritesThem() {
    RegistryDiff diff = RegistryDiff.between(FullRegistry.build(), changed());
    String json = DiffJson.pretty().writeString(diff);
    assertThat(validate(json)).isEmpty();
    assertThat(validate(DiffJson.compact().writeString(diff))).isEmpty();
    JsonNode tree = PLAIN.readTree(json);
    assertThat(tree.get("equal").asBoolean()).isFalse();
    assertThat(tree.at("/summary/councils/changed").asInt()).isEqualTo(1);
    assertThat(tree.at("/summary/designations/added").asInt()).isEqualTo(1);
    assertThat(tree.at("/asOf/new").asString()).isEqualTo(changed().asOf().toString());
    JsonNode council = tree.at("/changes/0");
    assertThat(council.get("collection").asString()).isEqualTo("councils");
    assertThat(council.at("/fields/0/oldPath").asString()).isEqualTo("/councils/0/nameTh");
    assertThat(council.at("/fields/0/newValue").asString()).endsWith("ใหม่");
    assertThat(json).endsWith("}\n");
  }

  @Test
  void test_personalData_isMarkedAndNeverWritten() {
    RegistryDiff diff = RegistryDiff.between(FullRegistry.build(), changed());
    String json = DiffJson.compact().writeString(diff);
    assertThat(json)
        .contains("{\"kind\":\"changed\",\"oldPath\":\"/people/0/phone\",\"newPath\":\"/people/0/phone\",\"personal\":true}")
        .doesNotContain("0899999999")
        .doesNotContain("0812345678");
  }

  @Test
  void test_equalRegistries_giveAnEmptyDiff() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DiffJson.compact().write(RegistryDiff.between(FullRegistry.build(), FullRegistry.build()), out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(validate(json)).isEmpty();
    assertThat(json).contains("\"equal\":true").endsWith("\"changes\":[]}");
  }
}
