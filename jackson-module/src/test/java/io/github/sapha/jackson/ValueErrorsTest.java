package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * A problem of one value is located at that value: its JSON Pointer, and the
 * line and column where it starts. Only a problem across fields, or a
 * missing field, points at the object. One test per kind of value.
 */
class ValueErrorsTest {
  private static final SaphaJson JSON = SaphaJson.defaults();

  /** A valid registry with two communities, a meeting and a plan; each test breaks one value of it. */
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
            "communities": [
              {"id": "c-1", "nameTh": "บ้านด้าย", "kind": "village", "village": 3},
              {"id": "c-2", "nameTh": "บ้านป่าแดง", "kind": "village", "village": 4}
            ]
          }
        ],
        "people": [{"id": "p-1", "name": {"given": "สมชาย"}}],
        "meetings": [
          {
            "id": "forum-2017",
            "titleTh": "เวทีสภาองค์กรชุมชน",
            "date": "2017-05-18",
            "level": "district",
            "attendance": 120,
            "agenda": ["รายงาน", "แผน"],
            "sources": [{"url": "https://example.org/forum"}]
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
            "projects": [{"id": "p-1", "titleTh": "ก", "budget": "100.00", "progress": 10}]
          }
        ]
      }
      """;

  /**
   * Replaces the one occurrence of {@code valid} by {@code broken}, reads the
   * result, and checks that the error is at {@code pointer}, at the line and
   * column where {@code broken} starts (plus {@code offset} characters).
   */
  private static SaphaJsonException refusedAt(String valid, String broken, int offset, String pointer) {
    assertThat(VALID.indexOf(valid)).isNotNegative().isEqualTo(VALID.lastIndexOf(valid));
    String json = VALID.replace(valid, broken);
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> JSON.read(json));
    assertThat(e).as("refused").isNotNull();
    int index = VALID.indexOf(valid) + offset;
    int line = (int) VALID.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    int column = index - VALID.lastIndexOf('\n', index - 1);
    assertThat(e.getPointer()).as("pointer").isEqualTo(pointer);
    assertThat(e.getLine()).as("line").isEqualTo(line);
    assertThat(e.getColumn()).as("column").isEqualTo(column);
    return e;
  }

  @Test
  void test_valid_isRead() {
    assertThat(JSON.read(VALID).councils().get(0).communities()).hasSize(2);
  }

  @Test
  void test_textEndingInANoBreakSpace_isAtTheValue() {
    // The example of issue 12: reported at /councils/0/communities/1 before.
    SaphaJsonException e =
        refusedAt("\"บ้านป่าแดง\"", "\"บ้านป่าแดง\u00a0\"", 0, "/councils/0/communities/1/nameTh");
    assertThat(e.getDetail())
        .isEqualTo("Invalid text \"บ้านป่าแดง\u00a0\": expected no white space at either end, found U+00A0 at the end");
  }

  @Test
  void test_blankText_isAtTheValue() {
    SaphaJsonException e = refusedAt("\"เวทีสภาองค์กรชุมชน\"", "\" \"", 0, "/meetings/0/titleTh");
    assertThat(e.getDetail()).isEqualTo("Invalid text \" \": expected text that is not blank");
  }

  @Test
  void test_paddedElementOfAnArray_isAtTheElement() {
    SaphaJsonException e = refusedAt("\"แผน\"", "\" แผน\"", 0, "/meetings/0/agenda/1");
    assertThat(e.getDetail())
        .isEqualTo("Invalid text \" แผน\": expected no white space at either end, found U+0020 at the start");
  }

  @Test
  void test_paddedPersonalText_isAtTheValue_andNotShown() {
    SaphaJsonException e = refusedAt("\"สมชาย\"", "\"สมชาย \"", 0, "/people/0/name/given");
    assertThat(e.getDetail())
        .isEqualTo("Invalid text (not shown: personal data): expected no white space at either end, found U+0020"
            + " at the end");
    assertThat(e.getMessage()).doesNotContain("สมชาย");
  }

  @Test
  void test_badCode_isAtTheValue() {
    SaphaJsonException e = refusedAt("\"area\": \"570908\"", "\"area\": \"5709O8\"", 8, "/plans/0/area");
    assertThat(e.getDetail()).isEqualTo("Invalid area code \"5709O8\": expected 2, 4 or 6 ASCII digits, e.g. \"570908\"");
  }

  @Test
  void test_badDate_isAtTheValue() {
    SaphaJsonException e = refusedAt("\"date\": \"2017-05-18\"", "\"date\": \"2017-05-32\"", 8, "/meetings/0/date");
    assertThat(e.getDetail())
        .isEqualTo("Invalid date \"2017-05-32\": expected an existing ISO-8601 date yyyy-mm-dd (CE), e.g. \"2017-05-18\"");
  }

  @Test
  void test_badAmount_isAtTheValue() {
    SaphaJsonException e = refusedAt("\"100.00\"", "\"100\"", 0, "/plans/0/projects/0/budget");
    assertThat(e.getDetail())
        .isEqualTo("Invalid amount \"100\": expected baht as a decimal string with exactly two decimals and no"
            + " grouping, not negative, e.g. \"1250000.50\"");
  }

  @Test
  void test_badEnumValue_isAtTheValue() {
    SaphaJsonException e = refusedAt("\"level\": \"district\"", "\"level\": \"county\"", 9, "/meetings/0/level");
    assertThat(e.getDetail()).startsWith("Unknown meeting level \"county\": expected one of: council, district,");
  }

  @Test
  void test_badAddress_isAtTheValue() {
    SaphaJsonException e = refusedAt("\"https://example.org/forum\"", "\"ftp://example.org/forum\"", 0,
        "/meetings/0/sources/0/url");
    assertThat(e.getDetail())
        .isEqualTo("source url \"ftp://example.org/forum\" must be an absolute http or https address");
  }

  @Test
  void test_numbersOutOfTheModelsRange_areAtTheValue() {
    SaphaJsonException village = refusedAt("\"village\": 4", "\"village\": 100", 11, "/councils/0/communities/1/village");
    assertThat(village.getDetail()).isEqualTo("The number 100 is out of range: expected an integer from 1 to 99");
    SaphaJsonException attendance = refusedAt("120", "-1", 0, "/meetings/0/attendance");
    assertThat(attendance.getDetail())
        .isEqualTo("The number -1 is out of range: expected an integer from 0 to 2147483647");
    SaphaJsonException progress = refusedAt("\"progress\": 10", "\"progress\": 101", 12, "/plans/0/projects/0/progress");
    assertThat(progress.getDetail()).isEqualTo("The number 101 is out of range: expected an integer from 0 to 100");
  }

  @Test
  void test_repeatedElementOfASet_isAtTheRepeat() {
    SaphaJsonException theme = refusedAt("\"period\": {", "\"themes\": [\"health\", \"economy\", \"health\"], \"period\": {",
        32, "/plans/0/themes/2");
    assertThat(theme.getDetail()).isEqualTo("duplicate theme \"health\"");
    SaphaJsonException code = refusedAt("[\"570908\"]", "[\"570908\", \"570908\"]", 11, "/councils/0/area/subdistricts/1");
    assertThat(code.getDetail()).isEqualTo("duplicate sub-district code 570908");
  }

  @Test
  void test_problemAcrossFields_isAtTheObject() {
    SaphaJsonException e = refusedAt("{\"first\": 2561, \"last\": 2564}", "{\"first\": 2564, \"last\": 2561}", 0,
        "/plans/0/period");
    assertThat(e.getDetail()).contains("2564").contains("2561");
  }

  @Test
  void test_missingField_isAtTheObject() {
    SaphaJsonException e = refusedAt("{\"id\": \"c-2\", \"nameTh\": \"บ้านป่าแดง\", ", "{\"id\": \"c-2\", ", 0,
        "/councils/0/communities/1");
    assertThat(e.getDetail()).isEqualTo("missing required field \"nameTh\" in a community");
  }
}
