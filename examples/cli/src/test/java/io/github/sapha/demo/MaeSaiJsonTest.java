package io.github.sapha.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.registry.Registry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden file: the Mae Sai registry as the JSON format writes it. Any
 * change to the registry or the format shows up here as a failure, never as
 * a silent rewrite; see {@link MaeSaiJson} to regenerate the file on purpose.
 */
class MaeSaiJsonTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "mae-sai-2017.json");
  private static final String REGENERATE =
      "Writing the Mae Sai registry no longer gives the golden file. If the change is intended, regenerate it:"
          + " ./mvnw -B -q -DskipTests package && java -cp examples/cli/target/sapha.jar"
          + " io.github.sapha.demo.MaeSaiJson examples/cli/src/test/resources/mae-sai-2017.json";

  @Test
  void test_write_reproducesTheGoldenFileByteForByte() throws IOException {
    byte[] golden = Files.readAllBytes(GOLDEN);
    byte[] written = MaeSaiJson.bytes();
    // Compare as text first for a readable diff, then as bytes for the exact promise.
    assertThat(new String(written, StandardCharsets.UTF_8))
        .as(REGENERATE)
        .isEqualTo(new String(golden, StandardCharsets.UTF_8));
    assertThat(written).as(REGENERATE).isEqualTo(golden);
  }

  @Test
  void test_read_givesTheRegistry() throws IOException {
    try (var in = Files.newInputStream(GOLDEN)) {
      Registry read = SaphaJson.defaults().read(in);
      assertThat(read).isEqualTo(MaeSaiRegistry.build());
      assertThat(read.coverage(MaeSaiRegistry.MAE_SAI).isFull()).isTrue();
    }
  }

  @Test
  void test_goldenFile_meetsTheShippedSchema() throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("classpath:io/github/sapha/jackson/sapha-registry-v1.schema.json"));
    assertThat(schema.validate(Files.readString(GOLDEN, StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
  }

  @Test
  void test_goldenFile_namesNoJavaClass() throws IOException {
    assertThat(Files.readString(GOLDEN, StandardCharsets.UTF_8))
        .doesNotContain("io.github")
        .doesNotContain("Immutable")
        .doesNotContain("java.");
  }

  @Test
  void test_main_writesTheDocumentToTheGivenFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mae-sai.json");
    MaeSaiJson.main(new String[] {file.toString()});
    assertThat(Files.readAllBytes(file)).isEqualTo(MaeSaiJson.bytes());
  }
}
