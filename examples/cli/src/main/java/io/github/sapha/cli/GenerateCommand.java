package io.github.sapha.cli;

import io.github.sapha.testing.AppliedMutation;
import io.github.sapha.testing.ExpectedViolation;
import io.github.sapha.testing.MutatedRegistry;
import io.github.sapha.testing.Mutations;
import io.github.sapha.testing.SyntheticRegistry;
import io.github.sapha.testing.SyntheticRegistry.Scale;
import io.github.sapha.jackson.SaphaFeature;
import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.registry.Registry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code sapha generate}: a synthetic registry document, valid or with declared breakages. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Write a synthetic registry document, valid or with declared breakages.",
      "",
      "The document (JSON format v1) is deterministic from the seed and valid under the default policy. "
          + "With --invalid K, apply K named mutations and write a second file beside FILE listing, "
          + "per mutation, the rule ids and JSON Pointer paths it causes in FILE:",
      "  FILE.expected.json",
      "",
      "Exit codes: 0 written, 2 bad arguments or unwritable file, 3 internal error."
    })
final class GenerateCommand implements Callable<Integer> {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;
  @CommandLine.ParentCommand private SaphaCommand sapha;

  @Option(names = "--seed", required = true, paramLabel = "N", description = "The seed; the same seed and scale give the same bytes.")
  private long seed;

  @Option(names = "--scale", required = true, paramLabel = "SCALE",
      description = "district (one district), province (one province) or national (every sub-district of the gazetteer).",
      converter = ScaleConverter.class)
  private Scale scale;

  @Option(names = "--invalid", defaultValue = "0", paramLabel = "K", description = "How many mutations to apply (default: ${DEFAULT-VALUE}).")
  private int invalid;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the document.")
  private Path out;

  @Option(names = "--pretty", description = "Indent the document (default: compact).")
  private boolean pretty;

  /** Reads a scale from its lower-case name. */
  static final class ScaleConverter implements CommandLine.ITypeConverter<Scale> {
    @Override
    public Scale convert(String value) {
      try {
        return Scale.parse(value.toLowerCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() {
    if (invalid < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--invalid must not be negative: " + invalid);
    }
    checkWritable(out);
    Progress progress = new Progress(sapha.notes(), "generating councils");
    Registry registry = SyntheticRegistry.generate(seed, scale, progress::update);
    progress.done();
    MutatedRegistry mutated;
    try {
      mutated = Mutations.apply(registry, invalid, seed);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    SaphaJson json = SaphaJson.builder().configure(SaphaFeature.PRETTY_PRINT, pretty).build();
    try (OutputStream file = Files.newOutputStream(out)) {
      json.write(mutated.registry(), file);
    } catch (IOException e) {
      throw new UnusableInputException("Cannot write " + out + ": " + reason(out, e), e);
    }
    if (invalid > 0) {
      Path sidecar = out.resolveSibling(out.getFileName() + ".expected.json");
      try {
        Files.writeString(sidecar, sidecar(mutated.mutations()), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UnusableInputException("Cannot write " + sidecar + ": " + reason(sidecar, e), e);
      }
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf("Wrote %s: %s%s%n", out, mutated.registry(),
        invalid > 0 ? ", with " + invalid + " mutations listed in " + out.getFileName() + ".expected.json" : "");
    stdout.flush();
    return 0;
  }

  /** Refuses an output that cannot be written before spending seconds on generating. */
  private static void checkWritable(Path file) {
    if (Files.isDirectory(file)) {
      throw new UnusableInputException("Cannot write " + file + ": it is a directory, not a file", null);
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UnusableInputException("Cannot write " + file + ": "
          + (Files.exists(parent) ? parent + " is not a directory" : "the directory " + parent + " does not exist"),
          null);
    }
  }

  private static String reason(Path file, IOException e) {
    Path parent = file.toAbsolutePath().getParent();
    return Documents.reason(e, "the directory " + parent + " does not exist");
  }

  static String sidecar(List<AppliedMutation> mutations) {
    List<Map<String, Object>> list = mutations.stream().map(m -> {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("name", m.name());
      one.put("violations", m.violations().stream().map(GenerateCommand::violation).collect(Collectors.toList()));
      return one;
    }).collect(Collectors.toList());
    return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
        .writeValueAsString(Map.of("mutations", list)) + "\n";
  }

  private static Map<String, String> violation(ExpectedViolation v) {
    Map<String, String> one = new LinkedHashMap<>();
    one.put("rule", v.rule());
    one.put("path", v.path());
    return one;
  }
}
