package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documents that once needed gigabytes of heap are refused, with a
 * location, in a JVM of 256 MB; and a document at the limits is read in it.
 * Each is read in a child JVM started with {@code -Xmx256m} on this test's
 * class path ({@link SmallHeapRead}), from input made as it is read.
 */
class SmallHeapTest {
  private static final int MEETING_0 =
      (SmallHeapRead.HEAD + String.format(SmallHeapRead.MEETING, 0, "agenda")).getBytes(StandardCharsets.UTF_8).length;

  /** Reads a document in a 256 MB heap and returns the line the child wrote. */
  private static String readInSmallHeap(String document) throws IOException, InterruptedException {
    Path outcome = Files.createTempFile("small-heap-", ".txt");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx256m",
                    // For a short run: the serial collector and the first compiler start soonest.
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "-cp",
                    System.getProperty("java.class.path"),
                    SmallHeapRead.class.getName(),
                    document,
                    outcome.toString()))
            .redirectErrorStream(true)
            .start();
    // Read to the end of the child's output, which comes when it exits.
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor()).as("exit code; output:%n%s", output).isZero();
    try {
      return Files.readString(outcome, StandardCharsets.UTF_8);
    } finally {
      Files.delete(outcome);
    }
  }

  @Test
  void test_127MiBOfOneCharacterAgendaItems_isRefusedAtTheArrayLimit() throws Exception {
    assertThat(readInSmallHeap("agenda"))
        .isEqualTo("REFUSED At /meetings/0/agenda/1000000 (line 1, column " + (MEETING_0 + 4 * 1_000_000 + 1)
            + "): an array longer than the limit of 1000000 elements (maxArrayLength)");
  }

  @Test
  void test_tenMillionElementArray_isRefusedAtTheArrayLimit() throws Exception {
    int head = (SmallHeapRead.HEAD + String.format(SmallHeapRead.MEETING, 0, "organisers")).getBytes(StandardCharsets.UTF_8).length;
    assertThat(readInSmallHeap("ids"))
        .isEqualTo("REFUSED At /meetings/0/organisers/1000000 (line 1, column " + (head + 4 * 1_000_000 + 1)
            + "): an array longer than the limit of 1000000 elements (maxArrayLength)");
  }

  @Test
  void test_127MiBSplitIntoManyArrays_isRefusedAtTheDocumentsElementLimit() throws Exception {
    assertThat(readInSmallHeap("meetings"))
        .startsWith("REFUSED At /meetings/1/agenda/999998 (line 1, column ")
        .endsWith("): more array elements than the limit of 2000000 in one document (maxElementCount)");
  }

  @Test
  void test_documentJustWithinTheLimits_isRead() throws Exception {
    assertThat(readInSmallHeap("limits"))
        .isEqualTo("READ Registry[as of 2017-05-18: 0 councils, 0 networks, 0 organizations, 0 people, 2 meetings,"
            + " 0 plans] with 1999980 agenda items");
  }
}
