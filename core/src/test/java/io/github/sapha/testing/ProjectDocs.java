package io.github.sapha.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the project's documents, so that tests can hold them to the facts the code has. */
public final class ProjectDocs {
  private ProjectDocs() {}

  /**
   * Reads a document of the project, such as "README.md" or "docs/gazetteer.md",
   * with every run of white space (line breaks and indentation too) as one space.
   */
  public static String read(String document) throws IOException {
    return Files.readString(path(document), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
  }

  /**
   * Reads the first Markdown table after a heading of a document, such as
   * "## The catalogue": its body rows (not the header), each as its cells
   * with the outer spaces trimmed.
   */
  public static List<List<String>> table(String document, String heading) throws IOException {
    List<String> lines = Files.readAllLines(path(document), StandardCharsets.UTF_8);
    int at = lines.indexOf(heading);
    if (at < 0) {
      throw new IllegalStateException(document + " has no heading \"" + heading + "\"");
    }
    while (at < lines.size() && !lines.get(at).startsWith("|")) {
      at++;
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String line = lines.get(i);
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1)) {
        cells.add(cell.strip());
      }
      rows.add(cells);
    }
    return rows;
  }

  /** Gets the path of a file of the project, such as "docs/validation.md". */
  public static Path path(String document) {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.exists(root.resolve("docs/gazetteer.md"))) {
      root = root.getParent();
    }
    if (root == null) {
      throw new IllegalStateException("No project directory above " + Path.of("").toAbsolutePath());
    }
    return root.resolve(document);
  }
}
