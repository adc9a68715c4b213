package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sapha.council.Council;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input beyond a limit is refused with a {@link SaphaJsonException} that
 * names the limit, as soon as the limit is reached: never a stack overflow,
 * never the whole input in memory.
 */
class LimitsTest {
  private static final SaphaJson JSON = SaphaJson.defaults();
  private static final String HEAD = "{\"schemaVersion\": 1, \"asOf\": \"2017-05-18\", ";

  /** Bytes made on demand: a head, {@code count} repeats of one byte, a tail; counts what was read. */
  private static final class Generated extends InputStream {
    private final ByteArrayInputStream head;
    private final byte fill;
    private final ByteArrayInputStream tail;
    private long remaining;
    long read;

    Generated(String head, char fill, long count, String tail) {
      this.head = new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8));
      this.fill = (byte) fill;
      this.remaining = count;
      this.tail = new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = head.read(b, off, len);
      if (n <= 0 && remaining > 0) {
        n = (int) Math.min(len, remaining);
        java.util.Arrays.fill(b, off, off + n, fill);
        remaining -= n;
      } else if (n <= 0) {
        n = tail.read(b, off, len);
      }
      if (n > 0) {
        read += n;
      }
      return n;
    }
  }

  /** A document with one meeting whose agenda holds {@code count} one-character items. */
  private static Repeated agenda(long count) {
    return Repeated.of(
        HEAD + "\"meetings\": [{\"id\": \"m\", \"titleTh\": \"ก\", \"date\": \"2017-01-01\", \"level\": \"other\", \"agenda\": [",
        "\"a\",",
        count - 1,
        "\"a\"]}]}");
  }

  @Test
  void test_arrayDefaults_areTheDocumentedOnes() {
    assertThat(SaphaJson.DEFAULT_MAX_ARRAY_LENGTH).isEqualTo(1_000_000);
    assertThat(SaphaJson.DEFAULT_MAX_ELEMENT_COUNT).isEqualTo(2_000_000L);
    assertThat(JSON.module().maxArrayLength()).isEqualTo(SaphaJson.DEFAULT_MAX_ARRAY_LENGTH);
    assertThat(JSON.module().maxElementCount()).isEqualTo(SaphaJson.DEFAULT_MAX_ELEMENT_COUNT);
    assertThat(new SaphaModule().maxArrayLength()).isEqualTo(SaphaJson.DEFAULT_MAX_ARRAY_LENGTH);
    assertThat(new SaphaModule().maxElementCount()).isEqualTo(SaphaJson.DEFAULT_MAX_ELEMENT_COUNT);
  }

  @Test
  void test_arrayBeyondItsLimit_isRefusedAtTheFirstElementTooMany() {
    // The 127 MiB document of issue 14: 33 million one-character agenda items in one meeting.
    Repeated in = agenda(33_300_000);
    assertThat(in.length()).isGreaterThan(127L * 1024 * 1024);
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> JSON.read(in));
    int start = (HEAD + "\"meetings\": [{\"id\": \"m\", \"titleTh\": \"ก\", \"date\": \"2017-01-01\", \"level\": \"other\", \"agenda\": [")
        .getBytes(StandardCharsets.UTF_8).length;
    assertThat(e.getMessage())
        .isEqualTo("At /meetings/0/agenda/1000000 (line 1, column " + (start + 4 * 1_000_000 + 1)
            + "): an array longer than the limit of 1000000 elements (maxArrayLength)");
    // Refused where the element starts: the parser read little more than the million items.
    assertThat(in.read).isLessThan(4L * 1_000_000 + 100_000);
  }

  @Test
  void test_arrayAtItsLimit_isRead() {
    assertThat(JSON.read(agenda(1_000_000)).meetings().get(0).agenda()).hasSize(1_000_000);
  }

  @Test
  void test_customArrayLimit_isNamedInTheMessage() {
    SaphaJson small = SaphaJson.builder().maxArrayLength(2).build();
    String json = HEAD + "\"councils\": [{\"id\": \"c-1\", \"nameTh\": \"ก\", \"area\": {\"subdistricts\": [\"570901\", \"570902\", \"570903\"]}}]}";
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> small.read(json));
    assertThat(e.getPointer()).isEqualTo("/councils/0/area/subdistricts/2");
    assertThat(e.getColumn()).isEqualTo(json.indexOf("\"570903\"") + 1);
    assertThat(e.getDetail()).isEqualTo("an array longer than the limit of 2 elements (maxArrayLength)");
  }

  @Test
  void test_elementsOfAllArraysTogether_areLimited() {
    SaphaJson small = SaphaJson.builder().maxElementCount(4).build();
    // The councils array holds one element, its communities two, its sub-districts two: five in all.
    String json = HEAD + "\"councils\": [{\"id\": \"c-1\", \"nameTh\": \"ก\", \"area\": {\"subdistricts\": [\"570908\"]},"
        + " \"communities\": [{\"id\": \"k-1\", \"nameTh\": \"ก\", \"kind\": \"women\"},"
        + " {\"id\": \"k-2\", \"nameTh\": \"ข\", \"kind\": \"youth\"}], \"posts\": [{}]}]}";
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> small.read(json));
    assertThat(e.getPointer()).isEqualTo("/councils/0/posts/0");
    assertThat(e.getDetail())
        .isEqualTo("more array elements than the limit of 4 in one document (maxElementCount)");
    assertThat(SaphaJson.builder().maxElementCount(5).build().read(json.replace("[{}]", "[]")).councils()).hasSize(1);
  }

  @Test
  void test_manyArraysTogether_reachTheElementLimit() {
    // The same 127 MiB split into 33 meetings of a million items each: no array is too long,
    // but together they pass the two million elements a document may hold.
    InputStream[] parts = new InputStream[35];
    parts[0] = new ByteArrayInputStream((HEAD + "\"meetings\": [").getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 33; i++) {
      parts[i + 1] =
          Repeated.of(
              (i == 0 ? "" : ",") + "{\"id\": \"m-" + i + "\", \"titleTh\": \"ก\", \"date\": \"2017-01-01\", \"level\": \"other\", \"agenda\": [",
              "\"a\",",
              999_999,
              "\"a\"]}");
    }
    parts[34] = new ByteArrayInputStream("]}".getBytes(StandardCharsets.UTF_8));
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> JSON.read(Repeated.concat(parts)));
    // meetings/0 is element 1, its agenda 2 to 1,000,001, meetings/1 element 1,000,002, and so on.
    assertThat(e.getPointer()).isEqualTo("/meetings/1/agenda/999998");
    assertThat(e.getDetail())
        .isEqualTo("more array elements than the limit of 2000000 in one document (maxElementCount)");
  }

  @Test
  void test_arrayLimits_applyThroughTheMapperToo() {
    String json = "{\"id\": \"c-1\", \"nameTh\": \"ก\", \"area\": {\"subdistricts\": [\"570901\", \"570902\"]}}";
    SaphaJsonException viaSaphaJson =
        catchThrowableOfType(
            SaphaJsonException.class,
            () -> SaphaJson.builder().maxArrayLength(1).build().mapper().readValue(json, Council.class));
    assertThat(viaSaphaJson.getMessage())
        .isEqualTo("At /area/subdistricts/1 (line 1, column 66): an array longer than the limit of 1 elements"
            + " (maxArrayLength)");
    JsonMapper own = JsonMapper.builder().addModule(new SaphaModule().withMaxElementCount(1)).build();
    assertThat(catchThrowableOfType(SaphaJsonException.class, () -> own.readValue(json, Council.class)).getDetail())
        .isEqualTo("more array elements than the limit of 1 in one document (maxElementCount)");
  }

  @Test
  void test_jsonLinesRecords_eachHaveTheirOwnElementCount() {
    SaphaJson small = SaphaJson.builder().maxElementCount(3).build();
    String record = "{\"id\": \"c-1\", \"nameTh\": \"ก\", \"area\": {\"subdistricts\": [\"570901\"]}, \"communities\": ["
        + "{\"id\": \"k-1\", \"nameTh\": \"ก\", \"kind\": \"women\"}, {\"id\": \"k-2\", \"nameTh\": \"ข\", \"kind\": \"youth\"}]}\n";
    assertThat(small.readCouncilLines(new ByteArrayInputStream(record.repeat(3).getBytes(StandardCharsets.UTF_8))).count())
        .isEqualTo(3);
  }

  @Test
  void test_arrayLimitsBelowOne_areRefused() {
    assertThatThrownBy(() -> SaphaJson.builder().maxArrayLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxArrayLength must be at least 1: 0");
    assertThatThrownBy(() -> SaphaJson.builder().maxNameLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNameLength must be at least 1: 0");
    assertThatThrownBy(() -> SaphaJson.builder().maxElementCount(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxElementCount must be at least 1: 0");
    assertThatThrownBy(() -> new SaphaModule().withMaxArrayLength(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxArrayLength must be at least 1: -1");
    assertThatThrownBy(() -> new SaphaModule().withMaxElementCount(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxElementCount must be at least 1: -1");
  }

  @Test
  void test_defaults_areTheDocumentedOnes() {
    StreamReadConstraints limits = JSON.limits();
    assertThat(limits.getMaxNestingDepth()).isEqualTo(SaphaJson.DEFAULT_MAX_NESTING_DEPTH).isEqualTo(64);
    assertThat(limits.getMaxStringLength()).isEqualTo(SaphaJson.DEFAULT_MAX_STRING_LENGTH).isEqualTo(1_000_000);
    assertThat(limits.getMaxNumberLength()).isEqualTo(SaphaJson.DEFAULT_MAX_NUMBER_LENGTH).isEqualTo(32);
    assertThat(limits.getMaxDocumentLength())
        .isEqualTo(SaphaJson.DEFAULT_MAX_DOCUMENT_LENGTH)
        .isEqualTo(134_217_728L);
  }

  @Test
  void test_deepArrayWhereAnObjectBelongs_isRefusedAtItsFirstBracket() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> JSON.read(deep));
    assertThat(e.getMessage()).isEqualTo("At the root (line 1, column 1): expected a registry (an object), found an array");
  }

  @Test
  void test_deepArrayInASkippedField_reachesTheNestingLimit() {
    SaphaJson lenient = SaphaJson.builder().disable(SaphaFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    Generated in = new Generated(HEAD + "\"extra\": ", '[', 10_000, "]".repeat(10_000) + "}");
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> lenient.read(in));
    assertThat(e.getDetail()).isEqualTo("nesting deeper than the limit of 64 (maxNestingDepth)");
    // The root object is level 1, so the 64th bracket opens level 65; the 63 arrays around it
    // each hold it (or its parent) as their element 0.
    assertThat(e.getPointer()).isEqualTo("/extra" + "/0".repeat(63));
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getColumn()).isEqualTo(HEAD.length() + "\"extra\": ".length() + 64 + 1);
  }

  @Test
  void test_fiftyMegabyteString_isRefusedOnceTheLimitIsPassed() {
    long fifty = 50L * 1024 * 1024;
    Generated in =
        new Generated(HEAD + "\"councils\": [{\"id\": \"c-1\", \"nameTh\": \"", 'a', fifty, "\"}]}");
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> JSON.read(in));
    assertThat(e.getPointer()).isEqualTo("/councils/0/nameTh");
    assertThat(e.getDetail()).isEqualTo("a string longer than the limit of 1000000 characters (maxStringLength)");
    assertThat(e.getMessage()).startsWith("At /councils/0/nameTh (line 1, column ");
    // The parser stopped soon after the limit, far from the end of the string.
    assertThat(in.read).isLessThan(2L * 1024 * 1024);
  }

  @Test
  void test_hundredMegabyteStringInASkippedField_isRefusedLikeAnyOther() {
    SaphaJson lenient = SaphaJson.builder().disable(SaphaFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    Repeated in = Repeated.of(HEAD + "\"extra\": {\"deep\": [\"", "a", 100L * 1024 * 1024, "\"]}}");
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> lenient.read(in));
    assertThat(e.getDetail()).isEqualTo("a string longer than the limit of 1000000 characters (maxStringLength)");
    assertThat(e.getPointer()).isEqualTo("/extra/deep/0");
    assertThat(in.read).isLessThan(2L * 1024 * 1024);
  }

  @Test
  void test_skippedFieldsWithinTheLimits_areSkipped() {
    SaphaJson lenient = SaphaJson.builder().disable(SaphaFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    String json = HEAD + "\"extra\": {\"a\": [\"" + "x".repeat(1_000_000) + "\", 1, {\"b\": null}], \"c\": \"d\"}, \"more\": \"e\"}";
    assertThat(lenient.read(json).asOf()).hasToString("2017-05-18");
  }

  @Test
  void test_longFieldName_isRefusedAtItsObjectNamingTheLimit() {
    String json = HEAD + "\"councils\": [{\"id\": \"c-1\", \"" + "n".repeat(60_000) + "\": 1}]}";
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> JSON.read(json));
    assertThat(e.getDetail()).isEqualTo("a field name longer than the limit of 50000 characters (maxNameLength)");
    // The object holding the name, not the field before it (/councils/0/id).
    assertThat(e.getPointer()).isEqualTo("/councils/0");
    SaphaJsonException first =
        catchThrowableOfType(SaphaJsonException.class, () -> JSON.read("{\"" + "n".repeat(60_000) + "\": 1}"));
    assertThat(first.getPointer()).isEmpty();
    SaphaJson shortNames = SaphaJson.builder().maxNameLength(8).build();
    assertThat(catchThrowableOfType(SaphaJsonException.class, () -> shortNames.read(HEAD + "\"organizations\": []}"))
            .getDetail())
        .isEqualTo("a field name longer than the limit of 8 characters (maxNameLength)");
    assertThat(SaphaJson.DEFAULT_MAX_NAME_LENGTH).isEqualTo(JSON.limits().getMaxNameLength()).isEqualTo(50_000);
  }

  @Test
  void test_longNumber_isRefused() {
    String json = HEAD + "\"councils\": [], \"extra\": " + "1".repeat(40) + "}";
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> JSON.read(json));
    assertThat(e.getDetail()).isEqualTo("a number longer than the limit of 32 characters (maxNumberLength)");
    assertThat(e.getPointer()).isEqualTo("/extra");
  }

  @Test
  void test_longDocument_isRefusedFromAStream() {
    SaphaJson small = SaphaJson.builder().maxDocumentLength(1000).build();
    Generated in = new Generated(HEAD + "\"councils\": [", ' ', 10_000_000, "]}");
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> small.read(in));
    assertThat(e.getDetail()).isEqualTo("input longer than the limit of 1000 bytes or characters (maxDocumentLength)");
    assertThat(in.read).isLessThan(100_000L);
  }

  @Test
  void test_longDocument_isRefusedFromAStringBeforeParsing() {
    SaphaJson small = SaphaJson.builder().maxDocumentLength(100).build();
    String json = HEAD + "\"councils\": [" + " ".repeat(200) + "]}";
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> small.read(json));
    assertThat(e.getMessage())
        .isEqualTo("At the root: input longer than the limit of 100 bytes or characters (maxDocumentLength)");
  }

  @Test
  void test_longJsonLinesRecord_isRefusedWithItsLine() {
    SaphaJson small = SaphaJson.builder().maxDocumentLength(100).build();
    String record = "{\"id\": \"p-1\", \"name\": {\"given\": \"x\"}}\n";
    InputStream in =
        new SequenceInputStream(
            new ByteArrayInputStream(record.getBytes(StandardCharsets.UTF_8)),
            new Generated("{\"id\": \"p-2\", \"name\": {\"given\": \"", 'x', 10_000_000, "\"}}\n"));
    List<String> seen = new java.util.ArrayList<>();
    SaphaJsonException e =
        catchThrowableOfType(
            SaphaJsonException.class,
            () -> small.readPersonLines(in).forEach(p -> seen.add(p.id().value())));
    assertThat(seen).containsExactly("p-1");
    assertThat(e.getMessage())
        .isEqualTo("At the root (line 2): a record longer than the limit of 100 bytes (maxDocumentLength)");
  }

  @Test
  void test_customLimits_areNamedInTheMessage() {
    SaphaJson shallow = SaphaJson.builder().maxNestingDepth(3).build();
    assertThat(catchThrowableOfType(SaphaJsonException.class,
            () -> shallow.read(HEAD + "\"councils\": [{\"area\": {\"subdistricts\": []}}]}")).getDetail())
        .isEqualTo("nesting deeper than the limit of 3 (maxNestingDepth)");
    SaphaJson shortStrings = SaphaJson.builder().maxStringLength(12).build();
    assertThat(catchThrowableOfType(SaphaJsonException.class,
            () -> shortStrings.read(HEAD + "\"councils\": [{\"id\": \"abcdefghijklmnop\"}]}")).getDetail())
        .isEqualTo("a string longer than the limit of 12 characters (maxStringLength)");
    SaphaJson shortNumbers = SaphaJson.builder().maxNumberLength(2).build();
    assertThat(catchThrowableOfType(SaphaJsonException.class,
            () -> shortNumbers.read("{\"schemaVersion\": 100}")).getDetail())
        .isEqualTo("a number longer than the limit of 2 characters (maxNumberLength)");
  }

  @Test
  void test_builder_refusesLimitsBelowOne() {
    assertThatThrownBy(() -> SaphaJson.builder().maxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth must be at least 1: 0");
    assertThatThrownBy(() -> SaphaJson.builder().maxDocumentLength(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentLength must be at least 1: -1");
  }

  @Test
  void test_recordsWithinTheLimit_areRead() {
    SaphaJson small = SaphaJson.builder().maxDocumentLength(100).build();
    String lines = "{\"id\": \"p-1\", \"name\": {\"given\": \"x\"}}\n".repeat(50);
    assertThat(small.readPersonLines(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)))
            .collect(Collectors.toList()))
        .hasSize(50);
  }
}
