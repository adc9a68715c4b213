package io.github.sapha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.demo.MaeSaiJson;
import io.github.sapha.demo.MaeSaiRegistry;
import io.github.sapha.jackson.SaphaJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {
  @TempDir static Path dir;
  private static Path maeSai;
  private static Path misspelt;

  @BeforeAll
  static void files() throws IOException {
    maeSai = Files.write(dir.resolve("mae-sai.json"), MaeSaiJson.bytes());
    misspelt = dir.resolve("misspelt.json");
    Files.write(misspelt, SaphaJson.defaults().writeBytes(MaeSaiRegistry.buildWithReportedSpelling()));
  }

  @Test
  void test_text_validDocumentExitsZeroAndListsItsWarning() {
    CliRun run = new CliRun("validate", maeSai.toString());
    assertThat(run.code).as("%s", run).isZero();
    assertThat(run.out)
        .startsWith(maeSai + ": valid (errors 0, warnings 1, info 0; failing at error)")
        .contains("WARNING network.chair-not-member /networks/1/posts/0/holder")
        .contains("The chair of network network-57, person person-provincial-chair, sits on none of the network's councils on 2017-05-18");
    assertThat(run.err).isEmpty();
  }

  @Test
  void test_text_showsSuggestion() {
    CliRun run = new CliRun("validate", misspelt.toString());
    assertThat(run.code).isZero();
    assertThat(run.out)
        .contains("WARNING geo.name-mismatch /councils/1/area/name")
        .contains("        suggestion: ห้วยไคร้");
  }

  @Test
  void test_text_retiredCodeWarnsWithItsReplacements() throws IOException {
    // Council council-570906's area, in a document written before แขวงบางนา 104701 was split.
    String document = new String(MaeSaiJson.bytes(), StandardCharsets.UTF_8);
    Path old = Files.writeString(dir.resolve("old.json"), document.replaceFirst("\"570906\"", "\"104701\""));
    CliRun run = new CliRun("validate", old.toString());
    assertThat(run.out)
        .contains("WARNING geo.retired-code /councils/")
        .contains("Sub-district code 104701 (บางนา) is retired: it was split into 104702 and 104703")
        .contains("        suggestion: 104702 or 104703")
        .doesNotContain("geo.unknown-code");
  }

  @Test
  void test_failOnWarning_exitsOne() {
    CliRun run = new CliRun("validate", maeSai.toString(), "--fail-on", "warning");
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).startsWith(maeSai + ": not valid (errors 0, warnings 1, info 0; failing at warning)");
  }

  @Test
  void test_json_isTheOnlyThingOnStdout() {
    CliRun run = new CliRun("validate", misspelt.toString(), "--format", "json");
    assertThat(run.code).isZero();
    assertThat(run.err).isEmpty();
    JsonNode report = JsonMapper.builder().build().readTree(run.out);
    assertThat(report.get("valid").asBoolean()).isTrue();
    assertThat(report.get("counts").toString()).isEqualTo("{\"error\":0,\"warning\":2,\"info\":0}");
    JsonNode first = report.get("violations").get(0);
    assertThat(first.get("rule").asString()).isEqualTo("geo.name-mismatch");
    assertThat(first.get("severity").asString()).isEqualTo("warning");
    assertThat(first.get("path").asString()).isEqualTo("/councils/1/area/name");
    assertThat(first.get("suggestion").asString()).isEqualTo("ห้วยไคร้");
    assertThat(first.has("reference")).isFalse();
  }

  @Test
  void test_json_failOnWarningMakesItInvalid() {
    CliRun run = new CliRun("validate", maeSai.toString(), "--format", "json", "--fail-on", "warning");
    assertThat(run.code).isEqualTo(1);
    assertThat(JsonMapper.builder().build().readTree(run.out).get("valid").asBoolean()).isFalse();
  }

  @Test
  void test_missingFile_exitsTwoWithReason() {
    Path missing = dir.resolve("nope.json");
    CliRun run = new CliRun("validate", missing.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("sapha: Cannot read " + missing + ": no such file" + System.lineSeparator());
  }

  @Test
  void test_unreadableDocument_printsTheLocatedErrorAndExitsTwo() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"schemaVersion\": 1,\n  \"asOf\": \"2017-13-01\"\n}", StandardCharsets.UTF_8);
    CliRun run = new CliRun("validate", bad.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).startsWith("sapha: " + bad + ": At /asOf (line 3, column 11): ");
  }

  @Test
  void test_notJson_exitsTwo() throws IOException {
    Path text = Files.writeString(dir.resolve("text.json"), "hello", StandardCharsets.UTF_8);
    CliRun run = new CliRun("validate", text.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).startsWith("sapha: " + text + ": At the root (line 1, column ");
  }

  @Test
  void test_badArguments_exitTwo() {
    CliRun noFile = new CliRun("validate");
    assertThat(noFile.code).isEqualTo(2);
    assertThat(noFile.err).contains("Missing required parameter: 'FILE'");
    CliRun badFormat = new CliRun("validate", maeSai.toString(), "--format", "xml");
    assertThat(badFormat.code).isEqualTo(2);
    assertThat(badFormat.err).contains("Invalid value for option '--format': expected one of [text, json] (case-insensitive) but was 'xml'");
  }

  @Test
  void test_help() {
    CliRun run = new CliRun("validate", "--help");
    assertThat(run.code).isZero();
    assertThat(run.out).contains("Usage: sapha validate").contains("--fail-on").contains("--format");
  }
}
