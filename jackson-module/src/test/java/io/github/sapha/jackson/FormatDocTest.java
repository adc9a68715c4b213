package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/json-format.md says what the code does: its example is canonical and its defaults are the real ones. */
class FormatDocTest {
  private static final Path DOC = Path.of("..", "docs", "json-format.md");
  private static final SaphaJson PRETTY = SaphaJson.builder().enable(SaphaFeature.PRETTY_PRINT).build();

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  @Test
  void test_jsonExamples_areCanonicalDocuments() throws IOException {
    Matcher blocks = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc());
    List<String> examples = new ArrayList<>();
    while (blocks.find()) {
      examples.add(blocks.group(1));
    }
    assertThat(examples).isNotEmpty();
    for (String example : examples) {
      assertThat(PRETTY.writeString(PRETTY.read(example))).isEqualTo(example);
      assertThat(SchemaTest.validate(example)).isEmpty();
    }
  }

  @Test
  void test_limitsTable_showsTheDefaults() throws IOException {
    assertThat(doc())
        .contains("| `maxNestingDepth` | " + SaphaJson.DEFAULT_MAX_NESTING_DEPTH + " |")
        .contains("| `maxStringLength` | 1,000,000 |")
        .contains("| `maxNumberLength` | " + SaphaJson.DEFAULT_MAX_NUMBER_LENGTH + " |")
        .contains("| `maxDocumentLength` | 134,217,728 (128 MiB) |");
    assertThat(SaphaJson.DEFAULT_MAX_STRING_LENGTH).isEqualTo(1_000_000);
    assertThat(SaphaJson.DEFAULT_MAX_DOCUMENT_LENGTH).isEqualTo(134_217_728L);
  }

  @Test
  void test_featuresTable_showsTheDefaults() throws IOException {
    for (SaphaFeature feature : SaphaFeature.values()) {
      assertThat(doc())
          .contains("| `" + feature + "` | " + (feature.enabledByDefault() ? "enabled" : "disabled") + " |");
    }
  }
}
