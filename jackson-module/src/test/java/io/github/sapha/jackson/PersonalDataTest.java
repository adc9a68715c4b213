package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sapha.council.CitizenId;
import io.github.sapha.council.PersonName;
import io.github.sapha.council.PhoneNumber;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
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
    assertThat(e.getPointer()).isEqualTo("/people/0/name");
    assertThat(e.getDetail())
        .isEqualTo("person name: given has leading or trailing white space (value not shown: personal data)");
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
  void test_idOfAPerson_isShown() {
    // Ids are not personal data: the model forbids names in them.
    SaphaJsonException e = refused(() -> JSON.read(document("{\"id\": \"p 1\", \"name\": {\"given\": \"x\"}}")));
    assertThat(e.getDetail()).startsWith("Invalid id \"p 1\"");
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
