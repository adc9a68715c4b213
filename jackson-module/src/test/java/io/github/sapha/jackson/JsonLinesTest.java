package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sapha.council.Council;
import io.github.sapha.council.Person;
import io.github.sapha.plan.Plan;
import io.github.sapha.registry.Registry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** JSON Lines: one compact record per line, read lazily, errors with the line of the input. */
class JsonLinesTest {
  private static final SaphaJson JSON = SaphaJson.defaults();
  private static final Registry FULL = FullRegistry.build();
  private static final String PERSON = "{\"id\":\"p-%d\",\"name\":{\"given\":\"x\"}}";

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void test_write_putsOneCompactRecordOnEachLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeCouncilLines(List.of(FULL.councils().get(0), FULL.councils().get(0)), out);
    String council = JSON.mapper().writeValueAsString(FULL.councils().get(0));
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(council + "\n" + council + "\n");
  }

  @Test
  void test_write_ofNothingWritesNothing() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writePlanLines(List.of(), out);
    assertThat(out.toByteArray()).isEmpty();
  }

  @Test
  void test_write_isCompactEvenWhenPrettyPrinting() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SaphaJson.builder().enable(SaphaFeature.PRETTY_PRINT).build().writePersonLines(FULL.people(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).hasLineCount(1).startsWith("{\"id\":\"p-1\",\"name\":{");
  }

  @Test
  void test_read_skipsBlankLinesAndCarriageReturns() {
    String input = "\n" + PERSON.formatted(1) + "\r\n   \n" + PERSON.formatted(2);
    assertThat(JSON.readPersonLines(bytes(input)).map(p -> p.id().value())).containsExactly("p-1", "p-2");
  }

  @Test
  void test_read_acceptsAByteOrderMarkAtTheStart() {
    String input = "\uFEFF" + PERSON.formatted(1) + "\n" + PERSON.formatted(2) + "\n";
    assertThat(JSON.readPersonLines(bytes(input)).map(p -> p.id().value())).containsExactly("p-1", "p-2");
  }

  @Test
  void test_read_refusesBytesThatAreNotUtf8() {
    byte[] input = (PERSON.formatted(1) + "\n{\"id\":\"p-2\",\"name\":{\"given\":\"x\"},\"nameEn\":{\"given\":\"")
        .getBytes(StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(input, input.length + 4);
    broken[input.length] = (byte) 0xC3;
    broken[input.length + 1] = (byte) 0x28;
    broken[input.length + 2] = '"';
    broken[input.length + 3] = '}';
    SaphaJsonException e =
        catchThrowableOfType(
            SaphaJsonException.class,
            () -> JSON.readPersonLines(new ByteArrayInputStream(broken)).collect(Collectors.toList()));
    assertThat(e.getLine()).isEqualTo(2);
    assertThat(e.getPointer()).isEqualTo("/nameEn/given");
    assertThat(e.getDetail()).isEqualTo("malformed JSON in personal data (details not shown)");
  }

  @Test
  void test_read_reportsTheLineOfTheInput() {
    String input = PERSON.formatted(1) + "\n\n" + PERSON.formatted(2) + "\n{\"id\":\"p-3\",\"name\":{\"given\":\"x\"},\"age\":3}\n";
    SaphaJsonException e =
        catchThrowableOfType(SaphaJsonException.class, () -> JSON.readPersonLines(bytes(input)).collect(Collectors.toList()));
    assertThat(e.getMessage())
        .isEqualTo("At /age (line 4, column 34): unknown field \"age\" in a person;"
            + " expected one of: id, name, nameEn, phone, citizenId");
  }

  @Test
  void test_read_refusesTwoRecordsOnOneLine() {
    String input = PERSON.formatted(1) + " " + PERSON.formatted(2) + "\n";
    SaphaJsonException e =
        catchThrowableOfType(SaphaJsonException.class, () -> JSON.readPersonLines(bytes(input)).collect(Collectors.toList()));
    assertThat(e.getMessage())
        .isEqualTo("At the root (line 1, column 35): content after a person: found an object;"
            + " a document holds exactly one value");
  }

  @Test
  void test_read_isLazy() {
    // An input that never ends: the first records come out all the same, one line at a time.
    InputStream endless =
        new InputStream() {
          private final byte[] line = (PERSON.formatted(7) + "\n").getBytes(StandardCharsets.UTF_8);
          private int position;

          @Override
          public int read() {
            return line[position++ % line.length];
          }
        };
    try (Stream<Person> people = JSON.readPersonLines(endless)) {
      assertThat(people.limit(1000).count()).isEqualTo(1000);
    }
  }

  @Test
  void test_readAndWrite_ofTheFullRegistrysRecords() {
    ByteArrayOutputStream councils = new ByteArrayOutputStream();
    ByteArrayOutputStream plans = new ByteArrayOutputStream();
    JSON.writeCouncilLines(FULL.councils(), councils);
    JSON.writePlanLines(FULL.plans()::iterator, plans);
    assertThat(JSON.readCouncilLines(new ByteArrayInputStream(councils.toByteArray())).collect(Collectors.toList()))
        .isEqualTo(FULL.councils());
    Iterator<Plan> read = JSON.readPlanLines(new ByteArrayInputStream(plans.toByteArray())).iterator();
    assertThat(read.next()).isEqualTo(FULL.plans().get(0));
    assertThat(read.hasNext()).isFalse();
  }

  @Test
  void test_read_ofAnEmptyInputIsEmpty() {
    assertThat(JSON.readCouncilLines(bytes("")).map(Council::id)).isEmpty();
  }

  @Test
  void test_errorAfterMoreThan2To31Lines_keepsItsLine() {
    // 2^31 empty lines, then a broken person: the line number must not wrap around.
    Repeated in = Repeated.of("", "\n", 1L << 31, "{\"id\": \"p-1\", \"name\": 1}\n");
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> JSON.readPersonLines(in).count());
    assertThat(e.getMessage())
        .isEqualTo("At /name (line 2147483649, column 23): expected a person name (an object), found a number"
            + " (not shown: personal data)");
    assertThat(e.getLineNumber()).isEqualTo(2_147_483_649L);
  }
}
