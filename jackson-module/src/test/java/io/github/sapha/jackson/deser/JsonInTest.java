package io.github.sapha.jackson.deser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.jackson.SaphaJsonException;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;

/**
 * What no document can reach through the readers yet, since each personal
 * value is checked before the model sees it: a model's refusal of a personal
 * value is shown without the model's message, which quotes the value.
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
}
