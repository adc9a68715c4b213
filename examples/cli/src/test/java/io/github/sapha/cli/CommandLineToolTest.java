package io.github.sapha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.demo.MaeSaiJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a first run of the command line shows: versions, completion, option spelling, file problems. */
class CommandLineToolTest {
  @TempDir static Path dir;
  private static Path maeSai;

  @BeforeAll
  static void files() throws IOException {
    maeSai = Files.write(dir.resolve("mae-sai.json"), MaeSaiJson.bytes());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void versionNamesTheBuildTheFormatAndTheJava(String flag) {
    CliRun run = new CliRun(flag);
    assertThat(run.code).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .containsPattern("\\Asapha [0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?\\R")
        .contains("JSON format v1; Java " + Runtime.version())
        .containsPattern("gazetteer: edition [0-9]{4}-[0-9]{2}-[0-9]{2}");
  }

  @Test
  void generateCompletionWritesABashScriptForEveryCommand() {
    CliRun run = new CliRun("generate-completion");
    assertThat(run.code).isZero();
    assertThat(run.out).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_sapha");
    for (String command : new String[] {"demo", "validate", "coverage", "generate", "gazetteer"}) {
      assertThat(run.out).contains(command);
    }
  }

  @ParameterizedTest
  @CsvSource({"error,0", "warning,1", "info,1", "ERROR,0", "Warning,1", "INFO,1"})
  void failOnTakesEverySeverityInAnyCase(String severity, int exit) {
    CliRun run = new CliRun("validate", maeSai.toString(), "--fail-on", severity);
    assertThat(run.code).as(run.toString()).isEqualTo(exit);
    assertThat(run.out).contains("failing at " + severity.toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void failOnInfoFailsOnAnInfoViolationAlone() throws IOException {
    // Mae Sai with the forum's one warning removed would pass; here the report counts info too.
    CliRun run = new CliRun("validate", maeSai.toString(), "--fail-on=info", "--format=json");
    assertThat(run.out).startsWith("{\"valid\":false,\"counts\":{\"error\":0,\"warning\":1,\"info\":0}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--format=JSON", "--format=Json", "--format=json"})
  void formatIsReadInAnyCase(String option) {
    CliRun run = new CliRun("validate", maeSai.toString(), option);
    assertThat(run.code).isZero();
    assertThat(run.out).startsWith("{\"valid\":true");
  }

  @Test
  void badFormatNamesTheChoices() {
    CliRun run = new CliRun("validate", maeSai.toString(), "--format=xml");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("Invalid value for option '--format': expected one of [text, json]"
        + " (case-insensitive) but was 'xml'");
  }

  @Test
  void scaleIsReadInAnyCase() {
    Path file = dir.resolve("district.json");
    CliRun run = new CliRun("generate", "--seed", "3", "--scale", "District", "--out", file.toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).startsWith("Wrote " + file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "coverage"})
  void aDirectoryIsRefusedBeforeAnythingIsRead(String command) {
    CliRun run = new CliRun(command, dir.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo(
        "sapha: Cannot read " + dir + ": it is a directory, not a file" + System.lineSeparator());
  }

  @Test
  void generateRefusesToWriteOverADirectory() {
    CliRun run = new CliRun("generate", "--seed", "1", "--scale", "district", "--out", dir.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).isEqualTo(
        "sapha: Cannot write " + dir + ": it is a directory, not a file" + System.lineSeparator());
  }

  @Test
  void generateThroughAFileSaysThatAPartOfThePathIsNoDirectory() {
    Path file = maeSai.resolve("x.json");
    CliRun run = new CliRun("generate", "--seed", "1", "--scale", "district", "--out", file.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).isEqualTo("sapha: Cannot write " + file + ": " + maeSai.toAbsolutePath()
        + " is not a directory" + System.lineSeparator());
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "validate", "coverage", "generate", "gazetteer"})
  void helpWrapsBetweenWordsAndKeepsFileNamesWhole(String command) {
    CliRun run = new CliRun(command, "--help");
    assertThat(run.code).isZero();
    for (String line : run.out.split("\\R")) {
      assertThat(line.length()).as("help line '%s'", line).isLessThanOrEqualTo(120);
      assertThat(line).as("help line '%s' ends inside a word", line).doesNotMatch(".*[A-Za-z]-$");
    }
    if (command.equals("generate")) {
      assertThat(run.out).contains("  FILE.expected.json");
    }
  }
}
