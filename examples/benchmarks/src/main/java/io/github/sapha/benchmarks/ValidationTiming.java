package io.github.sapha.benchmarks;

import io.github.sapha.testing.SyntheticRegistry;
import io.github.sapha.registry.Registry;
import io.github.sapha.validation.ValidationReport;
import io.github.sapha.validation.Validator;
import java.util.Arrays;

/**
 * Measures how long the default validator takes on a whole-country registry
 * (7,436 councils, about 147,000 people, 8,442 plans): first call, which also
 * builds the registry's lazy indexes, then the median of repeated calls after
 * warm-up. A measurement to run by hand (see docs/performance.md), never a test:
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package
 * java -cp examples/target/sapha.jar io.github.sapha.benchmarks.ValidationTiming [RUNS]
 * </pre>
 */
public final class ValidationTiming {
  private ValidationTiming() {}

  /**
   * Runs the measurement and prints the result.
   *
   * @param args optionally the number of measured runs (default 20)
   */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Registry registry = SyntheticRegistry.generate(7, SyntheticRegistry.Scale.NATIONAL);
    System.out.println(registry);
    long start = System.nanoTime();
    ValidationReport first = Validator.defaults().validate(registry);
    long firstNanos = System.nanoTime() - start;
    for (int i = 0; i < 10; i++) {
      Validator.defaults().validate(registry);
    }
    long[] times = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      Validator.defaults().validate(registry);
      times[i] = System.nanoTime() - t;
    }
    Arrays.sort(times);
    System.out.printf(
        "first call %d ms (%s); after warm-up over %d runs: median %d ms, min %d ms, max %d ms; %d cores%n",
        firstNanos / 1_000_000, first, runs, times[runs / 2] / 1_000_000, times[0] / 1_000_000,
        times[runs - 1] / 1_000_000, Runtime.getRuntime().availableProcessors());
  }
}
