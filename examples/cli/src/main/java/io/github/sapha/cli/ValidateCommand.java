package io.github.sapha.cli;

import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Severity;
import io.github.sapha.validation.ValidationReport;
import io.github.sapha.validation.Validator;
import io.github.sapha.validation.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code sapha validate FILE}: every violation of a registry document. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Print every violation of a registry document.",
      "",
      "Reads a registry document (JSON format v1) and prints each violation: "
          + "rule, severity, path, message, suggestion.",
      "",
      "Exit codes: 0 valid, 1 violations at or above --fail-on, 2 unreadable file or bad arguments, 3 internal error."
    })
final class ValidateCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { text, json }

  /** The thresholds. */
  enum FailOn {
    error(Severity.ERROR),
    warning(Severity.WARNING),
    info(Severity.INFO);

    final Severity least;

    FailOn(Severity least) {
      this.least = least;
    }
  }

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;
  @CommandLine.ParentCommand private SaphaCommand sapha;

  @Parameters(index = "0", paramLabel = "FILE", description = "The registry document to validate.")
  private Path file;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY", description = "Least severity that fails: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private FailOn failOn;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Registry registry = Activity.during(sapha.notes(), "reading " + file, () -> Documents.read(file));
    ValidationReport report =
        Activity.during(sapha.notes(), "validating " + registry, () -> Validator.defaults().validate(registry));
    Severity threshold = failOn.least;
    boolean valid = report.isValid(threshold);
    if (format == Format.json) {
      out.println(JsonMapper.builder().build().writeValueAsString(json(report, valid)));
    } else {
      out.printf(
          "%s: %s (errors %d, warnings %d, info %d; failing at %s)%n",
          file, valid ? "valid" : "not valid",
          report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO), failOn);
      for (Violation v : report.violations()) {
        out.printf("%-7s %s %s%n        %s%n", v.severity(), v.rule(), v.path().toString().isEmpty() ? "/" : v.path(), v.message());
        v.suggestion().ifPresent(s -> out.printf("        suggestion: %s%n", s));
      }
    }
    out.flush();
    return valid ? 0 : 1;
  }

  static Map<String, Object> json(ValidationReport report, boolean valid) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("valid", valid);
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Severity severity : Severity.values()) {
      counts.put(severity.name().toLowerCase(Locale.ROOT), report.count(severity));
    }
    root.put("counts", counts);
    List<Map<String, Object>> violations = report.violations().stream().map(v -> {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("rule", v.rule());
      one.put("severity", v.severity().name().toLowerCase(Locale.ROOT));
      one.put("path", v.path().toString());
      one.put("message", v.message());
      v.suggestion().ifPresent(s -> one.put("suggestion", s));
      v.reference().ifPresent(r -> one.put("reference", r));
      return one;
    }).collect(Collectors.toList());
    root.put("violations", violations);
    return root;
  }
}
