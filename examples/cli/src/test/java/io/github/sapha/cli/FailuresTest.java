package io.github.sapha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Command;

/**
 * The command line never shows a stack trace: a failure that is not a finding
 * exits 2 (unusable input) or 3 (internal error), with its reason in one line
 * on stderr, for every input of issue 14: budgets at the largest amounts,
 * documents that would have taken gigabytes, personal data where a person
 * belongs, input broken from its first byte.
 */
class FailuresTest {
  private static final String HEAD = "{\"schemaVersion\": 1, \"asOf\": \"2017-05-18\", ";
  private static final String LARGEST = "92233720368547758.07";

  @TempDir static Path dir;

  /** Lines of stderr that are not progress notes (which only slow work prints). */
  private static List<String> errorLines(CliRun run) {
    return run.err.lines()
        .filter(line -> !line.startsWith("reading ") && !line.startsWith("validating ") && !line.startsWith("generating "))
        .toList();
  }

  /** Checks that a run failed with the code and one line on stderr, and returns that line. */
  private static String oneLine(CliRun run, int code) {
    assertThat(run.code).as("%s", run).isEqualTo(code);
    assertThat(run.err).as("%s", run).doesNotContain("\tat ").doesNotContain("Exception in thread");
    assertThat(errorLines(run)).as("%s", run).singleElement().asString().startsWith("sapha: ");
    return errorLines(run).get(0);
  }

  private static Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static String plan(String id, String parent, String budget, String projects) {
    return "{\"id\": \"" + id + "\", \"titleTh\": \"แผน\", \"level\": \"national\", \"owner\": \"codi\","
        + " \"period\": {\"first\": 2561, \"last\": 2564}" + (budget == null ? "" : ", \"budget\": \"" + budget + "\"")
        + (parent == null ? "" : ", \"parent\": \"" + parent + "\"") + ", \"projects\": [" + projects + "]}";
  }

  private static String project(String id, String budget) {
    return "{\"id\": \"" + id + "\", \"titleTh\": \"โครงการ\", \"budget\": \"" + budget + "\"}";
  }

  @Test
  void test_projectsAtTheLargestAmount_areUnusableInputNotAStackTrace() throws IOException {
    Path twoProjects =
        file("two-projects.json", HEAD + "\"plans\": [" + plan("plan-x", null, null, project("a", LARGEST) + ", " + project("b", LARGEST)) + "]}");
    for (String command : List.of("validate", "coverage")) {
      assertThat(oneLine(new CliRun(command, twoProjects.toString()), 2))
          .isEqualTo("sapha: " + twoProjects + ": At /plans/0 (line 1, column 54): plan plan-x: the budgets of its"
              + " projects add up to 184467440737095516.14 baht, more than the largest amount, " + LARGEST + " baht");
    }
  }

  @Test
  void test_childPlansAtTheLargestAmount_areUnusableInputNotAStackTrace() throws IOException {
    Path twoChildren =
        file("two-children.json", HEAD + "\"plans\": [" + plan("plan-top", null, "1.00", "") + ", "
            + plan("plan-a", "plan-top", LARGEST, "") + ", " + plan("plan-b", "plan-top", LARGEST, "") + "]}");
    assertThat(oneLine(new CliRun("validate", twoChildren.toString()), 2))
        .startsWith("sapha: " + twoChildren + ": At the root (line 1, column 1): registry: the budgets of its plans add up to");
  }

  /** Writes a document with one meeting whose {@code field} array holds {@code count} copies of {@code item}. */
  private static Path bigArray(String name, String field, String item, long count) throws IOException {
    Path path = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(path)) {
      out.write((HEAD + "\"meetings\": [{\"id\": \"m\", \"titleTh\": \"ก\", \"date\": \"2017-01-01\", \"level\": \"other\", \""
          + field + "\": [").getBytes(StandardCharsets.UTF_8));
      byte[] piece = (item + ",").getBytes(StandardCharsets.UTF_8);
      // Written in blocks of many pieces: a write a piece would take most of the test's time.
      int perBlock = 1 << 14;
      byte[] block = new byte[piece.length * perBlock];
      for (int i = 0; i < perBlock; i++) {
        System.arraycopy(piece, 0, block, i * piece.length, piece.length);
      }
      long pieces = count - 1;
      for (; pieces >= perBlock; pieces -= perBlock) {
        out.write(block);
      }
      out.write(block, 0, (int) pieces * piece.length);
      out.write((item + "]}]}").getBytes(StandardCharsets.UTF_8));
    }
    return path;
  }

  @Test
  void test_documentsThatOnceTookGigabytes_areUnusableInputNotOutOfMemory() throws IOException {
    Path agenda = bigArray("agenda.json", "agenda", "\"a\"", 33_300_000);
    assertThat(Files.size(agenda)).isGreaterThan(127L * 1024 * 1024);
    assertThat(oneLine(new CliRun("validate", agenda.toString()), 2))
        .startsWith("sapha: " + agenda + ": At /meetings/0/agenda/1000000 (line 1, column ")
        .endsWith("): an array longer than the limit of 1000000 elements (maxArrayLength)");
    Files.delete(agenda);
    Path ids = bigArray("ids.json", "organisers", "\"a\"", 10_000_000);
    assertThat(oneLine(new CliRun("coverage", ids.toString()), 2))
        .endsWith("): an array longer than the limit of 1000000 elements (maxArrayLength)");
    Files.delete(ids);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "]", "*", "", " \n", "\"people\"", "{} {}", "{\"schemaVersion\": 1,"})
  void test_brokenText_isUnusableInput(String text) throws IOException {
    Path path = file("broken.json", text);
    assertThat(oneLine(new CliRun("validate", path.toString()), 2)).startsWith("sapha: " + path + ": At ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"EFBBBF", "FF", "C3", "00", "FEFF", "00007B00", "0000FEFF0000007B00"})
  void test_brokenBytes_areUnusableInput(String hex) throws IOException {
    byte[] bytes = java.util.HexFormat.of().parseHex(hex);
    Path path = file("bytes.json", bytes);
    assertThat(oneLine(new CliRun("validate", path.toString()), 2)).startsWith("sapha: " + path + ": At ");
  }

  @Test
  void test_missingFileAndDirectory_areUnusableInput() {
    assertThat(oneLine(new CliRun("validate", dir.resolve("nope.json").toString()), 2))
        .isEqualTo("sapha: Cannot read " + dir.resolve("nope.json") + ": no such file");
    assertThat(oneLine(new CliRun("coverage", dir.toString()), 2)).startsWith("sapha: Cannot read " + dir);
  }

  /** Commands that fail as a bug would, to check what the command line does with them. */
  @Command(name = "broken")
  static final class Broken implements Callable<Integer> {
    private final Throwable failure;

    Broken(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      if (failure instanceof Exception) {
        throw (Exception) failure;
      }
      throw (Error) failure;
    }
  }

  private static CliRun broken(Throwable failure) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SaphaCommand.execute(new Broken(failure), new String[0], new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  @Test
  void test_internalError_exitsThreeWithItsKindOnlyInOneLine() {
    String line = oneLine(broken(new ArithmeticException("Baht overflow: 0812345678")), SaphaCommand.INTERNAL_ERROR);
    assertThat(line)
        .isEqualTo("sapha: internal error (java.lang.ArithmeticException): not a problem of the input; please report"
            + " it, see SECURITY.md at https://github.com/sapha/sapha");
    // The message of an unexpected exception could quote anything: it is not shown.
    assertThat(line).doesNotContain("0812345678");
    assertThat(oneLine(broken(new StackOverflowError()), 3)).startsWith("sapha: internal error (java.lang.StackOverflowError)");
    assertThat(oneLine(broken(new AssertionError("x")), 3)).startsWith("sapha: internal error (java.lang.AssertionError)");
  }

  @Test
  void test_outOfMemory_exitsThreeSayingWhatToDo() {
    assertThat(oneLine(broken(new OutOfMemoryError("Java heap space")), 3))
        .isEqualTo("sapha: out of memory: give Java more heap (java -Xmx2g -jar sapha.jar ...) or read a smaller"
            + " document");
  }
}
