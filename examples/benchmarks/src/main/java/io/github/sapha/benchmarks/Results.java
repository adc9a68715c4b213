package io.github.sapha.benchmarks;

import java.io.File;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results of one or more complete runs of {@link
 * DocumentBenchmarks} into the Markdown tables of docs/performance.md: time
 * and allocation per operation by scale, and each of issue 12's targets as a
 * ratio taken within each run, with its interval, and the median over runs.
 *
 * <pre>
 * java -jar examples/benchmarks/target/sapha-benchmarks.jar -prof gc -rf json -rff run1.json
 * java -jar examples/benchmarks/target/sapha-benchmarks.jar -prof gc -rf json -rff run2.json
 * java -cp examples/benchmarks/target/sapha-benchmarks.jar io.github.sapha.benchmarks.Results run1.json run2.json
 * </pre>
 *
 * <p>Intervals are JMH's 99.9 % confidence intervals; a ratio's interval
 * divides the ends of its two scores' intervals crosswise, so it is wide
 * rather than narrow.
 */
public final class Results {
  private static final List<String> BENCHMARKS =
      List.of(
          "readSapha", "readRecords", "readTokens", "readValidateSapha", "readValidateRecords", "validateSapha",
          "validateRecords", "writeSapha", "writeRecords");
  private static final List<String> SCALES =
      List.of(Documents.DISTRICT, Documents.PROVINCE, Documents.NATIONAL, Documents.TWICE_NATIONAL);

  private Results() {}

  /** A score and its confidence interval. */
  record Score(double value, double low, double high) {
    /**
     * The ratio of one score to another; null if either is missing from a run.
     * A time is never below zero, so an interval that reaches below zero
     * (JMH's, when the iterations differ widely) is cut at zero, and a ratio
     * over such an interval has no upper bound.
     */
    static Score over(Score a, Score b) {
      if (a == null || b == null) {
        return null;
      }
      double high = b.low > 0 ? Math.max(a.high, 0) / b.low : Double.POSITIVE_INFINITY;
      return new Score(a.value / b.value, Math.max(a.low, 0) / b.high, high);
    }

    /** One score less another; null if either is missing from a run. */
    static Score minus(Score a, Score b) {
      return a == null || b == null ? null : new Score(a.value - b.value, a.low - b.high, a.high - b.low);
    }

    String interval() {
      return String.format(Locale.ROOT, "%.2f (%.2f–%s)", value, low,
          Double.isInfinite(high) ? "∞" : String.format(Locale.ROOT, "%.2f", high));
    }
  }

  /** One run: scores and allocation per operation by benchmark and scale. */
  record Run(Map<String, Score> times, Map<String, Double> allocations, String settings) {
    static String key(String benchmark, String scale) {
      return benchmark + "@" + scale;
    }

    /** {@return a benchmark's score at a scale, or null if this run did not measure it} */
    Score time(String benchmark, String scale) {
      return times.get(key(benchmark, scale));
    }

    /** {@return a benchmark's score on the national document, or null} */
    Score national(String benchmark) {
      return time(benchmark, Documents.NATIONAL);
    }
  }

  /**
   * Prints the tables.
   *
   * @param args JMH JSON result files, one a run
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: Results run1.json [run2.json ...]");
      System.exit(2);
    }
    List<Run> runs = new ArrayList<>();
    for (String file : args) {
      runs.add(read(new File(file)));
    }
    print(runs, System.out);
  }

  static Run read(File file) {
    JsonNode results = JsonMapper.builder().build().readTree(file);
    Map<String, Score> times = new HashMap<>();
    Map<String, Double> allocations = new HashMap<>();
    String settings = "";
    for (JsonNode result : results) {
      String benchmark = result.path("benchmark").asString().replaceFirst(".*\\.", "");
      String key = Run.key(benchmark, result.path("params").path("scale").asString());
      JsonNode primary = result.path("primaryMetric");
      times.put(
          key,
          new Score(
              primary.path("score").asDouble(), primary.path("scoreConfidence").path(0).asDouble(),
              primary.path("scoreConfidence").path(1).asDouble()));
      JsonNode allocation = result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
      if (!allocation.isMissingNode()) {
        allocations.put(key, allocation.asDouble());
      }
      settings =
          String.format(
              Locale.ROOT, "JMH %s, %s %s, %s, JVM options: %s; %d fork, %d warm-up × %s, %d measured × %s",
              result.path("jmhVersion").asString(), result.path("vmName").asString(),
              result.path("vmVersion").asString(), result.path("mode").asString(),
              result.path("jvmArgs").isEmpty() ? "none" : result.path("jvmArgs").toString(),
              result.path("forks").asInt(), result.path("warmupIterations").asInt(),
              result.path("warmupTime").asString(), result.path("measurementIterations").asInt(),
              result.path("measurementTime").asString());
    }
    return new Run(times, allocations, settings);
  }

  static void print(List<Run> runs, PrintStream out) {
    out.println("Settings: " + runs.get(0).settings());
    out.println();
    for (String scale : SCALES) {
      out.println("#### " + scale);
      out.println();
      StringBuilder header = new StringBuilder("| benchmark |");
      StringBuilder rule = new StringBuilder("|---|");
      for (int i = 1; i <= runs.size(); i++) {
        header.append(" run ").append(i).append(", ms/op |");
        rule.append("---:|");
      }
      out.println(header + " median, ms/op | allocated, MB/op |");
      out.println(rule + "---:|---:|");
      for (String benchmark : BENCHMARKS) {
        StringBuilder row = new StringBuilder("| ").append(benchmark).append(" |");
        List<Double> values = new ArrayList<>();
        List<Double> allocated = new ArrayList<>();
        for (Run run : runs) {
          Score score = run.time(benchmark, scale);
          if (score == null) {
            row.append(" — |");
            continue;
          }
          values.add(score.value());
          row.append(String.format(Locale.ROOT, " %s ± %s |", number(score.value()),
              number((score.high() - score.low()) / 2)));
          Double bytes = run.allocations().get(Run.key(benchmark, scale));
          if (bytes != null) {
            allocated.add(bytes / 1_000_000);
          }
        }
        row.append(values.isEmpty() ? " — |" : " " + number(median(values)) + " |");
        row.append(allocated.isEmpty() ? " — |" : " " + number(median(allocated)) + " |");
        out.println(row);
      }
      out.println();
    }

    out.println("#### Targets (national document; ratios within each run, 99.9 % intervals)");
    out.println();
    StringBuilder header = new StringBuilder("| target | goal |");
    StringBuilder rule = new StringBuilder("|---|---|");
    for (int i = 1; i <= runs.size(); i++) {
      header.append(" run ").append(i).append(" |");
      rule.append("---|");
    }
    out.println(header + " median | met |");
    out.println(rule + "---|---|");
    target(out, runs, "sapha read speed ÷ records read speed", ">= 1.0", 1.0, true,
        run -> Score.over(run.national("readRecords"), run.national("readSapha")));
    target(out, runs, "sapha read + validate speed ÷ records read speed", ">= 0.8", 0.8, true,
        run -> Score.over(run.national("readRecords"), run.national("readValidateSapha")));
    target(out, runs, "sapha read + validate speed ÷ records read + Hibernate Validator speed", ">= 1.5", 1.5, true,
        run -> Score.over(run.national("readValidateRecords"), run.national("readValidateSapha")));
    target(out, runs, "sapha read speed ÷ raw token loop speed", ">= 0.35", 0.35, true,
        run -> Score.over(run.national("readTokens"), run.national("readSapha")));
    target(out, runs, "sapha write speed ÷ records write speed", ">= 1.0", 1.0, true,
        run -> Score.over(run.national("writeRecords"), run.national("writeSapha")));
    target(out, runs, "validation alone (indexes built) ÷ read time", "<= 0.25", 0.25, false,
        run -> Score.over(run.national("validateSapha"), run.national("readSapha")));
    target(out, runs, "first validation (read + validate − read) ÷ read time", "<= 0.25", 0.25, false,
        run -> Score.over(
            Score.minus(run.national("readValidateSapha"), run.national("readSapha")), run.national("readSapha")));
    target(out, runs, "twice-national ÷ national, sapha read time", "<= 2.1", 2.1, false,
        run -> Score.over(run.time("readSapha", Documents.TWICE_NATIONAL), run.national("readSapha")));
    target(out, runs, "twice-national ÷ national, sapha read + validate time", "<= 2.1", 2.1, false,
        run -> Score.over(
            run.time("readValidateSapha", Documents.TWICE_NATIONAL), run.national("readValidateSapha")));
    out.println();
  }

  private interface Ratio {
    /** {@return the ratio in one run, or null if the run lacks one of its scores} */
    Score of(Run run);
  }

  private static void target(
      PrintStream out, List<Run> runs, String what, String goal, double bound, boolean atLeast, Ratio ratio) {
    StringBuilder row = new StringBuilder("| ").append(what).append(" | ").append(goal).append(" |");
    List<Double> values = new ArrayList<>();
    for (Run run : runs) {
      Score score = ratio.of(run);
      if (score == null) {
        row.append(" — |"); // a benchmark or scale this run did not measure
        continue;
      }
      values.add(score.value());
      row.append(' ').append(score.interval()).append(" |");
    }
    if (values.isEmpty()) {
      out.println(row + " — | — |");
      return;
    }
    double median = median(values);
    boolean met = atLeast ? median >= bound : median <= bound;
    out.println(row + String.format(Locale.ROOT, " %.2f | %s |", median, met ? "yes" : "**no**"));
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static String number(double value) {
    return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
        : value >= 10 ? String.format(Locale.ROOT, "%.1f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
