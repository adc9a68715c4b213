package io.github.sapha.jackson.deser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.jackson.SaphaJsonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;

/**
 * What no document can reach through the readers: a model's refusal of a
 * personal value (each personal value is checked before the model sees it)
 * is shown without the model's message, which quotes the value; and the
 * bound on the values a reading position keeps one instance of.
 */
class JsonInTest {
  private static final ReadOptions OPTIONS = new ReadOptions(true, 10, 10);

  @Test
  void test_modelsRefusalOfPersonalData_isShownWithoutItsMessage() {
    JsonParser parser = SaphaJson.defaults().mapper().createParser("\"สมชาย ใจดี\"");
    JsonIn in = new JsonIn(parser, OPTIONS, true);
    in.next();
    SaphaJsonException e = in.refused(new IllegalArgumentException("Invalid id \"สมชาย ใจดี\""));
    assertThat(e.getMessage()).isEqualTo("At the root (line 1, column 1): value refused (not shown: personal data)");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void test_modelsRefusalOfOtherData_isShownWithItsMessage() {
    JsonParser parser = SaphaJson.defaults().mapper().createParser("\"c 1\"");
    JsonIn in = new JsonIn(parser, OPTIONS, false);
    in.next();
    SaphaJsonException e = in.refused(new IllegalArgumentException("Invalid id \"c 1\""));
    assertThat(e.getMessage()).isEqualTo("At the root (line 1, column 1): Invalid id \"c 1\"");
    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_canonical_keepsTheFirstInstanceUpToItsBoundThenKeepsNoMore() {
    JsonIn in = new JsonIn(SaphaJson.defaults().mapper().createParser("1"), OPTIONS, false);
    String first = new String("person-1");
    assertThat(in.canonical(first)).isSameAs(first);
    assertThat(in.canonical(new String("person-1"))).isSameAs(first);
    for (int i = 1; i < JsonIn.CANONICAL_MAX; i++) {
      in.canonical(Integer.valueOf(1_000_000 + i));
    }
    // Full: a new value is returned as it is and not kept; those kept before are still shared.
    String late = new String("person-2");
    assertThat(in.canonical(late)).isSameAs(late);
    assertThat(in.canonical(new String("person-2"))).isNotSameAs(late).isEqualTo(late);
    assertThat(in.canonical(new String("person-1"))).isSameAs(first);
  }

  @Test
  void test_formatDoc_givesTheBoundOfTheSharedValues() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "json-format.md"));
    assertThat(doc.replaceAll("\\s+", " "))
        .contains("stops growing at " + String.format(Locale.ROOT, "%,d", JsonIn.CANONICAL_MAX) + " values");
  }
}
