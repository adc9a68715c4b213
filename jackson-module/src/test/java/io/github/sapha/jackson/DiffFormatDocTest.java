package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.Council;
import io.github.sapha.council.DesignationId;
import io.github.sapha.council.Person;
import io.github.sapha.council.PhoneNumber;
import io.github.sapha.designation.Designation;
import io.github.sapha.diff.ChangeKind;
import io.github.sapha.diff.RegistryCollection;
import io.github.sapha.diff.RegistryDiff;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingStatus;
import io.github.sapha.registry.Registry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/diff-format.md's table of fields is the schema's, field for field
 * (required or not, the values of each enum), and names every field that
 * DiffJson writes: the schema is written once and the doc is held to it.
 */
class DiffFormatDocTest {
  private static final Path DOC = Path.of("..", "docs", "diff-format.md");
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final String COLLECTION = "<collection>";

  /** One row of the doc's table. */
  private record Row(String type, String required) {}

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  /** The rows of the table under "## Fields", by path. */
  private static Map<String, Row> table() throws IOException {
    String fields = doc().split("\n## Fields\n", 2)[1].split("\n## ", 2)[0];
    Map<String, Row> rows = new LinkedHashMap<>();
    for (String line : fields.split("\n")) {
      if (line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        rows.put(cells[1].strip().replace("`", ""), new Row(cells[2].strip(), cells[3].strip()));
      }
    }
    return rows;
  }

  /** The schema's fields by path, each with whether it is required and its enum, if any. */
  private static Map<String, JsonNode> schemaFields(Map<String, Boolean> required) {
    JsonNode schema = PLAIN.readTree(DiffJsonTest.schemaText());
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    walk(schema, schema, "", fields, required);
    return fields;
  }

  private static void walk(
      JsonNode schema, JsonNode node, String prefix, Map<String, JsonNode> out, Map<String, Boolean> required) {
    Set<String> mandatory = new LinkedHashSet<>();
    node.path("required").forEach(n -> mandatory.add(n.asString()));
    for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
      String name = prefix.equals("summary.") ? COLLECTION : property.getKey();
      String path = prefix + name;
      JsonNode value = resolve(schema, property.getValue());
      if (value.has("properties")) {
        walk(schema, value, path + ".", out, required);
      } else if (value.has("items")) {
        out.put(path + "[]", value);
        required.put(path + "[]", mandatory.contains(property.getKey()));
        walk(schema, resolve(schema, value.get("items")), path + "[].", out, required);
      } else {
        out.put(path, value);
        required.put(path, mandatory.contains(property.getKey()));
      }
    }
  }

  private static JsonNode resolve(JsonNode schema, JsonNode node) {
    return node.has("$ref") ? schema.at(node.get("$ref").asString().substring(1)) : node;
  }

  @Test
  void test_table_hasExactlyTheSchemasFieldsInItsOrder_requiredAsTheSchemaSays() throws IOException {
    Map<String, Boolean> required = new LinkedHashMap<>();
    Map<String, JsonNode> schema = schemaFields(required);
    Map<String, Row> table = table();
    assertThat(table.keySet()).containsExactlyElementsOf(schema.keySet());
    for (String path : schema.keySet()) {
      assertThat(table.get(path).required().equals("yes")).as(path).isEqualTo(required.get(path));
    }
  }

  @Test
  void test_table_listsTheValuesOfEveryEnum_andTheyAreTheModels() throws IOException {
    Map<String, JsonNode> schema = schemaFields(new LinkedHashMap<>());
    Map<String, Row> table = table();
    for (Map.Entry<String, JsonNode> field : schema.entrySet()) {
      if (field.getValue().has("enum")) {
        List<String> values = new ArrayList<>();
        field.getValue().get("enum").forEach(v -> values.add("`" + v.asString() + "`"));
        assertThat(table.get(field.getKey()).type()).as(field.getKey()).isEqualTo("enum: " + String.join(", ", values));
      }
    }
    assertThat(values(schema.get("changes[].collection")))
        .containsExactlyElementsOf(Arrays.stream(RegistryCollection.values()).map(RegistryCollection::field).toList());
    assertThat(values(schema.get("changes[].kind")))
        .containsExactlyElementsOf(Arrays.stream(ChangeKind.values()).map(ChangeKind::label).toList());
    assertThat(values(schema.get("changes[].fields[].kind")))
        .containsExactlyElementsOf(
            Stream.of(ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.CHANGED).map(ChangeKind::label).toList());
    String collections =
        Arrays.stream(RegistryCollection.values()).map(c -> "`" + c.field() + "`").collect(Collectors.joining(", "));
    assertThat(doc().replaceAll("\\s+", " ")).contains("`<collection>` stands for each of " + collections + ".");
  }

  private static List<String> values(JsonNode field) {
    List<String> values = new ArrayList<>();
    field.get("enum").forEach(v -> values.add(v.asString()));
    return values;
  }

  /** Every kind of object and field change, personal data among them, from the registry of the format's tests. */
  private static RegistryDiff everyKindOfChange() {
    Registry full = FullRegistry.build();
    Designation zone = DesignationJsonTest.ZONE;
    Designation other = Designation.builder().from(zone).id(DesignationId.of("sez-other")).build();
    Registry older = full.with(zone).with(other);
    Council council = full.councils().get(0);
    Person person = full.people().get(0);
    Meeting meeting = full.meetings().get(0);
    Registry newer =
        older
            .with(Council.builder().from(council).nameTh(council.nameTh() + "ใหม่").nameEn(java.util.Optional.empty())
                .build())
            .without(full.networks().get(0).id())
            .with(Person.builder().from(person).phone(PhoneNumber.parse("0899999999")).build())
            .with(Meeting.builder().from(meeting).status(MeetingStatus.CANCELLED).build())
            .without(zone.id())
            .with(zone)
            .with(Designation.builder().from(zone).id(DesignationId.of("sez-new")).build());
    return RegistryDiff.between(older, newer);
  }

  @Test
  void test_everyFieldDiffJsonWrites_isInTheTable_andEveryRowIsWritten() throws IOException {
    RegistryDiff diff = everyKindOfChange();
    for (ChangeKind kind : ChangeKind.values()) {
      assertThat(diff.changes()).as("a change %s", kind).anyMatch(c -> c.kind() == kind);
    }
    Set<String> written = new LinkedHashSet<>();
    paths(DiffJson.pretty().tree(diff), "", written);
    assertThat(written).containsExactlyInAnyOrderElementsOf(table().keySet());
    assertThat(DiffJsonTest.validate(DiffJson.pretty().writeString(diff))).isEmpty();
  }

  /** The paths of a written diff as the table names them; values of fields are not walked into. */
  private static void paths(JsonNode node, String prefix, Set<String> out) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = prefix.equals("summary.") ? COLLECTION : field.getKey();
      String path = prefix + name;
      JsonNode value = field.getValue();
      if (name.equals("oldValue") || name.equals("newValue")) {
        out.add(path);
      } else if (value.isObject()) {
        paths(value, path + ".", out);
      } else if (value.isArray()) {
        out.add(path + "[]");
        value.forEach(element -> paths(element, path + "[].", out));
      } else {
        out.add(path);
      }
    }
  }
}
