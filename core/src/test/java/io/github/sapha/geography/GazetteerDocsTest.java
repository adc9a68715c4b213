package io.github.sapha.geography;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.testing.ProjectDocs;
import java.io.IOException;
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
      String text = ProjectDocs.read(document);
      assertThat(text).as(document).contains(counts).contains(edition.source()).contains(edition.date().toString());
      assertThat(text).as(document).contains(THAILAND.retiredSubdistricts().size() + " retired sub-district codes");
    }
  }
}
