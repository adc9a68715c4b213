package io.github.sapha.jackson;

import io.github.sapha.registry.Registry;
import java.io.InputStream;

/**
 * Reads one of the documents of {@link SmallHeapTest} in the JVM it runs in,
 * which the test starts with a small heap, and writes one line to a file: {@code
 * REFUSED} and the exception's message, or {@code READ} and the registry.
 * The documents are made as they are read, never held whole.
 */
public final class SmallHeapRead {
  static final String HEAD = "{\"schemaVersion\": 1, \"asOf\": \"2017-05-18\", \"meetings\": [";
  static final String MEETING = "{\"id\": \"m-%d\", \"titleTh\": \"ก\", \"date\": \"2017-01-01\", \"level\": \"other\", \"%s\": [";

  private SmallHeapRead() {}

  /** One meeting whose array {@code field} holds {@code count} copies of {@code item}. */
  static InputStream meeting(String field, String item, long count) {
    return Repeated.of(HEAD + String.format(MEETING, 0, field), item + ",", count - 1, item + "]}]}");
  }

  /** {@code meetings} meetings whose agendas each hold {@code items} one-character items. */
  static InputStream meetings(int meetings, long items) {
    InputStream[] parts = new InputStream[meetings];
    for (int i = 0; i < meetings; i++) {
      String head = (i == 0 ? HEAD : ",") + String.format(MEETING, i, "agenda");
      parts[i] = Repeated.of(head, "\"a\",", items - 1, "\"a\"]}" + (i == meetings - 1 ? "]}" : ""));
    }
    return Repeated.concat(parts);
  }

  static InputStream document(String name) {
    switch (name) {
      case "agenda":
        // Issue 14: 127 MiB, one meeting, 33 million one-character agenda items.
        return meeting("agenda", "\"a\"", 33_300_000);
      case "ids":
        // Issue 14: an array of ten million elements.
        return meeting("organisers", "\"a\"", 10_000_000);
      case "meetings":
        // The same 127 MiB as 33 meetings of a million items each.
        return meetings(33, 1_000_000);
      case "limits":
        // Just within both limits: two meetings of 999,990 items (and the two meetings) are
        // 1,999,982 elements.
        return meetings(2, 999_990);
      default:
        throw new IllegalArgumentException(name);
    }
  }

  /**
   * Reads a document and writes what happened, one line, to a file the test reads.
   *
   * @param args the document's name and the file to write the outcome to
   * @throws java.io.IOException if the outcome cannot be written
   */
  public static void main(String[] args) throws java.io.IOException {
    String outcome;
    try (InputStream in = document(args[0])) {
      Registry registry = SaphaJson.defaults().read(in);
      outcome = "READ " + registry + " with " + registry.meetings().stream().mapToInt(m -> m.agenda().size()).sum()
          + " agenda items";
    } catch (SaphaJsonException e) {
      outcome = "REFUSED " + e.getMessage();
    }
    java.nio.file.Files.writeString(java.nio.file.Path.of(args[1]), outcome, java.nio.charset.StandardCharsets.UTF_8);
  }
}
