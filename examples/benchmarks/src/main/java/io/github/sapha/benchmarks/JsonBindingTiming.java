package io.github.sapha.benchmarks;

import io.github.sapha.testing.SyntheticRegistry;
import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.registry.Registry;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures reading and writing the national document (about 56 MB) with
 * sapha-jackson against Jackson's ordinary POJO binding of the same bytes to
 * plain records ({@link PlainDocument}): median of repeated runs after
 * warm-up. A measurement to run by hand (see docs/performance.md), never a test:
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package
 * java -Xmx4g -cp examples/target/sapha.jar io.github.sapha.benchmarks.JsonBindingTiming [RUNS]
 * </pre>
 */
public final class JsonBindingTiming {
  private JsonBindingTiming() {}

  /**
   * Runs the measurement and prints the result.
   *
   * @param args optionally the number of measured runs (default 10)
   */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    SaphaJson sapha = SaphaJson.defaults();
    JsonMapper plain = JsonMapper.builder().build();
    byte[] document = sapha.writeBytes(SyntheticRegistry.generate(7, SyntheticRegistry.Scale.NATIONAL));
    Registry model = sapha.read(new ByteArrayInputStream(document));
    PlainDocument.Registry records = plain.readValue(document, PlainDocument.Registry.class);
    System.out.printf("document: %,d bytes; %d councils, %d people%n",
        document.length, records.councils().size(), records.people().size());
    report("read, sapha-jackson (model, checked)", runs, () -> sapha.read(new ByteArrayInputStream(document)));
    report("read, Jackson POJO binding (records)", runs, () -> plain.readValue(document, PlainDocument.Registry.class));
    report("write, sapha-jackson", runs, () -> sapha.writeBytes(model));
    report("write, Jackson POJO binding", runs, () -> plain.writeValueAsBytes(records));
  }

  private static void report(String what, int runs, Supplier<Object> work) {
    for (int i = 0; i < 3; i++) {
      work.get();
    }
    long[] times = new long[runs];
    for (int i = 0; i < runs; i++) {
      // Each run leaves a national document's worth of garbage; collect it outside the timing.
      System.gc();
      long start = System.nanoTime();
      work.get();
      times[i] = System.nanoTime() - start;
    }
    Arrays.sort(times);
    System.out.printf("%-40s median %4d ms (min %d, max %d)%n",
        what, times[runs / 2] / 1_000_000, times[0] / 1_000_000, times[runs - 1] / 1_000_000);
  }
}
