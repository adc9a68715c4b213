package io.github.sapha.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README and docs/gazetteer.md state the bundled gazetteer's counts and edition as the data has them. */
class GazetteerDocsTest {
  private static final Gazetteer THAILAND = Gazetteer.thailand();

  @Test
  void test_docs_stateTheBundledCountsAndEdition() throws IOException {
    String counts =
        THAILAND.provinces().size() + " provinces, " + THAILAND.districts().size() + " districts, "
            + NumberFormat.getIntegerInstance(Locale.ROOT).format(THAILAND.subdistricts().size()) + " sub-districts";
    GazetteerEdition edition = THAILAND.edition().orElseThrow();
    for (String document : new String[] {"README.md", "docs/gazetteer.md"}) {
      String text = read(document);
      assertThat(text).as(document).contains(counts).contains(edition.source()).contains(edition.date().toString());
      assertThat(text).as(document).contains(THAILAND.retiredSubdistricts().size() + " retired sub-district codes");
    }
  }

  /** Reads a document of the project, with line breaks and indentation as single spaces. */
  private static String read(String document) throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.exists(root.resolve("docs/gazetteer.md"))) {
      root = root.getParent();
    }
    assertThat(root).as("the project directory, above %s", Path.of("").toAbsolutePath()).isNotNull();
    return Files.readString(root.resolve(document), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
  }
}
