package io.github.sapha.cli;

import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Severity;
import io.github.sapha.validation.ValidationReport;
import io.github.sapha.validation.Validator;
import io.github.sapha.validation.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

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

  /** Writes the JSON report; closing a generator must not close the command's output. */
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

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
      writeJson(out, report, valid);
      out.println();
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

  /**
   * Writes the report as JSON, one violation at a time: a report of a hundred
   * thousand violations never exists as a second copy in maps or one string.
   */
  private static void writeJson(PrintWriter out, ValidationReport report, boolean valid) {
    try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      json.writeStartObject();
      json.writeBooleanProperty("valid", valid);
      json.writeName("counts");
      json.writeStartObject();
      for (Severity severity : Severity.values()) {
        json.writeNumberProperty(severity.name().toLowerCase(Locale.ROOT), report.count(severity));
      }
      json.writeEndObject();
      json.writeName("violations");
      json.writeStartArray();
      for (Violation v : report.violations()) {
        json.writeStartObject();
        json.writeStringProperty("rule", v.rule());
        json.writeStringProperty("severity", v.severity().name().toLowerCase(Locale.ROOT));
        json.writeStringProperty("path", v.path().toString());
        json.writeStringProperty("message", v.message());
        if (v.suggestion().isPresent()) {
          json.writeStringProperty("suggestion", v.suggestion().get());
        }
        if (v.reference().isPresent()) {
          json.writeStringProperty("reference", v.reference().get());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }
}
