package io.github.sapha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.Council;
import io.github.sapha.demo.MaeSaiJson;
import io.github.sapha.demo.MaeSaiRegistry;
import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.registry.Registry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCommandTest {
  @TempDir Path dir;

  @Test
  void test_coverage_maeSaiIsFull() throws IOException {
    Path file = Files.write(dir.resolve("mae-sai.json"), MaeSaiJson.bytes());
    CliRun run = new CliRun("coverage", file.toString());
    assertThat(run.code).as("%s", run).isZero();
    assertThat(run.out)
        .contains("Coverage on 2017-05-18 (councils active that day)")
        .contains("Province 57 เชียงราย (Chiang Rai)")
        .containsPattern("\\n  5709 แม่สาย \\(Mae Sai\\) +8 +8 +8 +100\\.0%  yes\\R")
        .containsPattern("\\n  Total +8 +8 +8 +100\\.0%  1 of 1 districts full\\R");
  }

  @Test
  void test_coverage_districtWithAGap() throws IOException {
    Registry maeSai = MaeSaiRegistry.build();
    List<Council> councils = new ArrayList<>(maeSai.councils());
    councils.set(6, Council.builder().from(councils.get(6)).dissolved(maeSai.asOf().minusDays(1)).build());
    Path file = dir.resolve("gap.json");
    Files.write(file, SaphaJson.defaults().writeBytes(Registry.builder().from(maeSai).councils(councils).build()));
    CliRun run = new CliRun("coverage", file.toString());
    assertThat(run.code).isZero();
    assertThat(run.out)
        .containsPattern("\\n  5709 แม่สาย \\(Mae Sai\\) +8 +7 +7 +87\\.5%  no\\R")
        .contains("0 of 1 districts full");
  }

  @Test
  void test_coverage_missingFileExitsTwo() {
    CliRun run = new CliRun("coverage", dir.resolve("missing.json").toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).startsWith("sapha: Cannot read ");
  }
}
