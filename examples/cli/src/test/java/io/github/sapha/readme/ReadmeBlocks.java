package io.github.sapha.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the README's code blocks and the test code they must equal. */
final class ReadmeBlocks {
  private static final Path README = Path.of("..", "..", "README.md");
  private static final String BEGIN = "// README:begin\n";
  private static final String END = "    // README:end";

  private ReadmeBlocks() {}

  /** The first java block after a heading of the README. */
  static String javaBlockUnder(String heading) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile(Pattern.quote(heading) + ".*?```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README has a java block under '%s'", heading).isTrue();
    return block.group(1);
  }

  /** The lines of a test source between README:begin and README:end, one indent level removed. */
  static String markedRegion(Path source) throws IOException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    String between = text.substring(text.indexOf(BEGIN) + BEGIN.length(), text.indexOf(END));
    return Arrays.stream(between.split("\n", -1))
        .map(line -> line.startsWith("    ") ? line.substring(4) : line.strip())
        .collect(Collectors.joining("\n"));
  }
}
