package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.sapha.council.Council;
import io.github.sapha.registry.Registry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which exception each way of reading raises for input that is broken from
 * its first byte. {@link SaphaJson}'s read methods and JSON Lines raise a
 * located {@link SaphaJsonException} for every problem of the input, and
 * Jackson's {@code JacksonIOException} only for a failure of the caller's
 * stream. Through a mapper ({@link SaphaJson#mapper()} or one's own with the
 * {@link SaphaModule}), what Jackson checks itself before and after it calls
 * a deserializer stays Jackson's exception, as docs/json-format.md documents.
 */
class ReadingPathsTest {
  private static final SaphaJson JSON = SaphaJson.defaults();
  private static final JsonMapper OWN = JsonMapper.builder().addModule(new SaphaModule()).build();

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Input broken at its start, and the Jackson exception a mapper raises for it. */
  static Stream<Arguments> brokenStarts() {
    return Stream.of(
        Arguments.of("a bare word", utf8("abc"), StreamReadException.class),
        Arguments.of("a closing bracket", utf8("]"), StreamReadException.class),
        Arguments.of("an asterisk", utf8("*"), StreamReadException.class),
        Arguments.of("a NUL byte", bytes(0), StreamReadException.class),
        Arguments.of("a lone byte-order mark", bytes(0xEF, 0xBB, 0xBF), StreamReadException.class),
        Arguments.of("a lone invalid UTF-8 byte", bytes(0xFF), StreamReadException.class),
        Arguments.of("a UTF-8 sequence cut short", bytes(0xC3), StreamReadException.class),
        Arguments.of("nothing", new byte[0], MismatchedInputException.class),
        Arguments.of("white space only", utf8(" \n"), MismatchedInputException.class),
        Arguments.of("UCS-4 in an unsupported byte order", bytes(0, 0x7B, 0, 0), JacksonIOException.class),
        Arguments.of("a UTF-32 character cut short", bytes(0, 0, 0xFE, 0xFF, 0, 0, 0, 0x7B, 0), JacksonIOException.class),
        Arguments.of("a UTF-32 character beyond Unicode", bytes(0xFF, 0xFE, 0, 0, 0, 0, 0x11, 0), JacksonIOException.class));
  }

  private static void assertLocated(Throwable thrown, String input) {
    assertThat(thrown).as(input).isInstanceOf(SaphaJsonException.class);
    SaphaJsonException e = (SaphaJsonException) thrown;
    assertThat(e.getLine()).as("line of %s", input).isPositive();
    assertThat(e.getColumn()).as("column of %s", input).isPositive();
    assertThat(e.getMessage()).startsWith("At ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenStarts")
  void test_saphaJsonReadMethods_refuseEveryBrokenStartWithALocatedSaphaJsonException(String input, byte[] bytes) {
    assertLocated(catchThrowable(() -> JSON.read(new ByteArrayInputStream(bytes))), input + ", as bytes");
    assertLocated(
        catchThrowable(() -> JSON.read(new String(bytes, StandardCharsets.ISO_8859_1))), input + ", as a string");
    assertLocated(
        catchThrowable(() -> JSON.read(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1))),
        input + ", as a reader");
    if (bytes.length > 0 && !new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
      // JSON Lines skip blank lines, so blank input is no records rather than an error.
      assertLocated(
          catchThrowable(() -> JSON.readCouncilLines(new ByteArrayInputStream(bytes)).count()), input + ", as lines");
      assertLocated(
          catchThrowable(() -> JSON.readPersonLines(new ByteArrayInputStream(bytes)).count()), input + ", as people");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenStarts")
  void test_mappers_leaveWhatJacksonChecksBeforeTheFirstTokenToJacksonsExceptions(
      String input, byte[] bytes, Class<? extends Throwable> jackson) {
    // Jackson reads the first token before it picks a deserializer, and decodes the bytes
    // before that: no module is called yet. Documented in docs/json-format.md (Errors).
    assertThat(catchThrowable(() -> JSON.mapper().readValue(bytes, Registry.class))).as(input).isInstanceOf(jackson);
    assertThat(catchThrowable(() -> OWN.readValue(bytes, Council.class))).as(input).isInstanceOf(jackson);
  }

  @Test
  void test_mappers_leaveContentAfterTheValueToJacksonsExceptions() {
    String council = "{\"id\": \"c-1\", \"nameTh\": \"ก\", \"area\": {\"subdistricts\": [\"570908\"]}}";
    assertThat(catchThrowable(() -> JSON.mapper().readValue(council + " {}", Council.class)))
        .isInstanceOf(MismatchedInputException.class);
    assertThat(catchThrowable(() -> JSON.mapper().readValue(council + " ]", Council.class)))
        .isInstanceOf(StreamReadException.class);
    assertLocated(catchThrowable(() -> JSON.readCouncilLines(new ByteArrayInputStream(utf8(council + " {}"))).count()),
        "a council and an object");
    assertLocated(catchThrowable(() -> JSON.readCouncilLines(new ByteArrayInputStream(utf8(council + " ]"))).count()),
        "a council and a bracket");
  }

  @Test
  void test_mappers_reportEverythingInsideAValueAsSaphaJsonException() {
    assertLocated(catchThrowable(() -> JSON.mapper().readValue("{\"id\": \"c-1\", \"nameTh\": ]", Council.class)),
        "a bracket for a name");
    assertLocated(catchThrowable(() -> OWN.readValue("{\"id\": \"c-1\", \"nameTh\" ", Council.class)), "a cut object");
    assertLocated(catchThrowable(() -> OWN.readValue("[]", Council.class)), "an array for a council");
  }

  @Test
  void test_undecodableBytes_areSaidSoWithJacksonsReasonExceptInPeople() {
    byte[] ucs4 = bytes(0, 0x7B, 0, 0);
    byte[] cutShort = bytes(0, 0, 0xFE, 0xFF, 0, 0, 0, 0x7B, 0);
    assertThat(catchThrowable(() -> JSON.read(new ByteArrayInputStream(ucs4))))
        .hasMessage("At the root (line 1, column 1): input that cannot be decoded: Unsupported UCS-4 endianness (3412)"
            + " detected");
    assertThat(catchThrowable(() -> JSON.read(new ByteArrayInputStream(cutShort))))
        .hasMessage("At the root (line 1, column 2): input that cannot be decoded: Unexpected EOF in the middle of a"
            + " 4-byte UTF-32 char: got 1, needed 4, at char #1, byte #9)");
    for (byte[] bytes : List.of(ucs4, cutShort)) {
      Throwable person = catchThrowable(() -> JSON.readPersonLines(new ByteArrayInputStream(bytes)).count());
      assertThat(((SaphaJsonException) person).getDetail())
          .isEqualTo("input that cannot be decoded (details not shown: personal data)");
      assertThat(person.getCause()).isNull();
    }
  }

  /** A stream that fails, as a closed file or a broken connection does. */
  private static final class Failing extends InputStream {
    private boolean started;

    @Override
    public int read() throws IOException {
      throw new IOException("disk on fire");
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (!started) {
        started = true;
        b[off] = '{';
        return 1;
      }
      throw new IOException("disk on fire");
    }
  }

  @Test
  void test_failingStream_isJacksonsIoExceptionCarryingWhatTheStreamThrew() {
    Throwable bytes = catchThrowable(() -> JSON.read(new Failing()));
    assertThat(bytes).isInstanceOf(JacksonIOException.class).hasRootCauseMessage("disk on fire");
    assertThat(bytes.getCause()).isExactlyInstanceOf(IOException.class);
    Reader failing =
        new StringReader("{") {
          @Override
          public int read(char[] b, int off, int len) throws IOException {
            throw new IOException("disk on fire");
          }
        };
    Throwable text = catchThrowable(() -> JSON.read(failing));
    assertThat(text).isInstanceOf(JacksonIOException.class);
    assertThat(text.getCause()).isExactlyInstanceOf(IOException.class).hasMessage("disk on fire");
    Throwable lines = catchThrowable(() -> JSON.readPersonLines(new Failing()).count());
    assertThat(lines).isInstanceOf(JacksonIOException.class);
    assertThat(lines.getCause()).isExactlyInstanceOf(IOException.class).hasMessage("disk on fire");
  }
}
