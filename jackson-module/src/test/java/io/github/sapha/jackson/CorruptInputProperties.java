package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.registry.Registry;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hard to break: whatever is done to a valid document (characters changed,
 * removed or repeated anywhere), reading it gives a registry or a {@link
 * SaphaJsonException} with a location, never another exception, and the
 * message never shows a person's name, phone or citizen id.
 */
class CorruptInputProperties {
  private static final SaphaJson JSON = SaphaJson.defaults();
  private static final String DOCUMENT = JSON.writeString(FullRegistry.build());
  private static final String[] PERSONAL = personalValues();

  private static String[] personalValues() {
    Registry registry = FullRegistry.build();
    return registry.people().stream()
        .flatMap(p -> java.util.stream.Stream.concat(
            java.util.stream.Stream.of(p.name().given()),
            java.util.stream.Stream.concat(
                p.phone().map(x -> x.value()).stream(), p.citizenId().map(x -> x.value()).stream())))
        .toArray(String[]::new);
  }

  // Tries: jqwik.tries.default, 300 in the suite and 50,000 with -Pfuzz (see README).
  @Property
  void corruptedDocumentsFailOnlyWithALocatedSaphaJsonException(@ForAll("corruptions") String corrupted) {
    try {
      Registry registry = JSON.read(corrupted);
      // Some edits leave a valid document (a changed letter inside a name): then it must round trip.
      assertThat(JSON.read(JSON.writeString(registry))).isEqualTo(registry);
    } catch (SaphaJsonException e) {
      assertThat(e.getLine()).isPositive();
      assertThat(e.getColumn()).isPositive();
      assertThat(e.getMessage()).startsWith("At ");
      for (String personal : PERSONAL) {
        assertThat(e.getMessage()).doesNotContain(personal);
      }
    }
  }

  @Provide
  Arbitrary<String> corruptions() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, DOCUMENT.length() - 1);
    Arbitrary<Integer> length = Arbitraries.integers().between(1, 12);
    Arbitrary<String> insert = Arbitraries.of("\"", "{", "}", "[", "]", ",", ":", "0", "-", "x", "null", "ก", " ", "\\", "99999999999999999999");
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 2);
    return net.jqwik.api.Combinators.combine(kind, at, length, insert)
        .as((k, i, n, s) -> {
          int end = Math.min(DOCUMENT.length(), i + n);
          switch (k) {
            case 0: return DOCUMENT.substring(0, i) + DOCUMENT.substring(end);
            case 1: return DOCUMENT.substring(0, i) + s + DOCUMENT.substring(i);
            default: return DOCUMENT.substring(0, i) + s + DOCUMENT.substring(end);
          }
        });
  }
}
