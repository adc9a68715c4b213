package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.jackson.codec.Codecs;
import io.github.sapha.jackson.codec.Field;
import io.github.sapha.jackson.codec.ObjectCodec;
import io.github.sapha.registry.FieldNames;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The codecs are the one description of format v1: the JSON Schema and the
 * field tables of docs/json-format.md are derived from them here, and any
 * drift (a field added to one and not the other, a field required in one and
 * optional in the other) fails. Their field names are core's {@link
 * FieldNames}, exactly: the names the validator's pointers use.
 */
class CodecDriftTest {
  private static final Path DOC = Path.of("..", "docs", "json-format.md");

  private static ObjectCodec<?, ?> codec(String what) {
    return Codecs.objects().stream().filter(c -> c.what().equals(what)).findFirst().orElseThrow();
  }

  // ---- the schema -----------------------------------------------------------------------------

  @Test
  void test_everySchemaObject_hasTheCodecsPropertiesAndRequiredFields() throws IOException {
    JsonNode schema = JsonMapper.builder().build().readTree(SchemaTest.schemaText());
    List<String> checked = new ArrayList<>();
    compare(schema, schema, Codecs.objects().get(0), "#", checked);
    // Every object codec is reached from the registry, and checked against its schema.
    Set<String> whats = new TreeSet<>();
    Codecs.objects().forEach(codec -> whats.add(codec.what()));
    assertThat(new TreeSet<>(checked)).isEqualTo(whats);
  }

  private static void compare(JsonNode root, JsonNode node, ObjectCodec<?, ?> codec, String at, List<String> checked) {
    JsonNode object = resolve(root, node);
    Set<String> properties = new TreeSet<>();
    object.get("properties").propertyNames().forEach(properties::add);
    Set<String> required = new TreeSet<>();
    if (object.has("required")) {
      object.get("required").forEach(name -> required.add(name.asString()));
    }
    Set<String> names = new TreeSet<>();
    Set<String> requiredNames = new TreeSet<>();
    for (Field<?, ?> field : codec.fields()) {
      names.add(field.name());
      if (field.required()) {
        requiredNames.add(field.name());
      }
    }
    assertThat(properties).as("properties of %s at %s", codec.what(), at).isEqualTo(names);
    assertThat(required).as("required of %s at %s", codec.what(), at).isEqualTo(requiredNames);
    assertThat(object.get("additionalProperties").asBoolean(true)).as("additionalProperties at %s", at).isFalse();
    checked.add(codec.what());
    for (Field<?, ?> field : codec.fields()) {
      if (field.codec() instanceof ObjectCodec<?, ?> inner) {
        JsonNode value = resolve(root, object.get("properties").get(field.name()));
        if (field.array()) {
          assertThat(value.get("type").asString()).as("%s/%s", at, field.name()).isEqualTo("array");
          value = value.get("items");
        }
        compare(root, value, inner, at + "/" + field.name(), checked);
      }
    }
  }

  /** Follows $ref to what it names, within the schema. */
  private static JsonNode resolve(JsonNode root, JsonNode node) {
    while (node.has("$ref")) {
      node = root.at(node.get("$ref").asString().substring(1));
    }
    return node;
  }

  // ---- the field tables of docs/json-format.md ------------------------------------------------

  /** Each table of the section Fields, by its heading's first words, and the codec it describes. */
  private static final Map<String, String> TABLES =
      Map.of(
          "Registry", "a registry",
          "Council", "a council",
          "Posts and terms", "a post",
          "Network", "a network",
          "Organization", "an organization",
          "Person", "a person",
          "Meeting", "a meeting",
          "Plan", "a plan",
          "Designation", "a designation");

  /** A row of a table: a path as the format document writes it, such as {@code area.subdistricts}, and its req. column. */
  private record Row(String path, String required) {}

  private static Map<String, List<Row>> tables() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String fields = doc.substring(doc.indexOf("\n## Fields"));
    fields = fields.substring(0, fields.indexOf("\n## ", 1));
    Map<String, List<Row>> tables = new LinkedHashMap<>();
    List<Row> rows = null;
    Pattern path = Pattern.compile("`([A-Za-z.\\[\\]]+)`");
    for (String line : fields.split("\n")) {
      if (line.startsWith("### ")) {
        String heading = line.substring(4);
        String table = TABLES.keySet().stream().filter(heading::startsWith).findFirst().orElseThrow(
            () -> new AssertionError("a table of Fields that no codec describes: " + heading));
        rows = tables.computeIfAbsent(table, t -> new ArrayList<>());
      } else if (line.startsWith("| `") && rows != null) {
        String[] cells = line.split("\\|");
        Matcher m = path.matcher(cells[1]);
        while (m.find()) {
          rows.add(new Row(m.group(1).replace("[]", ""), cells[3].trim()));
        }
      }
    }
    return tables;
  }

  /** Every path of a codec's fields, nested objects' fields as {@code outer.inner}, with its field. */
  private static void paths(ObjectCodec<?, ?> codec, String prefix, Map<String, Field<?, ?>> out) {
    for (Field<?, ?> field : codec.fields()) {
      String path = prefix + field.name();
      out.put(path, field);
      if (field.codec() instanceof ObjectCodec<?, ?> inner) {
        paths(inner, path + ".", out);
      }
    }
  }

  @Test
  void test_fieldTables_listEveryFieldOfTheCodecs_andOnlyThem() throws IOException {
    Map<String, List<Row>> tables = tables();
    assertThat(tables.keySet()).containsExactlyInAnyOrderElementsOf(TABLES.keySet());
    tables.forEach(
        (table, rows) -> {
          Map<String, Field<?, ?>> paths = new LinkedHashMap<>();
          paths(codec(TABLES.get(table)), "", paths);
          Set<String> documented = new TreeSet<>();
          for (Row row : rows) {
            assertThat(paths).as("table %s documents a field the codecs do not have", table).containsKey(row.path());
            documented.add(row.path());
          }
          // A field is documented by its own row, or by the row of an object that holds it, such as
          // posts[] for the fields of a post (which have their own table); an object without a row
          // of its own is documented by the rows of its fields.
          paths.forEach(
              (path, field) -> {
                if (field.codec() instanceof ObjectCodec<?, ?>) {
                  return;
                }
                boolean covered = false;
                for (String p = path; !covered && p != null; p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : null) {
                  covered = documented.contains(p);
                }
                assertThat(covered).as("table %s documents %s", table, path).isTrue();
              });
        });
  }

  @Test
  void test_fieldTables_sayWhichFieldsAreRequired() throws IOException {
    tables().forEach(
        (table, rows) -> {
          Map<String, Field<?, ?>> paths = new LinkedHashMap<>();
          paths(codec(TABLES.get(table)), "", paths);
          for (Row row : rows) {
            // "yes" and "yes, in `registration`" are required; "no" and conditions such as "for `other`" are not.
            assertThat(paths.get(row.path()).required())
                .as("table %s, %s: req. %s", table, row.path(), row.required())
                .isEqualTo(row.required().startsWith("yes"));
          }
        });
  }

  // ---- the field names ------------------------------------------------------------------------

  /** The codecs' sources, from the module's directory. */
  private static final Path CODEC_SOURCES = Path.of("src/main/java/io/github/sapha/jackson/codec");

  private static Set<String> fieldNameConstants() {
    Set<String> names = new TreeSet<>();
    for (java.lang.reflect.Field constant : FieldNames.class.getFields()) {
      if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class) {
        try {
          names.add((String) constant.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return names;
  }

  @Test
  void test_codecFields_areNamedByFieldNames_andEveryFieldNameIsACodecsField() {
    Set<String> codecs = new TreeSet<>();
    for (ObjectCodec<?, ?> codec : Codecs.objects()) {
      codec.fields().forEach(field -> codecs.add(field.name()));
    }
    Set<String> constants = fieldNameConstants();
    assertThat(constants).hasSizeGreaterThan(70);
    assertThat(codecs).as("codec fields that are no FieldNames constant").isSubsetOf(constants);
    assertThat(constants).as("FieldNames constants that no codec reads or writes").isSubsetOf(codecs);
  }

  /** FieldNames' source, whose Javadoc says which objects carry each name. */
  private static final Path FIELD_NAMES_SOURCE =
      Path.of("..", "core", "src", "main", "java", "io", "github", "sapha", "registry", "FieldNames.java");

  @Test
  void test_fieldNamesJavadoc_namesTheObjectsThatCarryEachField() throws IOException {
    Map<String, Set<String>> carriers = new TreeMap<>();
    for (ObjectCodec<?, ?> codec : Codecs.objects()) {
      codec.fields().forEach(field -> carriers.computeIfAbsent(field.name(), n -> new TreeSet<>()).add(codec.what()));
    }
    // Such as: /** {@code "nameEn"}: a field of a community, a council and a person. */ ... = "nameEn";
    Pattern documented = Pattern.compile(
        "/\\*\\*\\s*\\{@code \"(\\w+)\"\\}: a field of ([^.]*)\\.\\s*\\*?/\\s*public static final String \\w+ = \"(\\w+)\";");
    String source = Files.readString(FIELD_NAMES_SOURCE, StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*\\*?\\s*", " ");
    Map<String, Set<String>> documentedCarriers = new TreeMap<>();
    Matcher m = documented.matcher(source);
    while (m.find()) {
      assertThat(m.group(1)).isEqualTo(m.group(3));
      documentedCarriers.put(m.group(1), new TreeSet<>(List.of(m.group(2).split(", | and "))));
    }
    assertThat(documentedCarriers).isEqualTo(carriers);
  }

  @Test
  void test_codecSources_writeNoFieldNameAsText() throws IOException {
    Set<String> names = fieldNameConstants();
    List<String> offences = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> paths = Files.list(CODEC_SOURCES)) {
      files = paths.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
    for (Path file : files) {
      fieldNamesAsText(Files.readString(file, StandardCharsets.UTF_8), names)
          .forEach(name -> offences.add(file.getFileName() + ": \"" + name + "\""));
    }
    assertThat(files).contains(CODEC_SOURCES.resolve("Codecs.java"));
    assertThat(offences).as("field names written as text: use FieldNames").isEmpty();
  }

  @Test
  void test_fieldNamesAsText_findsQuotedFieldNamesOutsideComments() {
    String source = String.join("\n",
        "/** Such as {@code \"nameTh\"}. */",
        ".required(\"id\", Council::id, Council.Builder::id, BODY_ID) // \"nameEn\"",
        ".required(FieldNames.NAME_TH, Council::nameTh, Council.Builder::nameTh, TEXT)",
        ".personal(\"person\", \"note\")",
        "Scalar.text(\"a person id\", Scalars::personId, Id::value);");
    assertThat(fieldNamesAsText(source, Set.of("id", "nameTh", "nameEn", "person", "note")))
        .containsExactly("id", "person", "note");
  }

  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  /** Finds the string literals outside comments that are a field name, such as {@code "nameTh"}. */
  private static List<String> fieldNamesAsText(String source, Set<String> names) {
    List<String> found = new ArrayList<>();
    Matcher literal = LITERAL.matcher(COMMENT.matcher(source).replaceAll(""));
    while (literal.find()) {
      if (names.contains(literal.group(1))) {
        found.add(literal.group(1));
      }
    }
    return found;
  }
}
