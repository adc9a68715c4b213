package io.github.sapha.demo;

import io.github.sapha.jackson.SaphaFeature;
import io.github.sapha.jackson.SaphaJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Mae Sai registry as a JSON document of format v1, pretty printed: the
 * content of the golden file {@code examples/cli/src/test/resources/mae-sai-2017.json}.
 *
 * <p>To regenerate the golden file after a deliberate change to the registry
 * or the format, build and run:
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package
 * java -cp examples/target/sapha.jar io.github.sapha.demo.MaeSaiJson \
 *     examples/cli/src/test/resources/mae-sai-2017.json
 * </pre>
 *
 * <p>The golden test never rewrites the file: it fails on any difference.
 */
public final class MaeSaiJson {
  private static final SaphaJson PRETTY = SaphaJson.builder().enable(SaphaFeature.PRETTY_PRINT).build();

  private MaeSaiJson() {}

  /**
   * Gets the document.
   *
   * @return the Mae Sai registry as pretty JSON, UTF-8, not null
   */
  public static byte[] bytes() {
    return PRETTY.writeBytes(MaeSaiRegistry.build());
  }

  /**
   * Writes the document to the file named by the first argument, or to
   * standard output without one.
   *
   * @param args the file to write, optional
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      OutputStream out = System.out;
      out.write(bytes());
      out.flush();
    } else {
      Files.write(Path.of(args[0]), bytes());
    }
  }
}
