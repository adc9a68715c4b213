package io.github.sapha.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerConverterTest {

  @Test
  void test_convert_bundledGazetteerRoundTripsThroughTheCompactForm(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("thailand.tsv");
    GazetteerConverter.convert(Gazetteer.thailand(), out);
    String written = Files.readString(out, StandardCharsets.UTF_8);
    Gazetteer reread = BundledGazetteer.read(new BufferedReader(new StringReader(written)), "thailand.tsv");
    assertThat(reread.provinces()).isEqualTo(Gazetteer.thailand().provinces());
    assertThat(reread.districts()).isEqualTo(Gazetteer.thailand().districts());
    assertThat(reread.subdistricts()).isEqualTo(Gazetteer.thailand().subdistricts());
    // The committed resource is exactly what the converter writes: nobody edited it by hand.
    try (var bundled = BundledGazetteer.class.getResourceAsStream(BundledGazetteer.RESOURCE)) {
      assertThat(new String(bundled.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(written);
    }
    assertThat(written).startsWith("# Thailand's provinces");
    assertThat(written).contains("\nS\t570908\tบ้านด้าย\tBan Dai\t57220\n");
    assertThat(written).contains("\nP\t57\tเชียงราย\tChiang Rai\tNORTH\n");
  }

  @Test
  void test_read_reportsBadLines() {
    String bad = "# comment\nP\t57\tเชียงราย\tChiang Rai\tNORTH\nX\t1\n";
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> BundledGazetteer.read(new BufferedReader(new StringReader(bad)), "thailand.tsv"))
        .isInstanceOf(GazetteerFormatException.class)
        .hasMessage("thailand.tsv line 3: unknown record kind \"X\"");
  }
}
