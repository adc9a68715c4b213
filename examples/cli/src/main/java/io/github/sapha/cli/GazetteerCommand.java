package io.github.sapha.cli;

import io.github.sapha.geography.Area;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.AreaCodeFormatException;
import io.github.sapha.geography.CodeChange;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.NameSuggestion;
import io.github.sapha.geography.RetiredSubdistrict;
import io.github.sapha.geography.SubdistrictCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sapha gazetteer QUERY}: find areas by code or name; {@code --version} names the gazetteer. */
@Command(
    name = "gazetteer",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    versionProvider = GazetteerCommand.Edition.class,
    description = {
      "Find areas by code or name and print their paths.",
      "",
      "Finds provinces, districts and sub-districts by code (ASCII or Thai digits) or by Thai or English "
          + "name, with near-miss suggestions; a retired sub-district code is answered with the codes that "
          + "replaced it. --version prints the gazetteer's edition: its source and date.",
      "",
      "Exit codes: 0 found, 1 nothing current found (replacements or suggestions printed if any), "
          + "2 bad arguments, 3 internal error."
    })
final class GazetteerCommand implements Callable<Integer> {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY",
      description = "One or more codes such as 570908 or ๕๗๐๘, or one name such as \"บ้านด้าย\" or Ban Dai "
          + "(a name's words may be given unquoted).")
  private List<String> words;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Gazetteer gazetteer = Gazetteer.thailand();
    List<Optional<AreaCode>> codes = words.stream().map(GazetteerCommand::code).toList();
    if (codes.stream().allMatch(Optional::isPresent)) {
      // Several codes are several questions: answer each, in the order asked.
      boolean allFound = true;
      for (int i = 0; i < codes.size(); i++) {
        if (i > 0) {
          out.println();
        }
        allFound &= answer(out, gazetteer, words.get(i), codes.get(i));
      }
      out.flush();
      return allFound ? 0 : 1;
    }
    if (codes.stream().anyMatch(Optional::isPresent)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Give either codes or one name, not both: " + String.join(" ", words));
    }
    boolean found = answer(out, gazetteer, String.join(" ", words), Optional.empty());
    out.flush();
    return found ? 0 : 1;
  }

  /** Prints what the gazetteer knows of one query; true if a current area answers it. */
  private static boolean answer(PrintWriter out, Gazetteer gazetteer, String query, Optional<AreaCode> code) {
    List<? extends Area> found = code.isPresent()
        ? code.flatMap(gazetteer::area).map(List::of).orElse(List.of())
        : gazetteer.find(query);
    if (!found.isEmpty()) {
      for (Area area : found) {
        print(out, gazetteer, area);
      }
      return true;
    }
    Optional<RetiredSubdistrict> retired =
        code.filter(SubdistrictCode.class::isInstance).flatMap(c -> gazetteer.retired((SubdistrictCode) c));
    if (retired.isPresent()) {
      RetiredSubdistrict r = retired.get();
      out.printf("Sub-district code %s (%s) is retired; it was %s:%n", r.code(), r.nameTh(),
          r.change() == CodeChange.SPLIT ? "split into" : "renumbered as");
      r.replacedBy().forEach(c -> print(out, gazetteer, gazetteer.subdistrict(c).orElseThrow()));
      return false;
    }
    out.printf("No area has the %s \"%s\".%n", code.isPresent() ? "code" : "name", query);
    List<NameSuggestion> suggestions = code.isPresent() ? List.of() : gazetteer.suggest(query, 5);
    if (!suggestions.isEmpty()) {
      out.println("Did you mean:");
      for (NameSuggestion suggestion : suggestions) {
        print(out, gazetteer, suggestion.area());
      }
    }
    return false;
  }

  private static Optional<AreaCode> code(String query) {
    try {
      return Optional.of(AreaCode.parse(query));
    } catch (AreaCodeFormatException e) {
      return Optional.empty();
    }
  }

  /** Names the jar and the bundled gazetteer's edition. */
  static final class Edition implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws java.io.IOException {
      Gazetteer gazetteer = Gazetteer.thailand();
      return new String[] {
        new SaphaCommand.Version().getVersion()[0],
        "gazetteer: " + gazetteer.edition().map(e -> "edition " + e.date() + ", " + e.source()).orElse("no edition"),
        "  " + gazetteer.provinces().size() + " provinces, " + gazetteer.districts().size() + " districts, "
            + gazetteer.subdistricts().size() + " sub-districts, "
            + gazetteer.retiredSubdistricts().size() + " retired sub-district codes"
      };
    }
  }

  private static void print(PrintWriter out, Gazetteer gazetteer, Area area) {
    var path = gazetteer.path(area.code()).orElseThrow();
    out.printf("%-6s %-12s %s%n       %12s %s%n", area.code(), area.level().label(), path.thai(), "", path.english());
  }
}
