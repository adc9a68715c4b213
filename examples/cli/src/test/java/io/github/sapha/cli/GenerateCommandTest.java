package io.github.sapha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GenerateCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  @TempDir Path dir;

  @Test
  void test_national_twiceByteIdenticalAndValid() throws IOException {
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");
    CliRun run = new CliRun("generate", "--seed", "7", "--scale", "national", "--out", first.toString());
    assertThat(run.code).as("%s", run).isZero();
    assertThat(run.out).contains("7451 councils");
    assertThat(new CliRun("generate", "--seed", "7", "--scale", "national", "--out", second.toString()).code).isZero();
    assertThat(Files.mismatch(first, second)).isEqualTo(-1L);

    CliRun validate = new CliRun("validate", first.toString(), "--format", "json");
    assertThat(validate.code).isZero();
    JsonNode report = JSON.readTree(validate.out);
    assertThat(report.get("violations").size()).isZero();
  }

  @Test
  void test_invalid_validateReportsEveryExpectedRuleAtItsPath() throws IOException {
    Path file = dir.resolve("broken.json");
    CliRun run = new CliRun("generate", "--seed", "7", "--scale", "national", "--invalid", "20", "--out", file.toString());
    assertThat(run.code).as("%s", run).isZero();
    JsonNode sidecar = JSON.readTree(dir.resolve("broken.json.expected.json").toFile());
    assertThat(sidecar.get("mutations").size()).isEqualTo(20);
    Set<String> expected = new TreeSet<>();
    for (JsonNode mutation : sidecar.get("mutations")) {
      assertThat(mutation.get("name").asString()).isNotEmpty();
      for (JsonNode v : mutation.get("violations")) {
        expected.add(v.get("rule").asString() + " " + v.get("path").asString());
      }
    }
    CliRun validate = new CliRun("validate", file.toString(), "--format", "json", "--fail-on", "warning");
    assertThat(validate.code).isEqualTo(1);
    Set<String> reported = new TreeSet<>();
    for (JsonNode v : JSON.readTree(validate.out).get("violations")) {
      reported.add(v.get("rule").asString() + " " + v.get("path").asString());
    }
    assertThat(reported).isEqualTo(expected);
  }

  @Test
  void test_district_smallAndWithoutSidecar() {
    Path file = dir.resolve("d.json");
    CliRun run = new CliRun("generate", "--seed", "1", "--scale", "district", "--out", file.toString(), "--pretty");
    assertThat(run.code).isZero();
    assertThat(file).exists();
    assertThat(dir.resolve("d.json.expected.json")).doesNotExist();
    assertThat(new CliRun("validate", file.toString()).code).isZero();
  }

  @Test
  void test_badArguments_exitTwoWithReason() {
    CliRun scale = new CliRun("generate", "--seed", "1", "--scale", "galaxy", "--out", dir.resolve("x").toString());
    assertThat(scale.code).isEqualTo(2);
    assertThat(scale.err).contains("Unknown scale \"galaxy\": expected district, province or national");
    CliRun missing = new CliRun("generate", "--scale", "district", "--out", dir.resolve("x").toString());
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).contains("Missing required option: '--seed=N'");
    CliRun negative = new CliRun("generate", "--seed", "1", "--scale", "district", "--invalid", "-1", "--out", dir.resolve("x").toString());
    assertThat(negative.code).isEqualTo(2);
    assertThat(negative.err).contains("--invalid must not be negative: -1");
    CliRun tooMany = new CliRun("generate", "--seed", "1", "--scale", "district", "--invalid", "500", "--out", dir.resolve("x").toString());
    assertThat(tooMany.code).isEqualTo(2);
    assertThat(tooMany.err).contains("Could apply only");
  }

  @Test
  void test_unwritableOutput_exitsTwo() {
    Path file = dir.resolve("no-such-dir").resolve("x.json");
    CliRun run = new CliRun("generate", "--seed", "1", "--scale", "district", "--out", file.toString());
    assertThat(run.code).isEqualTo(2);
    // Generating may take over a second on a busy machine, and then notes its progress first.
    assertThat(run.err.lines().filter(line -> line.startsWith("sapha: ")))
        .singleElement()
        .asString()
        .startsWith("sapha: Cannot write " + file);
  }
}
