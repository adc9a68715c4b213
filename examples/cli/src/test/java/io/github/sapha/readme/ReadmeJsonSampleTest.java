package io.github.sapha.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.demo.MaeSaiRegistry;
import io.github.sapha.jackson.SaphaFeature;
import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.jackson.SaphaJsonException;
import io.github.sapha.registry.Registry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the README's JSON sample (section "Exchanging JSON") compiling, running and saying what it claims. */
class ReadmeJsonSampleTest {
  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "io", "github", "sapha", "readme", "ReadmeJsonSampleTest.java");

  @Test
  void test_sample_runsAndItsCommentsAreTrue() {
    // README:begin
    SaphaJson json = SaphaJson.builder().enable(SaphaFeature.PRETTY_PRINT).build();
    Registry maeSai = MaeSaiRegistry.build();
    String document = json.writeString(maeSai); // canonical: the same registry always gives the same bytes
    Registry read = json.read(document); // equals maeSai

    String where = "";
    try {
      json.read(document.replace("\"570908\"", "\"57090\""));
    } catch (SaphaJsonException e) {
      where = e.getPointer(); // "/councils/6/area/subdistricts/0", and e.getLine(), e.getColumn()
    }

    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    json.writeCouncilLines(maeSai.councils(), lines); // JSON Lines: one council per line
    long councils = json.readCouncilLines(new ByteArrayInputStream(lines.toByteArray())).count(); // 8
    // README:end

    assertThat(read).isEqualTo(maeSai);
    assertThat(json.writeString(read)).isEqualTo(document);
    assertThat(where).isEqualTo("/councils/6/area/subdistricts/0");
    assertThat(councils).isEqualTo(8);
  }

  @Test
  void test_readme_showsExactlyTheSampleThatRuns() throws IOException {
    assertThat(ReadmeBlocks.javaBlockUnder("## Exchanging JSON")).isEqualTo(ReadmeBlocks.markedRegion(THIS_FILE));
  }
}
