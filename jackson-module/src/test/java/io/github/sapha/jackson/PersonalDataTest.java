package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonName;
import io.github.sapha.council.PhoneNumber;
import io.github.sapha.council.Post;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * People's names, phone numbers and citizen ids never appear in an error:
 * not in its message, not in its cause, not in its stack trace.
 */
class PersonalDataTest {
  private static final SaphaJson JSON = SaphaJson.defaults();
  private static final String SECRET = "SOMCHAI";

  private static String document(String person) {
    return "{\"schemaVersion\": 1, \"asOf\": \"2017-05-18\",\n\"people\": [" + person + "]}";
  }

  private static SaphaJsonException refused(Executable read) {
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, read::execute);
    assertThat(e).isNotNull();
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).doesNotContain(SECRET).doesNotContain("สมชาย").doesNotContain("0812");
    return e;
  }

  private static SaphaJsonException refused(String person) {
    return refused(() -> JSON.read(document(person)));
  }

  @Test
  void test_malformedPhone_isNotShown() {
    SaphaJsonException e = refused("{\"id\": \"p-1\", \"name\": {\"given\": \"สมชาย\"}, \"phone\": \"0812-" + SECRET + "\"}");
    assertThat(e.getPointer()).isEqualTo("/people/0/phone");
    assertThat(e.getDetail())
        .isEqualTo("Invalid phone number: expected 8 to 15 ASCII digits after an optional '+', without separators"
            + " (the value is personal data and is not shown)");
  }

  @Test
  void test_malformedCitizenId_isNotShown() {
    SaphaJsonException e = refused("{\"id\": \"p-1\", \"name\": {\"given\": \"x\"}, \"citizenId\": \"0812" + SECRET + "\"}");
    assertThat(e.getPointer()).isEqualTo("/people/0/citizenId");
    assertThat(e.getDetail())
        .isEqualTo("Invalid citizen id: expected 13 ASCII digits, without separators"
            + " (the value is personal data and is not shown)");
  }

  @Test
  void test_citizenIdOfTheWrongType_isNotShown() {
    SaphaJsonException e = refused("{\"id\": \"p-1\", \"name\": {\"given\": \"x\"}, \"citizenId\": 0812123456789}");
    assertThat(e.getPointer()).isEqualTo("/people/0/citizenId");
    // A leading zero is not JSON, so the parser refuses the number itself.
    assertThat(e.getDetail()).isEqualTo("malformed JSON in personal data (details not shown)");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void test_phoneOfTheWrongType_isNotShown() {
    SaphaJsonException e = refused("{\"id\": \"p-1\", \"name\": {\"given\": \"x\"}, \"phone\": 812123456}");
    assertThat(e.getMessage())
        .isEqualTo("At /people/0/phone (line 2, column 59): expected a string, found a number"
            + " (not shown: personal data)");
  }

  @Test
  void test_paddedName_isNotShown() {
    SaphaJsonException e = refused("{\"id\": \"p-1\", \"name\": {\"given\": \" " + SECRET + "\"}}");
    assertThat(e.getPointer()).isEqualTo("/people/0/name/given");
    assertThat(e.getDetail())
        .isEqualTo("Invalid text (not shown: personal data): expected no white space at either end, found U+0020"
            + " at the start");
  }

  @Test
  void test_nameOfTheWrongType_isNotShown() {
    SaphaJsonException e = refused("{\"id\": \"p-1\", \"name\": \"สมชาย " + SECRET + "\"}");
    assertThat(e.getDetail())
        .isEqualTo("expected a person name (an object), found a string (not shown: personal data)");
  }

  @Test
  void test_malformedJsonInAName_isNotShown() {
    SaphaJsonException e = refused("{\"id\": \"p-1\", \"nameEn\": {\"given\": " + SECRET + "}}");
    assertThat(e.getPointer()).isEqualTo("/people/0/nameEn/given");
    assertThat(e.getDetail()).isEqualTo("malformed JSON in personal data (details not shown)");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void test_badEscapeInAName_isNotShown() {
    SaphaJsonException e = refused("{\"id\": \"p-1\", \"name\": {\"family\": \"" + SECRET + "\\q\", \"given\": \"x\"}}");
    assertThat(e.getDetail()).isEqualTo("malformed JSON in personal data (details not shown)");
  }

  @Test
  void test_unknownFieldInAName_namesTheFieldOnly() {
    SaphaJsonException e = refused("{\"id\": \"p-1\", \"name\": {\"given\": \"x\", \"nick\": \"" + SECRET + "\"}}");
    assertThat(e.getPointer()).isEqualTo("/people/0/name/nick");
    assertThat(e.getDetail()).isEqualTo("unknown field \"nick\" in a person name; expected one of: title, given, family");
  }

  @Test
  void test_aValueTurnedIntoAFieldName_isNotShown() {
    // Broken input (found by CorruptInputProperties): the phone number stands where a field name goes.
    SaphaJsonException e = refused("{\"id\": \"p-1\", \"name\": {\"given\": \"x\"}, \"0812345678\": 1}");
    assertThat(e.getPointer()).isEqualTo("/people/0/*");
    assertThat(e.getDetail())
        .isEqualTo("unknown field (its name is not shown: it may hold personal data) in a person; expected one of: "
            + "id, name, nameEn, phone, citizenId");
    assertThat(e.getMessage()).doesNotContain("0812345678");
    SaphaJsonException merged = refused("{\"id\": \"p-1\", \"name\": {\"given\": \"x\", \"giv" + SECRET + "\": 1}}");
    assertThat(merged.getMessage()).doesNotContain(SECRET);
    assertThat(merged.getPointer()).isEqualTo("/people/0/name/*");
  }

  @Test
  void test_skippedUnknownFieldInAPerson_isNotShownWhenMalformed() {
    SaphaJson lenient = SaphaJson.builder().disable(SaphaFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    SaphaJsonException e =
        refused(() -> lenient.read(document("{\"id\": \"p-1\", \"name\": {\"given\": \"x\"}, \"nick\": " + SECRET + "}")));
    assertThat(e.getDetail()).isEqualTo("malformed JSON in personal data (details not shown)");
  }

  @Test
  void test_malformedIdOfAPerson_isNotShown() {
    // Well-formed ids are shown (they are not personal data), but a name typed where a person's id
    // belongs is not one.
    SaphaJsonException e = refused(() -> JSON.read(document("{\"id\": \"สมชาย " + SECRET + "\", \"name\": {\"given\": \"x\"}}")));
    assertThat(e.getMessage())
        .isEqualTo("At /people/0/id (line 2, column 19): Invalid id (not shown: it may be personal data): expected 1 to"
            + " 64 ASCII letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void test_duplicateIdOfAPerson_isShown() {
    SaphaJsonException e =
        refused(() -> JSON.read(document("{\"id\": \"p-1\", \"name\": {\"given\": \"x\"}}, {\"id\": \"p-1\", \"name\": {\"given\": \"y\"}}")));
    assertThat(e.getDetail()).isEqualTo("duplicate id p-1: already used at /people/0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"สมชาย ใจดี " + SECRET + "\"", "\"0812345678\"", "812345678", "[\"สมชาย\"]"})
  void test_personWrittenAsAnotherType_isNotShown(String person) {
    SaphaJsonException e = refused(person);
    assertThat(e.getPointer()).isEqualTo("/people/0");
    assertThat(e.getDetail()).startsWith("expected a person (an object), found a");
    assertThat(e.getMessage()).doesNotContain("812345678");
  }

  @Test
  void test_personWrittenAsAString_saysSoWithoutTheString() {
    assertThat(refused("\"สมชาย ใจดี\"").getMessage())
        .isEqualTo("At /people/0 (line 2, column 12): expected a person (an object), found a string (not shown:"
            + " personal data)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"สมชาย", "0812345678", "SOMCHAI"})
  void test_malformedJsonWherePeopleBelong_isNotShown(String bare) {
    SaphaJsonException e = refused(() -> JSON.read(document("{\"id\": \"p-1\", \"name\": {\"given\": \"x\"}}, " + bare)));
    assertThat(e.getDetail()).isEqualTo("malformed JSON in personal data (details not shown)");
    assertThat(e.getCause()).isNull();
  }

  /** A registry whose only council has one member, one post and whose only meeting has one participant. */
  private static String withReferences(String member, String holder, String participant) {
    return "{\"schemaVersion\": 1, \"asOf\": \"2017-05-18\",\n"
        + "\"councils\": [{\"id\": \"c-1\", \"nameTh\": \"ก\", \"area\": {\"subdistricts\": [\"570908\"]},\n"
        + "\"members\": [{\"person\": " + member + ", \"kind\": \"qualified-person\", \"term\": {\"start\": \"2016-01-01\"}}],\n"
        + "\"posts\": [{\"role\": \"chair\", \"holder\": " + holder + ", \"term\": {\"start\": \"2016-01-01\"}}]}],\n"
        + "\"meetings\": [{\"id\": \"m-1\", \"titleTh\": \"ก\", \"date\": \"2017-01-01\", \"level\": \"council\",\n"
        + "\"participants\": [{\"person\": " + participant + ", \"role\": \"spoke\"}]}]}";
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"สมชาย ใจดี\"", "\"+66812345678\"", "812345678", "{\"given\": \"สมชาย\"}", "สมชาย", "\"" + SECRET + "\\q\""})
  void test_personReferenceHoldingPersonalData_isNotShown(String value) {
    String ok = "\"p-1\"";
    SaphaJsonException member = refused(() -> JSON.read(withReferences(value, ok, ok)));
    SaphaJsonException holder = refused(() -> JSON.read(withReferences(ok, value, ok)));
    SaphaJsonException participant = refused(() -> JSON.read(withReferences(ok, ok, value)));

    for (SaphaJsonException e : java.util.List.of(member, holder, participant)) {
      assertThat(e.getMessage()).doesNotContain("812345678").doesNotContain("given");
      assertThat(e.getCause()).isNull();
    }
    assertThat(member.getPointer()).isEqualTo("/councils/0/members/0/person");
    assertThat(holder.getPointer()).isEqualTo("/councils/0/posts/0/holder");
    assertThat(participant.getPointer()).isEqualTo("/meetings/0/participants/0/person");
  }

  @Test
  void test_personReferenceOfTheWrongType_saysWhatWasExpected() {
    SaphaJsonException e = refused(() -> JSON.read(withReferences("\"p-1\"", "812345678", "\"p-1\"")));
    assertThat(e.getMessage())
        .isEqualTo("At /councils/0/posts/0/holder (line 4, column 39): expected a string, found a number (not shown:"
            + " personal data)");
    SaphaJsonException name = refused(() -> JSON.read(withReferences("\"สมชาย ใจดี\"", "\"p-1\"", "\"p-1\"")));
    assertThat(name.getMessage())
        .isEqualTo("At /councils/0/members/0/person (line 3, column 24): Invalid id (not shown: it may be personal"
            + " data): expected 1 to 64 ASCII letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
  }

  @Test
  void test_nameOrNumberInPlaceOfASeatPostOrPart_isNotShown() {
    String council = "{\"schemaVersion\": 1, \"asOf\": \"2017-05-18\", \"councils\": [{\"id\": \"c-1\", \"nameTh\": \"ก\","
        + " \"area\": {\"subdistricts\": [\"570908\"]}, ";
    assertThat(refused(() -> JSON.read(council + "\"members\": [\"สมชาย " + SECRET + "\"]}]}")).getDetail())
        .isEqualTo("expected a membership (an object), found a string (not shown: personal data)");
    assertThat(refused(() -> JSON.read(council + "\"posts\": [812345678]}]}")).getDetail())
        .isEqualTo("expected a post (an object), found a number (not shown: personal data)");
    String meeting = "{\"schemaVersion\": 1, \"asOf\": \"2017-05-18\", \"meetings\": [{\"id\": \"m-1\", \"titleTh\": \"ก\","
        + " \"date\": \"2017-01-01\", \"level\": \"council\", \"participants\": [\"" + SECRET + "\"]}]}";
    assertThat(refused(() -> JSON.read(meeting)).getDetail())
        .isEqualTo("expected a participant (an object), found a string (not shown: personal data)");
    // Objects without people in them still quote what stands in their place.
    assertThat(refused(() -> JSON.read(council + "\"communities\": [\"บ้านด้าย\"]}]}")).getDetail())
        .isEqualTo("expected a community (an object), found the string \"บ้านด้าย\"");
  }

  @Test
  void test_otherFieldsBesideAPersonReference_areStillQuoted() {
    // Only the reference is personal: a wrong role next to it is shown as ever.
    String json = withReferences("\"p-1\"", "\"p-1\"", "\"p-1\"").replace("\"role\": \"chair\"", "\"role\": \"boss\"");
    assertThat(refused(() -> JSON.read(json)).getDetail()).startsWith("Unknown post role \"boss\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"สมชาย ใจดี\"", "สมชาย", "0812345678", "{\"id\": \"p-1\", \"name\": {\"given\": \"x\"}} สมชาย",
      "{\"id\": \"p-1\", \"name\": {\"given\": \"x\"}} \"สมชาย\"", "{\"id\": \"สมชาย\", \"name\": {\"given\": \"x\"}}"})
  void test_personLinesHoldingPersonalDataAnywhere_showNone(String line) {
    String lines = line.replace("สมชาย", "สมชาย" + SECRET) + "\n";
    SaphaJsonException e =
        refused(() -> JSON.readPersonLines(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8))).count());
    assertThat(e.getLine()).isEqualTo(1);
  }

  @Test
  void test_personThroughTheMapper_showsNothingOfIt() {
    JsonMapper mapper = JSON.mapper();
    assertThat(refused(() -> mapper.readValue("\"สมชาย " + SECRET + "\"", Person.class)).getDetail())
        .isEqualTo("expected a person (an object), found a string (not shown: personal data)");
    assertThat(refused(() -> mapper.readValue("{\"id\": \"" + SECRET + " x\", \"name\": {\"given\": \"x\"}}", Person.class))
            .getDetail())
        .startsWith("Invalid id (not shown: it may be personal data)");
    assertThat(refused(() -> mapper.readValue("{\"role\": \"chair\", \"holder\": \"" + SECRET + " x\", \"term\": {\"start\": \"2016-01-01\"}}", Post.class))
            .getPointer())
        .isEqualTo("/holder");
  }

  @Test
  void test_personLines_doNotShowPersonalData() {
    String lines = "{\"id\": \"p-1\", \"name\": {\"given\": \"x\"}}\n{\"id\": \"p-2\", \"name\": {\"given\": \"x\"}, \"phone\": \""
        + SECRET + "\"}\n";
    SaphaJsonException e =
        refused(
            () ->
                JSON.readPersonLines(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)))
                    .collect(Collectors.toList()));
    assertThat(e.getLine()).isEqualTo(2);
    assertThat(e.getPointer()).isEqualTo("/phone");
  }

  @Test
  void test_personalScalarsThroughTheMapper_areNotShown() {
    JsonMapper mapper = JSON.mapper();
    assertThat(refused(() -> mapper.readValue("\"" + SECRET + "\"", PhoneNumber.class)).getDetail())
        .contains("is not shown");
    assertThat(refused(() -> mapper.readValue("\"" + SECRET + "\"", CitizenId.class)).getDetail())
        .contains("is not shown");
    assertThat(refused(() -> mapper.readValue("[\"" + SECRET + "\"]", PhoneNumber.class)).getDetail())
        .isEqualTo("expected a string, found an array");
    assertThat(refused(() -> mapper.readValue("{\"given\": 812345}", PersonName.class)).getDetail())
        .isEqualTo("expected a string, found a number (not shown: personal data)");
  }
}
