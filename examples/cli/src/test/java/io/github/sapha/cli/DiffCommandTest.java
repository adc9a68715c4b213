package io.github.sapha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sapha diff} on the golden Mae Sai file and changed copies of it. */
class DiffCommandTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "mae-sai-2017.json");
  private static final Path BEFORE_DESIGNATIONS = Path.of("src", "test", "resources", "mae-sai-2017-before-designations.json");

  private static final Path MONTH_LATER = Path.of("src", "test", "resources", "mae-sai-2017-06-01.json");
  private static final Path DIFF_FORMAT_DOC = Path.of("..", "..", "docs", "diff-format.md");

  @TempDir Path dir;

  /** The first block of a language in docs/diff-format.md. */
  private static String docBlock(String language) throws IOException {
    Matcher block =
        Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(DIFF_FORMAT_DOC, StandardCharsets.UTF_8));
    assertThat(block.find()).as("a %s block in %s", language, DIFF_FORMAT_DOC).isTrue();
    return block.group(1);
  }

  @Test
  void test_diffFormatDoc_showsWhatSaphaDiffPrintsForItsExampleFiles() throws IOException {
    String directory = GOLDEN.getParent() + java.io.File.separator;
    CliRun text = new CliRun("diff", GOLDEN.toString(), MONTH_LATER.toString());
    assertThat(text.code).as("%s", text).isEqualTo(1);
    assertThat(text.out.replace(directory, "")).isEqualTo(docBlock("text"));
    CliRun json = new CliRun("diff", GOLDEN.toString(), MONTH_LATER.toString(), "--format", "json");
    assertThat(json.code).as("%s", json).isEqualTo(1);
    assertThat(json.out).isEqualTo(docBlock("json"));
  }

  /** The golden file with Ban Dai's council renamed and a person's phone number changed. */
  private Path changedCopy() throws IOException {
    String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    String changed = golden.replace("\"nameTh\": \"สภาองค์กรชุมชนตำบลบ้านด้าย\"", "\"nameTh\": \"สภาองค์กรชุมชนบ้านด้าย\"");
    assertThat(changed).isNotEqualTo(golden);
    return Files.writeString(dir.resolve("changed.json"), changed, StandardCharsets.UTF_8);
  }

  @Test
  void test_diff_ofAFileWithItself_isEqualAndExitsZero() {
    CliRun run = new CliRun("diff", GOLDEN.toString(), GOLDEN.toString());
    assertThat(run.code).as("%s", run).isZero();
    assertThat(run.out).contains("No differences: ");
  }

  @Test
  void test_diff_ofAChangedCopy_namesTheFieldWithBothValuesAndExitsOne() throws IOException {
    CliRun run = new CliRun("diff", GOLDEN.toString(), changedCopy().toString());
    assertThat(run.code).as("%s", run).isEqualTo(1);
    assertThat(run.out)
        .contains("Summary: councils: 1 changed")
        .contains("  changed councils council-570908 at /councils/6 (1 field)")
        .contains("    changed /councils/6/nameTh: \"สภาองค์กรชุมชนตำบลบ้านด้าย\" -> \"สภาองค์กรชุมชนบ้านด้าย\"");
  }

  @Test
  void test_diff_fromTheDocumentBeforeDesignations_showsTheZoneAndTheStrategysReference() {
    CliRun run = new CliRun("diff", BEFORE_DESIGNATIONS.toString(), GOLDEN.toString());
    assertThat(run.code).as("%s", run).isEqualTo(1);
    assertThat(run.out)
        .contains("Summary: plans: 1 changed; designations: 1 added")
        .contains("  added designations sez-chiang-rai at /designations/0")
        .contains("    added /plans/1/designations: [\"sez-chiang-rai\"]");
  }

  @Test
  void test_diff_json_meetsTheDiffSchemaAndHidesPersonalData() throws IOException {
    String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    int at = golden.indexOf("\"given\": \"") + "\"given\": \"".length();
    String given = golden.substring(at, golden.indexOf('"', at));
    Path renamed = Files.writeString(dir.resolve("renamed.json"),
        golden.replace("\"given\": \"" + given + "\"", "\"given\": \"ทดสอบ\""), StandardCharsets.UTF_8);
    CliRun run = new CliRun("diff", GOLDEN.toString(), renamed.toString(), "--format", "json");
    assertThat(run.code).as("%s", run).isEqualTo(1);
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("classpath:io/github/sapha/jackson/sapha-diff-v1.schema.json"));
    assertThat(schema.validate(run.out, InputFormat.JSON)).isEmpty();
    assertThat(run.out).contains("\"personal\": true").doesNotContain(given).doesNotContain("ทดสอบ");
  }

  @Test
  void test_diff_ofAnUnreadableFile_exitsTwo() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": 2}");
    CliRun run = new CliRun("diff", GOLDEN.toString(), broken.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).startsWith("sapha: " + broken + ": At /schemaVersion");
    CliRun missing = new CliRun("diff", dir.resolve("missing.json").toString(), GOLDEN.toString());
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).startsWith("sapha: Cannot read ");
  }
}
