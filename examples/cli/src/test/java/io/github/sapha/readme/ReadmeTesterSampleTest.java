package io.github.sapha.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's tester section shows a complete property test: the one in
 * readme/CouncilStoreProperties.java, which the build compiles and runs. This
 * keeps the two the same.
 */
class ReadmeTesterSampleTest {

  @Test
  void test_readme_showsThePropertyTestThatRuns() throws IOException {
    String source =
        Files.readString(
            Path.of("src", "test", "java", "io", "github", "sapha", "readme", "CouncilStoreProperties.java"),
            StandardCharsets.UTF_8);
    String withoutPackage = source.substring(source.indexOf("import "));
    assertThat(ReadmeBlocks.javaBlockUnder("## Testing with generated examples")).isEqualTo(withoutPackage);
  }
}
