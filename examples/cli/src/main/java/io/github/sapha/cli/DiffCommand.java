package io.github.sapha.cli;

import io.github.sapha.diff.ChangeKind;
import io.github.sapha.diff.FieldChange;
import io.github.sapha.diff.ObjectChange;
import io.github.sapha.diff.RegistryDiff;
import io.github.sapha.jackson.DiffJson;
import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.registry.Registry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sapha diff OLD NEW}: what differs between two registry documents. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Print what differs between two registry documents.",
      "",
      "Objects are matched by id in each collection and reported added, removed, changed (each field with its "
          + "JSON Pointer in both documents and its old and new value) or moved. Personal data is reported as "
          + "changed without its values. --format json prints diff format v1 (docs/diff-format.md) and nothing "
          + "else on stdout.",
      "",
      "Exit codes: 0 the registries are equal, 1 they differ, 2 unreadable file or bad arguments, 3 internal error."
    })
final class DiffCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { text, json }

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;
  @CommandLine.ParentCommand private SaphaCommand sapha;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old registry document.")
  private Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new registry document.")
  private Path newer;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Registry before = Activity.during(sapha.notes(), "reading " + older, () -> Documents.read(older));
    Registry after = Activity.during(sapha.notes(), "reading " + newer, () -> Documents.read(newer));
    RegistryDiff diff = Activity.during(sapha.notes(), "comparing", () -> RegistryDiff.between(before, after));
    if (format == Format.json) {
      out.print(DiffJson.pretty().writeString(diff));
    } else {
      text(out, diff);
    }
    out.flush();
    return diff.isEmpty() ? 0 : 1;
  }

  private void text(PrintWriter out, RegistryDiff diff) {
    if (diff.isEmpty()) {
      out.printf("No differences: %s and %s hold equal registries%n", older, newer);
      return;
    }
    out.printf("Differences from %s (as of %s) to %s (as of %s)%n", older, diff.oldAsOf(), newer, diff.newAsOf());
    out.printf("Summary: %s%n", diff.summary());
    diff.asOfChange().ifPresent(change -> out.printf("  %s%n", field(change)));
    for (ObjectChange change : diff.changes()) {
      out.printf("  %s%n", change);
      if (change.kind() == ChangeKind.CHANGED) {
        change.fields().forEach(field -> out.printf("    %s%n", field(field)));
      }
    }
  }

  /** Such as: changed /councils/7/nameTh: "old" -> "new". */
  private static String field(FieldChange field) {
    String text = field.toString();
    if (field.isPersonal()) {
      return text;
    }
    return switch (field.kind()) {
      case ADDED -> text + ": " + json(field.newValue().orElseThrow());
      case REMOVED -> text + ": " + json(field.oldValue().orElseThrow());
      default -> text + ": " + json(field.oldValue().orElseThrow()) + " -> " + json(field.newValue().orElseThrow());
    };
  }

  private static String json(Object value) {
    if (value instanceof LocalDate date) {
      return "\"" + date + "\"";
    }
    return SaphaJson.defaults().mapper().writeValueAsString(value);
  }
}
