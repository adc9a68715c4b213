package io.github.sapha.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sapha.jackson.SaphaJsonException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Line numbers of JSON Lines count past 2^31 without wrapping around, so that
 * errors keep their location however long the input. The splitter is started
 * as if 2^31 - 2 lines had been read already.
 */
class JsonLinesLineNumbersTest {
  private static final long BEFORE = Integer.MAX_VALUE - 1L;

  private static JsonLines lines(String text, long max) {
    return new JsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max, BEFORE);
  }

  @Test
  void test_linesPast2To31_keepCounting() {
    JsonLines lines = lines("{}\n\n{}\n{}\n", 100);
    assertThat(lines.next().number()).isEqualTo(Integer.MAX_VALUE);
    assertThat(lines.next().number()).isEqualTo(Integer.MAX_VALUE + 2L);
    assertThat(lines.next().number()).isEqualTo(Integer.MAX_VALUE + 3L);
    assertThat(lines.next()).isNull();
  }

  @Test
  void test_errorPast2To31_keepsItsLine() {
    JsonLines lines = lines("{}\n{}\n" + "x".repeat(20) + "\n", 10);
    lines.next();
    lines.next();
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, lines::next);
    assertThat(e.getMessage())
        .isEqualTo("At the root (line 2147483649): a record longer than the limit of 10 bytes (maxDocumentLength)");
    assertThat(e.getLineNumber()).isEqualTo(2_147_483_649L);
    assertThat(e.getLine()).isEqualTo(Integer.MAX_VALUE);
  }
}
