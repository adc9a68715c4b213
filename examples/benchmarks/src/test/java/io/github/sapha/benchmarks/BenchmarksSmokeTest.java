package io.github.sapha.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Every benchmark once, on the district document, in this JVM: the harness
 * is wired (annotation processing, the benchmark list, the states, the
 * allocation profiler) and no benchmark throws. A check that the benchmarks run, never a measurement:
 * no time is asserted.
 */
class BenchmarksSmokeTest {

  @Test
  void test_everyBenchmark_runsOnceOnTheDistrict() throws Exception {
    // JMH refuses to start while another JMH run holds /tmp/jmh.lock; a smoke check
    // measures nothing, so it must not fail because someone is benchmarking.
    System.setProperty("jmh.ignoreLock", "true");
    Options options =
        new OptionsBuilder()
            .include(DocumentBenchmarks.class.getName())
            .param("scale", Documents.DISTRICT)
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(100))
            .timeUnit(TimeUnit.MILLISECONDS)
            .addProfiler(GCProfiler.class) // as documented: -prof gc
            .shouldFailOnError(true)
            .output("target/jmh-smoke.txt")
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Set<String> ran = new TreeSet<>();
    for (RunResult result : results) {
      assertThat(result.getPrimaryResult().getSampleCount()).isPositive();
      assertThat(result.getSecondaryResults()).containsKey("gc.alloc.rate.norm");
      ran.add(result.getParams().getBenchmark().replaceFirst(".*\\.", ""));
    }
    assertThat(ran)
        .containsExactlyInAnyOrder(
            "readSapha", "readValidateSapha", "validateSapha", "writeSapha", "readRecords",
            "readValidateRecords", "validateRecords", "writeRecords", "readTokens");
  }
}
