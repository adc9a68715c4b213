package io.github.sapha.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's tester section shows a complete property test: the one in
 * readme/CouncilStoreProperties.java, which the build compiles and runs. This
 * keeps the two the same.
 */
class ReadmeTesterSampleTest {

  @Test
  void test_readme_showsThePropertyTestThatRuns() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile("## Testing with generated examples.*?```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README has a java block under 'Testing with generated examples'").isTrue();
    String source =
        Files.readString(
            Path.of("src", "test", "java", "io", "github", "sapha", "examples", "readme", "CouncilStoreProperties.java"),
            StandardCharsets.UTF_8);
    String withoutPackage = source.substring(source.indexOf("import "));
    assertThat(block.group(1)).isEqualTo(withoutPackage);
  }
}
