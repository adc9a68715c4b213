package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sapha.council.Council;
import io.github.sapha.registry.Registry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each kind of bad input is refused with a {@link SaphaJsonException} that
 * names the JSON Pointer, the line and column, and the offending value.
 * Documents are read from strings, so columns count characters.
 */
class BadInputTest {
  private static final SaphaJson JSON = SaphaJson.defaults();

  /** A valid registry; each test breaks one line of it. */
  private static final String VALID =
      """
      {
        "schemaVersion": 1,
        "asOf": "2017-05-18",
        "councils": [
          {
            "id": "council-570908",
            "nameTh": "สภาองค์กรชุมชนตำบลบ้านด้าย",
            "area": {"subdistricts": ["570908"]},
            "registration": {"number": "ชม.570908/2556", "date": "2013-03-07"},
            "communities": [{"id": "c-1", "nameTh": "บ้านด้าย", "kind": "village", "village": 3}]
          }
        ],
        "plans": [
          {
            "id": "plan-570908",
            "titleTh": "แผนพัฒนาตำบลบ้านด้าย",
            "level": "subdistrict",
            "owner": "council-570908",
            "area": "570908",
            "period": {"first": 2561, "last": 2564},
            "budget": "1250000.50"
          }
        ]
      }
      """;

  /** Replaces one piece of the valid document, which must occur exactly once. */
  private static String breaking(String valid, String broken) {
    assertThat(VALID.indexOf(valid)).isNotNegative().isEqualTo(VALID.lastIndexOf(valid));
    return VALID.replace(valid, broken);
  }

  private static SaphaJsonException refused(String json) {
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> JSON.read(json));
    assertThat(e).as("refused: %s", json).isNotNull();
    return e;
  }

  private static void assertError(SaphaJsonException e, String pointer, int line, int column, String detail) {
    assertThat(e.getPointer()).as("pointer").isEqualTo(pointer);
    assertThat(e.getLine()).as("line").isEqualTo(line);
    assertThat(e.getColumn()).as("column").isEqualTo(column);
    assertThat(e.getDetail()).as("detail").isEqualTo(detail);
    String where = pointer.isEmpty() ? "the root" : pointer;
    assertThat(e.getMessage()).isEqualTo("At " + where + " (line " + line + ", column " + column + "): " + detail);
  }

  @Test
  void test_valid_isRead() {
    Registry registry = JSON.read(VALID);
    assertThat(registry.councils()).hasSize(1);
    assertThat(registry.plans().get(0).budget().orElseThrow()).hasToString("1250000.50");
  }

  @Test
  void test_unknownField_namesItAndTheKnownOnes() {
    SaphaJsonException e = refused(breaking("\"village\": 3}", "\"village\": 3, \"colour\": \"red\"}"));
    assertError(e, "/councils/0/communities/0/colour", 10, 92,
        "unknown field \"colour\" in a community; expected one of: id, nameTh, nameEn, kind, village, registered");
  }

  @Test
  void test_duplicateKey_isRefusedAtTheRepeatedName() {
    SaphaJsonException e = refused(breaking("\"asOf\": \"2017-05-18\",", "\"asOf\": \"2017-05-18\", \"asOf\": \"2017-05-19\","));
    assertError(e, "/asOf", 3, 25, "duplicate field \"asOf\"");
  }

  @Test
  void test_missingRequiredField_pointsAtTheObject() {
    SaphaJsonException e = refused(breaking("\"nameTh\": \"สภาองค์กรชุมชนตำบลบ้านด้าย\",\n", ""));
    assertError(e, "/councils/0", 5, 5, "missing required field \"nameTh\" in a council");
  }

  @Test
  void test_missingSchemaVersion_isRefused() {
    SaphaJsonException e = refused(breaking("\"schemaVersion\": 1,\n", ""));
    assertError(e, "", 1, 1, "missing required field \"schemaVersion\" in a registry");
  }

  @Test
  void test_wrongType_quotesTheValue() {
    SaphaJsonException e = refused(breaking("\"village\": 3", "\"village\": \"3\""));
    assertError(e, "/councils/0/communities/0/village", 10, 89, "expected an integer, found the string \"3\"");
  }

  @Test
  void test_wrongType_objectForString() {
    SaphaJsonException e = refused(breaking("\"owner\": \"council-570908\"", "\"owner\": {\"id\": \"council-570908\"}"));
    assertError(e, "/plans/0/owner", 18, 16, "expected a string, found an object");
  }

  @Test
  void test_null_isAWrongType() {
    SaphaJsonException e = refused(breaking("\"asOf\": \"2017-05-18\"", "\"asOf\": null"));
    assertError(e, "/asOf", 3, 11, "expected a string, found null");
  }

  @Test
  void test_malformedCode_namesTheForm() {
    SaphaJsonException e = refused(breaking("[\"570908\"]", "[\"57090\"]"));
    assertError(e, "/councils/0/area/subdistricts/0", 8, 33,
        "Invalid sub-district code \"57090\": expected 6 ASCII digits, e.g. \"570908\"");
  }

  @Test
  void test_thaiDigitsInACode_areNotTheCanonicalForm() {
    SaphaJsonException e = refused(breaking("\"area\": \"570908\"", "\"area\": \"๕๗๐๙๐๘\""));
    assertError(e, "/plans/0/area", 19, 15,
        "Invalid area code \"๕๗๐๙๐๘\": expected 2, 4 or 6 ASCII digits, e.g. \"570908\"");
  }

  @Test
  void test_codeTheModelRefuses_givesTheModelsMessage() {
    SaphaJsonException e = refused(breaking("[\"570908\"]", "[\"570900\"]"));
    assertError(e, "/councils/0/area/subdistricts/0", 8, 33,
        "Invalid sub-district code \"570900\": expected 6 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"570908\","
            + " with no 00 after the province digits");
  }

  @Test
  void test_paddedText_isRefusedAtTheValue_namingTheSpace() {
    // The example of docs/json-format.md: a no-break space looks like any other space, or like nothing.
    SaphaJsonException e = refused(breaking("\"nameTh\": \"บ้านด้าย\"", "\"nameTh\": \"บ้านด้าย\u00a0\""));
    assertError(e, "/councils/0/communities/0/nameTh", 10, 47,
        "Invalid text \"บ้านด้าย\u00a0\": expected no white space at either end, found U+00A0 at the end");
  }

  @Test
  void test_malformedDate_namesTheForm() {
    SaphaJsonException e = refused(breaking("\"2013-03-07\"", "\"2013-02-30\""));
    assertError(e, "/councils/0/registration/date", 9, 60,
        "Invalid date \"2013-02-30\": expected an existing ISO-8601 date yyyy-mm-dd (CE), e.g. \"2017-05-18\"");
  }

  @Test
  void test_malformedMoney_namesTheForm() {
    SaphaJsonException e = refused(breaking("\"1250000.50\"", "\"1,250,000.50\""));
    assertError(e, "/plans/0/budget", 21, 17,
        "Invalid amount \"1,250,000.50\": expected baht as a decimal string with exactly two decimals and no"
            + " grouping, not negative, e.g. \"1250000.50\"");
  }

  @Test
  void test_malformedId_givesTheModelsMessage() {
    SaphaJsonException e = refused(breaking("\"id\": \"c-1\"", "\"id\": \"c 1\""));
    assertError(e, "/councils/0/communities/0/id", 10, 30,
        "Invalid id \"c 1\": expected 1 to 64 ASCII letters, digits, '.', '_', ':' or '-',"
            + " starting with a letter or digit");
  }

  @Test
  void test_unknownEnumValue_listsTheValues() {
    SaphaJsonException e = refused(breaking("\"kind\": \"village\"", "\"kind\": \"hamlet\""));
    assertError(e, "/councils/0/communities/0/kind", 10, 67,
        "Unknown community kind \"hamlet\": expected one of: village, savings-group, occupational-group, women,"
            + " elderly, youth, welfare-fund, natural-resources, housing, network-of-groups, other");
  }

  @Test
  void test_numberOutOfRange_isRefused() {
    SaphaJsonException e = refused(breaking("\"village\": 3", "\"village\": 30000000000"));
    assertError(e, "/councils/0/communities/0/village", 10, 89,
        "The number 30000000000 is out of range: expected an integer from 1 to 99");
  }

  @Test
  void test_ruleOfTheModel_isReportedAtTheObject() {
    SaphaJsonException e = refused(breaking("\"level\": \"subdistrict\"", "\"level\": \"district\""));
    assertError(e, "/plans/0", 14, 5,
        "plan plan-570908: area 570908 must be a district code for a district plan");
  }

  @Test
  void test_duplicateId_pointsAtTheRepeatAndTheFirstUse() {
    String twin = "        ,{\"id\": \"council-570908\", \"nameTh\": \"ก\", \"area\": {\"subdistricts\": [\"570901\"]}}\n";
    SaphaJsonException e = refused(breaking("    }\n  ],\n  \"plans\"", "    }\n" + twin + "  ],\n  \"plans\""));
    assertError(e, "/councils/1", 12, 10, "duplicate id council-570908: already used at /councils/0");
  }

  @Test
  void test_duplicateBodyId_acrossCollections_isRefused() {
    String network = "  \"networks\": [{\"id\": \"council-570908\", \"level\": \"national\", \"nameTh\": \"ก\"}],\n";
    SaphaJsonException e = refused(breaking("  \"plans\": [", network + "  \"plans\": ["));
    assertError(e, "/networks/0", 13, 16,
        "duplicate id council-570908: already used at /councils/0;"
            + " ids must be unique across councils, networks and organizations");
  }

  @Test
  void test_unsupportedSchemaVersion_namesItAndTheSupportedOne() {
    SaphaJsonException e = refused(breaking("\"schemaVersion\": 1", "\"schemaVersion\": 2"));
    assertError(e, "/schemaVersion", 2, 20, "Unsupported schemaVersion 2: this reader supports schemaVersion 1");
  }

  @Test
  void test_trailingContent_isRefused() {
    SaphaJsonException e = refused(VALID + "{}");
    assertError(e, "", 25, 1, "content after a registry: found an object; a document holds exactly one value");
  }

  @Test
  void test_malformedJson_isRefusedWithTheParsersWords() {
    SaphaJsonException e = refused(breaking("\"schemaVersion\": 1,", "\"schemaVersion\": 1,,"));
    assertError(e, "/schemaVersion", 2, 22,
        "malformed JSON: Unexpected character (',' (code 44)): was expecting double-quote to start property name");
  }

  @Test
  void test_truncatedInput_isRefused() {
    // The parser stops inside the root object, just after the councils.
    SaphaJsonException e = refused(VALID.substring(0, VALID.indexOf("\"plans\"")));
    assertError(e, "/councils", 13, 3, "malformed JSON: Unexpected end-of-input within/between Object entries");
  }

  @Test
  void test_emptyInput_isRefused() {
    SaphaJsonException e = refused("  \n");
    assertError(e, "", 2, 1, "no content: expected a registry");
  }

  @Test
  void test_bytes_countColumnsInBytes() {
    // The same bad value as in test_malformedDate, read as UTF-8: the two Thai letters of the
    // registration number before it take 3 bytes each, so the column is 4 more.
    byte[] json = breaking("\"2013-03-07\"", "\"2013-02-30\"").getBytes(StandardCharsets.UTF_8);
    SaphaJsonException e =
        catchThrowableOfType(SaphaJsonException.class, () -> JSON.read(new ByteArrayInputStream(json)));
    assertThat(e.getPointer()).isEqualTo("/councils/0/registration/date");
    assertThat(e.getLine()).isEqualTo(9);
    assertThat(e.getColumn()).isEqualTo(60 + 2 * 2);
  }

  @Test
  void test_mapperWithTheModule_throwsTheSameException() {
    JsonMapper mapper = JsonMapper.builder().addModule(new SaphaModule()).build();
    String json = breaking("\"village\": 3}", "\"village\": 3, \"colour\": \"red\"}");
    SaphaJsonException viaMapper =
        catchThrowableOfType(SaphaJsonException.class, () -> mapper.readValue(json, Registry.class));
    assertThat(viaMapper.getMessage()).isEqualTo(refused(json).getMessage());
  }

  @Test
  void test_mapperWithTheModule_refusesNull() {
    JsonMapper mapper = JsonMapper.builder().addModule(new SaphaModule()).build();
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> mapper.readValue("null", Council.class));
    assertError(e, "", 1, 1, "expected a council, found null");
  }

  @Test
  void test_budgetsBeyondTheLargestAmount_areRefusedWhereTheyMeet() {
    // Issue 14: each amount is within range, but their sum is not, so validation could not add them.
    String largest = "\"92233720368547758.07\"";
    SaphaJsonException projects =
        refused(breaking("\"budget\": \"1250000.50\"", "\"projects\": [{\"id\": \"a\", \"titleTh\": \"ก\", \"budget\": " + largest
            + "}, {\"id\": \"b\", \"titleTh\": \"ข\", \"budget\": " + largest + "}]"));
    assertError(projects, "/plans/0", 14, 5,
        "plan plan-570908: the budgets of its projects add up to 184467440737095516.14 baht, more than the largest"
            + " amount, 92233720368547758.07 baht");
    String child = ", {\"id\": \"plan-%s\", \"titleTh\": \"ก\", \"level\": \"subdistrict\", \"owner\": \"council-570908\","
        + " \"area\": \"570908\", \"period\": {\"first\": 2561, \"last\": 2564}, \"parent\": \"plan-570908\", \"budget\": "
        + largest + "}";
    SaphaJsonException plans =
        refused(breaking("\"budget\": \"1250000.50\"\n    }", "\"budget\": \"1250000.50\"\n    }" + String.format(child, "a")
            + String.format(child, "b")));
    assertError(plans, "", 1, 1,
        "registry: the budgets of its plans add up to 184467440738345516.64 baht, more than the largest amount,"
            + " 92233720368547758.07 baht");
  }
}
