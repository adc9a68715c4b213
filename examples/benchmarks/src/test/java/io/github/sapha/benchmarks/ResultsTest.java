package io.github.sapha.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables of docs/performance.md from JMH's JSON: ratios within a run, intervals crosswise, medians. */
class ResultsTest {

  private static String result(String benchmark, String scale, double score, double low, double high) {
    return """
        {"jmhVersion": "1.37", "benchmark": "io.github.sapha.benchmarks.DocumentBenchmarks.%s", "mode": "avgt",
         "forks": 1, "jvmArgs": [], "vmName": "OpenJDK 64-Bit Server VM", "vmVersion": "17",
         "warmupIterations": 3, "warmupTime": "2 s", "measurementIterations": 5, "measurementTime": "2 s",
         "params": {"scale": "%s"},
         "primaryMetric": {"score": %s, "scoreConfidence": [%s, %s], "scoreUnit": "ms/op"},
         "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 250000000.0}}}
        """.formatted(benchmark, scale, score, low, high);
  }

  @Test
  void test_print_givesEachTargetAsARatioWithinTheRun(@TempDir Path dir) throws IOException {
    Path run = dir.resolve("run.json");
    Files.writeString(
        run,
        "[" + result("readSapha", "national", 400, 380, 420) + ","
            + result("readRecords", "national", 440, 400, 480) + "]");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Results.print(List.of(Results.read(run.toFile())), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String tables = bytes.toString(StandardCharsets.UTF_8);
    assertThat(tables)
        .contains("| readSapha | 400 ± 20.0 | 400 | 250 |")
        .contains("| sapha read speed ÷ records read speed | >= 1.0 | 1.10 (0.95–1.26) | 1.10 | yes |")
        .contains("| sapha write speed ÷ records write speed | >= 1.0 | — | — | — |");
  }

  @Test
  void test_print_cutsAnIntervalBelowZeroAndLeavesTheRatioUnbounded(@TempDir Path dir) throws IOException {
    Path run = dir.resolve("run.json");
    Files.writeString(
        run,
        "[" + result("readSapha", "national", 1000, -500, 2500) + ","
            + result("readRecords", "national", 900, 800, 1000) + "]");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Results.print(List.of(Results.read(run.toFile())), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("| sapha read speed ÷ records read speed | >= 1.0 | 0.90 (0.32–∞) | 0.90 | **no** |");
  }
}
