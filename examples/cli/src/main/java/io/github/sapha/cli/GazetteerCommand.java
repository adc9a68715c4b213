package io.github.sapha.cli;

import io.github.sapha.geography.Area;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.AreaCodeFormatException;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.NameSuggestion;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sapha gazetteer QUERY}: find areas by code or name. */
@Command(
    name = "gazetteer",
    mixinStandardHelpOptions = true,
    description = {
      "Find areas by code or name and print their paths.",
      "Finds provinces, districts and sub-districts by code (ASCII or Thai digits) or by Thai or English name,",
      "with near-miss suggestions.",
      "Exit codes: 0 found, 1 nothing found (suggestions printed if any), 2 bad arguments, 3 internal error."
    })
final class GazetteerCommand implements Callable<Integer> {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "A code such as 570908 or a name such as \"บ้านด้าย\" or Ban Dai.")
  private List<String> words;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Gazetteer gazetteer = Gazetteer.thailand();
    String query = String.join(" ", words);
    List<? extends Area> found = code(query).flatMap(gazetteer::area).map(List::of).orElseGet(() -> gazetteer.findByName(query));
    if (!found.isEmpty()) {
      for (Area area : found) {
        print(out, gazetteer, area);
      }
      out.flush();
      return 0;
    }
    out.printf("No area has the %s \"%s\".%n", code(query).isPresent() ? "code" : "name", query);
    List<NameSuggestion> suggestions = code(query).isPresent() ? List.of() : gazetteer.suggest(query, 5);
    if (!suggestions.isEmpty()) {
      out.println("Did you mean:");
      for (NameSuggestion suggestion : suggestions) {
        print(out, gazetteer, suggestion.area());
      }
    }
    out.flush();
    return 1;
  }

  private static Optional<AreaCode> code(String query) {
    try {
      return Optional.of(AreaCode.parse(query));
    } catch (AreaCodeFormatException e) {
      return Optional.empty();
    }
  }

  private static void print(PrintWriter out, Gazetteer gazetteer, Area area) {
    var path = gazetteer.path(area.code()).orElseThrow();
    out.printf("%-6s %-12s %s%n       %12s %s%n", area.code(), area.level().label(), path.thai(), "", path.english());
  }
}
