package io.github.sapha.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the project's documents, so that tests can hold them to the facts the code has. */
public final class ProjectDocs {
  private ProjectDocs() {}

  /**
   * Reads a document of the project, such as "README.md" or "docs/gazetteer.md",
   * with every run of white space (line breaks and indentation too) as one space.
   */
  public static String read(String document) throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.exists(root.resolve("docs/gazetteer.md"))) {
      root = root.getParent();
    }
    if (root == null) {
      throw new IllegalStateException("No project directory above " + Path.of("").toAbsolutePath());
    }
    return Files.readString(root.resolve(document), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
  }
}
