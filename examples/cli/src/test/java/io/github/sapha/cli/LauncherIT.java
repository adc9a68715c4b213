package io.github.sapha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command line, run as a user runs it: the launcher script and the
 * runnable jar in target/, in a new JVM (after the package phase).
 */
class LauncherIT {
  private static final Path TARGET = Path.of("target");

  /** What one process printed and returned. */
  private record Result(int code, String out, String err) {}

  private static Result run(List<String> command, Path dir) throws IOException, InterruptedException {
    return run(command, dir, Map.of());
  }

  private static Result run(List<String> command, Path dir, Map<String, String> environment)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    Process process = builder
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
    return new Result(process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static List<String> java(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        TARGET.resolve("sapha.jar").toString()));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void theRunnableJarRunsTheDemo(@TempDir Path dir) throws Exception {
    Result result = run(java("demo"), dir);
    assertThat(result.code).isZero();
    assertThat(result.out).contains("District 5709 อำเภอแม่สาย (Mae Sai)");
    assertThat(result.err).isEmpty();
  }

  @Test
  void unusableInputIsOneLineOnStderrAndExitTwo(@TempDir Path dir) throws Exception {
    Path notJson = Files.writeString(dir.resolve("notes.txt"), "not a registry", StandardCharsets.UTF_8);
    Result result = run(java("validate", notJson.toString()), dir);
    assertThat(result.code).isEqualTo(2);
    assertThat(result.out).isEmpty();
    assertThat(result.err.lines()).hasSize(1);
    assertThat(result.err).startsWith("sapha: ").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void theLauncherScriptFindsItsJarThroughASymbolicLink(@TempDir Path dir) throws Exception {
    Path launcher = TARGET.resolve("sapha").toAbsolutePath();
    assertThat(Files.isExecutable(launcher)).as("%s is executable", launcher).isTrue();
    Path link = Files.createSymbolicLink(dir.resolve("sapha"), launcher);
    Result result = run(List.of(link.toString(), "--version"), dir,
        Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()));
    assertThat(result.code).as(result.toString()).isZero();
    assertThat(result.out).startsWith("sapha ");
    assertThat(result.err).isEmpty();
  }

  private static final Path GOLDEN = Path.of("src/test/resources/mae-sai-2017.json").toAbsolutePath();

  private static List<String> launcher(String... args) {
    List<String> command = new ArrayList<>(List.of(TARGET.resolve("sapha").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return command;
  }

  private static List<Path> archives(Path cache) throws IOException {
    Path dir = cache.resolve("sapha");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void theLauncherMakesAClassDataSharingArchiveOnceAndPrintsTheSameAsWithout(@TempDir Path dir)
      throws Exception {
    Path cache = dir.resolve("cache");
    Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
    Result without = run(launcher("validate", GOLDEN.toString()), dir,
        Map.of("XDG_CACHE_HOME", cache.toString(), "SAPHA_CDS", "off"));
    assertThat(archives(cache)).as("SAPHA_CDS=off makes no archive").isEmpty();

    Result first = run(launcher("validate", GOLDEN.toString()), dir, env);
    List<Path> made = archives(cache);
    assertThat(made).hasSize(1);
    assertThat(made.get(0).getFileName().toString()).endsWith(".jsa");
    var madeAt = Files.getLastModifiedTime(made.get(0));
    Result second = run(launcher("validate", GOLDEN.toString()), dir, env);

    for (Result result : List.of(first, second)) {
      assertThat(result.code).as(result.toString()).isZero();
      assertThat(result.out).isEqualTo(without.out);
      assertThat(result.err).isEmpty();
    }
    assertThat(archives(cache)).as("the second run maps the archive, makes none").isEqualTo(made);
    assertThat(Files.getLastModifiedTime(made.get(0))).isEqualTo(madeAt);
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void anArchiveTheJvmCannotUseIsIgnoredSilently(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("cache");
    Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
    assertThat(run(launcher("--version"), dir, env).code).isZero();
    Path archive = archives(cache).get(0);
    archive.toFile().setWritable(true);
    Files.writeString(archive, "not an archive");

    Result result = run(launcher("validate", GOLDEN.toString()), dir, env);

    assertThat(result.code).as(result.toString()).isZero();
    assertThat(result.out).startsWith(GOLDEN + ": valid");
    assertThat(result.err).isEmpty();
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aCollectorChosenByTheUserIsKept(@TempDir Path dir) throws Exception {
    // Two collectors on one command line stop the JVM: the launcher must not add its own.
    Result result = run(launcher("--version"), dir,
        Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(), "SAPHA_OPTS", "-XX:+UseSerialGC"));

    assertThat(result.code).as(result.toString()).isZero();
    assertThat(result.out).startsWith("sapha ");
    assertThat(result.err).isEmpty();
  }

  @Test
  void aHundredThousandPlansInOneCycleValidateInASmallHeapWithOneCycleViolation(@TempDir Path dir)
      throws Exception {
    // Issue 13: plan.cycle once gave every plan of a cycle a message naming the whole
    // cycle, and a 2.2 MB document ran out of memory. This one is 20 MB.
    int size = 100_000;
    StringBuilder plans = new StringBuilder("\"plans\": [");
    for (int k = 0; k < size; k++) {
      plans.append("{\"id\": \"plan-ring-").append(k)
          .append("\", \"titleTh\": \"แผนวง\", \"level\": \"subdistrict\", \"owner\": \"council-570909\", ")
          .append("\"area\": \"570909\", \"period\": {\"first\": 2561, \"last\": 2564}, \"parent\": \"plan-ring-")
          .append((k + 1) % size).append("\"},");
    }
    String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    assertThat(golden).containsOnlyOnce("\"plans\": [");
    Path document = Files.writeString(dir.resolve("cycle.json"),
        golden.replace("\"plans\": [", plans), StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
        TARGET.resolve("sapha.jar").toString(), "validate", document.toString(), "--format", "json"));

    Result result = run(command, dir);

    assertThat(result.code).as(result.err).isEqualTo(1);
    assertThat(result.err).isEmpty();
    var report = tools.jackson.databind.json.JsonMapper.builder().build().readTree(result.out);
    long cycles = 0;
    for (var violation : report.get("violations")) {
      if (violation.get("rule").asString().equals("plan.cycle")) {
        cycles++;
        assertThat(violation.get("message").asString()).hasSizeLessThan(400);
      }
    }
    assertThat(cycles).isEqualTo(1);
  }
}
