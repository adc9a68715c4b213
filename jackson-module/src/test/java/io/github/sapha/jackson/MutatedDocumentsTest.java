package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing: documents mutated in every way we could think of (bytes,
 * structure, types, Unicode, nesting, truncation, fields, amounts) are each
 * either read, then validated and written back without failing, or refused
 * with a {@link SaphaJsonException} that has a location; never another
 * exception, a stack overflow or running out of memory. Refusals about a
 * person or a reference to one never show the people's names, phones or
 * citizen ids.
 *
 * <p>{@value #DEFAULT_DOCUMENTS} documents a run by default, from a new seed
 * each run; {@code -Dsapha.fuzz.documents=N} runs N, and the {@code fuzz}
 * profile a million ({@code ./mvnw -B -Pfuzz -pl jackson-module -am verify}).
 * A failure names its seed: {@code -Dsapha.fuzz.seed=S} replays it.
 */
class MutatedDocumentsTest {
  static final long DEFAULT_DOCUMENTS = 10_000;
  private static final long DOCUMENTS = Long.getLong("sapha.fuzz.documents", DEFAULT_DOCUMENTS);
  private static final long SEED = Long.getLong("sapha.fuzz.seed", new SecureRandom().nextLong());

  private static final SaphaJson JSON = SaphaJson.defaults();
  private static final SaphaJson LENIENT = SaphaJson.builder().disable(SaphaFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final Registry FULL = FullRegistry.build();
  /** The personal data of FullRegistry's person: never in a refusal about a person. */
  private static final List<String> PERSONAL =
      List.of("สมชาย", "ใจดี", "Somchai", "Jaidee", "0812345678", "1101700203451");

  /** What a seed document is, which says how it is read. */
  private enum Kind { REGISTRY, COUNCIL_LINES, PERSON_LINES, PLAN_LINES }

  private record Seed(Kind kind, byte[] bytes) {}

  /** Valid documents to start from: the full registry compact and pretty, random registries, JSON Lines. */
  private static List<Seed> corpus(Random random) {
    List<Seed> corpus = new ArrayList<>();
    corpus.add(new Seed(Kind.REGISTRY, JSON.writeBytes(FULL)));
    corpus.add(new Seed(Kind.REGISTRY, SaphaJson.builder().enable(SaphaFeature.PRETTY_PRINT).build().writeBytes(FULL)));
    for (int i = 0; i < 8; i++) {
      corpus.add(new Seed(Kind.REGISTRY, JSON.writeBytes(RegistryGenerator.registry(random))));
    }
    ByteArrayOutputStream councils = new ByteArrayOutputStream();
    JSON.writeCouncilLines(FULL.councils(), councils);
    corpus.add(new Seed(Kind.COUNCIL_LINES, councils.toByteArray()));
    ByteArrayOutputStream people = new ByteArrayOutputStream();
    JSON.writePersonLines(FULL.people(), people);
    corpus.add(new Seed(Kind.PERSON_LINES, people.toByteArray()));
    ByteArrayOutputStream plans = new ByteArrayOutputStream();
    JSON.writePlanLines(FULL.plans(), plans);
    corpus.add(new Seed(Kind.PLAN_LINES, plans.toByteArray()));
    return corpus;
  }

  @Test
  void test_mutatedDocuments_areReadOrRefusedWithALocatedSaphaJsonException() {
    Random random = new Random(SEED);
    List<Seed> corpus = corpus(random);
    long read = 0;
    long refused = 0;
    for (long i = 0; i < DOCUMENTS; i++) {
      Seed seed = corpus.get(random.nextInt(corpus.size()));
      List<String> applied = new ArrayList<>();
      byte[] document = seed.bytes();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        document = Mutator.mutate(document, random, applied);
      }
      int path = random.nextInt(4);
      try {
        if (check(seed.kind(), document, path)) {
          read++;
        } else {
          refused++;
        }
      } catch (Throwable failure) {
        throw new AssertionError(
            "Mutated document " + i + " of seed " + SEED + " (replay: -Dsapha.fuzz.seed=" + SEED + "), "
                + seed.kind() + " read by path " + path + ", mutations " + applied + ":\n" + trace(failure)
                + "\ndocument: " + Mutator.show(document),
            failure);
      }
    }
    // The mutations both keep some documents valid and break others: the fuzzer exercises both paths.
    assertThat(read + refused).isEqualTo(DOCUMENTS);
    assertThat(read).as("documents read").isPositive();
    assertThat(refused).as("documents refused").isPositive();
  }

  /**
   * Reads one mutated document by one of four paths and checks the outcome.
   *
   * @return true if it was read, false if refused as it should be
   */
  private static boolean check(Kind kind, byte[] document, int path) {
    try {
      switch (kind) {
        case REGISTRY -> readRegistry(document, path);
        case COUNCIL_LINES -> readLines(document, path, SaphaJson::readCouncilLines);
        case PERSON_LINES -> readLines(document, path, SaphaJson::readPersonLines);
        case PLAN_LINES -> readLines(document, path, SaphaJson::readPlanLines);
      }
      return true;
    } catch (SaphaJsonException e) {
      assertThat(e.getLine()).as("line of: %s", e.getMessage()).isPositive();
      assertThat(e.getColumn()).as("column of: %s", e.getMessage()).isPositive();
      assertThat(e.getMessage()).startsWith("At ");
      if (kind == Kind.PERSON_LINES || aboutAPerson(e.getPointer())) {
        StringWriter shown = new StringWriter();
        e.printStackTrace(new PrintWriter(shown));
        for (String personal : PERSONAL) {
          assertThat(shown.toString()).as("refusal about a person").doesNotContain(personal);
        }
      }
      return false;
    }
  }

  private static boolean aboutAPerson(String pointer) {
    return pointer.startsWith("/people") || pointer.endsWith("/holder") || pointer.endsWith("/person");
  }

  private static void readRegistry(byte[] document, int path) {
    Registry registry =
        switch (path) {
          case 0 -> JSON.read(new ByteArrayInputStream(document));
          case 1 -> JSON.read(new String(document, StandardCharsets.UTF_8));
          case 2 -> JSON.read(new InputStreamReader(new ByteArrayInputStream(document), StandardCharsets.UTF_8));
          default -> LENIENT.read(new ByteArrayInputStream(document));
        };
    // Whatever is read validates without failing and writes back to the same registry.
    Validator.defaults().validate(registry);
    registry.planTree().rollUpByLevel();
    assertThat(JSON.read(JSON.writeString(registry))).isEqualTo(registry);
  }

  private static <T> void readLines(byte[] document, int path, LinesReader<T> reader) {
    SaphaJson json = path == 3 ? LENIENT : JSON;
    try (Stream<T> records = reader.read(json, new ByteArrayInputStream(document))) {
      records.forEach(record -> assertThat(record).isNotNull());
    }
  }

  @FunctionalInterface
  private interface LinesReader<T> {
    Stream<T> read(SaphaJson json, java.io.InputStream in);
  }

  private static String trace(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    String text = out.toString();
    return text.length() > 4000 ? text.substring(0, 4000) + "..." : text;
  }

  /** The mutations, each a small edit of the bytes that names itself in {@code applied}. */
  static final class Mutator {
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "\\", " ", "\n", "\r\n", "\t"};
    private static final String[] VALUES = {
      "null", "true", "false", "0", "-0", "-1", "1.5", "1e400", "-1e-400", "2147483648", "9223372036854775808",
      "123456789012345678901234567890", "\"\"", "\" \"", "\"x\"", "\"0812345678\"", "\"สมชาย ใจดี\"", "{}", "[]",
      "[[]]", "{\"a\": 1}", "\"92233720368547758.07\"", "\"99999999999999999999.99\"", "\"0.00\"", "\"-1.00\"",
      "\"1.005\"", "\"2017-02-30\"", "\"9999-12-31\"", "\"0000-01-01\"", "\"570900\"", "\"๕๗๐๙๐๘\"", "2561",
      "99999", "\"http://\"", "\"javascript:alert(1)\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"x\\n\"", "[\"a\", \"a\"]"
    };
    private static final byte[][] UNICODE = {
      utf8("\\ud800"), utf8("\\udfff"), utf8("\\u0000"), {0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
      {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0x80}, {(byte) 0xE0, (byte) 0xA4}, {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF}, utf8("๐๑๒"),
      utf8("\u202E"), utf8("e\u0301"), utf8("😀"), utf8("\u2028"), utf8("\uFEFF"), utf8("ก\u0E31\u0E49")
    };

    private Mutator() {}

    private static byte[] utf8(String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] mutate(byte[] doc, Random random, List<String> applied) {
      if (doc.length == 0) {
        applied.add("insert into nothing");
        return insert(doc, 0, utf8(VALUES[random.nextInt(VALUES.length)]));
      }
      int at = random.nextInt(doc.length);
      switch (random.nextInt(14)) {
        case 0: {
          int bit = random.nextInt(8);
          applied.add("flip bit " + bit + " at " + at);
          byte[] out = doc.clone();
          out[at] ^= (byte) (1 << bit);
          return out;
        }
        case 1: {
          byte value = (byte) random.nextInt(256);
          applied.add("byte " + (value & 0xff) + " at " + at);
          byte[] out = doc.clone();
          out[at] = value;
          return out;
        }
        case 2: {
          int length = 1 + random.nextInt(Math.min(32, doc.length - at));
          applied.add("delete " + length + " at " + at);
          return splice(doc, at, at + length, new byte[0]);
        }
        case 3: {
          int length = 1 + random.nextInt(Math.min(64, doc.length - at));
          applied.add("repeat " + length + " at " + at);
          return insert(doc, at, java.util.Arrays.copyOfRange(doc, at, at + length));
        }
        case 4: {
          String token = TOKENS[random.nextInt(TOKENS.length)];
          applied.add("insert " + Mutator.show(utf8(token)) + " at " + at);
          return insert(doc, at, utf8(token));
        }
        case 5: {
          int structural = find(doc, at, "{}[],:\"");
          applied.add("delete the structural byte at " + structural);
          return structural < 0 ? doc : splice(doc, structural, structural + 1, new byte[0]);
        }
        case 6: {
          int start = valueStart(doc, at);
          String value = VALUES[random.nextInt(VALUES.length)];
          applied.add("value " + value + " at " + start);
          return start < 0 ? doc : splice(doc, start, valueEnd(doc, start), utf8(value));
        }
        case 7: {
          byte[] unicode = UNICODE[random.nextInt(UNICODE.length)];
          int quote = random.nextBoolean() ? find(doc, at, "\"") : at;
          int where = quote < 0 ? at : quote + (quote == at ? 0 : 1);
          applied.add("unicode " + Mutator.show(unicode) + " at " + where);
          return insert(doc, where, unicode);
        }
        case 8: {
          int start = valueStart(doc, at);
          int depth = 1 + random.nextInt(random.nextBoolean() ? 8 : 100);
          boolean arrays = random.nextBoolean();
          applied.add("nest " + depth + (arrays ? " arrays" : " objects") + " at " + start);
          if (start < 0) {
            return doc;
          }
          int end = valueEnd(doc, start);
          String open = arrays ? "[" : "{\"a\": ";
          String close = arrays ? "]" : "}";
          byte[] wrapped =
              utf8(open.repeat(depth) + new String(doc, start, end - start, StandardCharsets.UTF_8) + close.repeat(depth));
          return splice(doc, start, end, wrapped);
        }
        case 9: {
          applied.add("truncate at " + at);
          return java.util.Arrays.copyOf(doc, at);
        }
        case 10: {
          int key = find(doc, at, "\"");
          int start = key < 0 ? -1 : valueStart(doc, key);
          if (key < 0 || start < 0 || !isKey(doc, key, start)) {
            applied.add("no field to repeat at " + at);
            return doc;
          }
          int end = valueEnd(doc, start);
          applied.add("repeat the field at " + key);
          byte[] field = java.util.Arrays.copyOfRange(doc, key, end);
          return insert(doc, end, concat(utf8(", "), field));
        }
        case 11: {
          int key = find(doc, at, "\"");
          applied.add("rename the field or string at " + key);
          return key < 0 ? doc : insert(doc, key + 1, utf8(random.nextBoolean() ? "x" : "ก"));
        }
        case 12: {
          int key = find(doc, at, "\"");
          int start = key < 0 ? -1 : valueStart(doc, key);
          if (key < 0 || start < 0 || !isKey(doc, key, start)) {
            applied.add("no field to drop at " + at);
            return doc;
          }
          int end = valueEnd(doc, start);
          applied.add("drop the field at " + key);
          return splice(doc, key, end, new byte[0]);
        }
        default: {
          int start = valueStart(doc, at);
          // Strings past the limits are LimitsTest's; here, long enough to cross the parser's buffers.
          int length = random.nextBoolean() ? 1 + random.nextInt(300) : 1 + random.nextInt(10_000);
          applied.add("string of " + length + " at " + start);
          String text = "\"" + "ข".repeat(length) + "\"";
          return start < 0 ? doc : splice(doc, start, valueEnd(doc, start), utf8(text));
        }
      }
    }

    /** Checks if the string starting at {@code key} is a field name whose value starts at {@code value}. */
    private static boolean isKey(byte[] doc, int key, int value) {
      for (int i = value - 1; i > key; i--) {
        if (doc[i] == ':') {
          return true;
        }
        if (doc[i] != ' ' && doc[i] != '\n' && doc[i] != '\t' && doc[i] != '\r') {
          return false;
        }
      }
      return false;
    }

    /** The first index from {@code from} (wrapping round) of one of the given ASCII bytes, or -1. */
    private static int find(byte[] doc, int from, String bytes) {
      for (int n = 0; n < doc.length; n++) {
        int i = (from + n) % doc.length;
        if (bytes.indexOf(doc[i]) >= 0) {
          return i;
        }
      }
      return -1;
    }

    /** The start of a value after the first ':' or '[' at or after {@code from}, or -1. */
    private static int valueStart(byte[] doc, int from) {
      int colon = find(doc, from, ":[");
      if (colon < 0) {
        return -1;
      }
      int i = colon + 1;
      while (i < doc.length && (doc[i] == ' ' || doc[i] == '\n' || doc[i] == '\r' || doc[i] == '\t')) {
        i++;
      }
      return i < doc.length && doc[i] != ']' ? i : -1;
    }

    /** Where the value starting at {@code start} ends, roughly (the input may be broken already). */
    private static int valueEnd(byte[] doc, int start) {
      int depth = 0;
      boolean inString = false;
      for (int i = start; i < doc.length; i++) {
        byte b = doc[i];
        if (inString) {
          if (b == '\\') {
            i++;
          } else if (b == '"') {
            inString = false;
            if (depth == 0) {
              return i + 1;
            }
          }
        } else if (b == '"') {
          inString = true;
        } else if (b == '{' || b == '[') {
          depth++;
        } else if (b == '}' || b == ']') {
          if (depth == 0) {
            return i;
          }
          depth--;
          if (depth == 0) {
            return i + 1;
          }
        } else if (depth == 0 && (b == ',' || b == ' ' || b == '\n')) {
          return i;
        }
      }
      return doc.length;
    }

    private static byte[] splice(byte[] doc, int from, int to, byte[] with) {
      byte[] out = new byte[doc.length - (to - from) + with.length];
      System.arraycopy(doc, 0, out, 0, from);
      System.arraycopy(with, 0, out, from, with.length);
      System.arraycopy(doc, to, out, from + with.length, doc.length - to);
      return out;
    }

    private static byte[] insert(byte[] doc, int at, byte[] with) {
      return splice(doc, at, at, with);
    }

    private static byte[] concat(byte[] a, byte[] b) {
      return insert(b, 0, a);
    }

    /** Shows bytes for a failure message: UTF-8 where it decodes, escapes otherwise, at most 3000 characters. */
    static String show(byte[] bytes) {
      StringBuilder out = new StringBuilder();
      String text = new String(bytes, StandardCharsets.UTF_8);
      for (int i = 0; i < text.length() && out.length() < 3000; i++) {
        char c = text.charAt(i);
        out.append(c < 0x20 || c == 0xFFFD ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
      return out.length() >= 3000 ? out + "..." : out.toString();
    }
  }
}
