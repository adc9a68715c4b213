package io.github.sapha.cli;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.Council;
import io.github.sapha.cli.text.Columns;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.District;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.Province;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.registry.CountryCoverage;
import io.github.sapha.registry.Coverage;
import io.github.sapha.registry.ProvinceCoverage;
import io.github.sapha.registry.Registry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sapha coverage FILE}: how many sub-districts of each district have an active council. */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Print how much of each district has an active council.",
      "",
      "For each district with councils in the registry document: its sub-districts, active councils, "
          + "covered sub-districts, coverage and whether it is full (เต็มอำเภอ).",
      "",
      "A province's total counts every sub-district of the gazetteer in it, those of its districts with no "
          + "council included (one row sums them). The last table lists the provinces with councils, one row "
          + "sums the others, and the country's total counts every sub-district of the gazetteer.",
      "",
      "Exit codes: 0 done, 2 unreadable file or bad arguments, 3 internal error."
    })
final class CoverageCommand implements Callable<Integer> {
  /** The width of the first column: a district's code and names fit. */
  private static final int LABEL = 36;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;
  @CommandLine.ParentCommand private SaphaCommand sapha;

  @Parameters(index = "0", paramLabel = "FILE", description = "The registry document.")
  private Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Registry registry = Activity.during(sapha.notes(), "reading " + file, () -> Documents.read(file));
    Gazetteer gazetteer = Gazetteer.thailand();
    LocalDate day = registry.asOf();
    // One pass over the councils: the districts and provinces each has a known sub-district in (the rows to
    // print), and the councils active that day in each, every council counted once per area.
    Set<AreaCode> withCouncils = new HashSet<>();
    Map<AreaCode, Set<BodyId>> active = new HashMap<>();
    Set<BodyId> activeInCountry = new HashSet<>();
    for (Council council : registry.councils()) {
      for (SubdistrictCode s : council.area().subdistricts()) {
        if (gazetteer.contains(s)) {
          withCouncils.add(s.district());
          withCouncils.add(s.province());
          if (council.isActiveOn(day)) {
            active.computeIfAbsent(s.district(), k -> new HashSet<>()).add(council.id());
            active.computeIfAbsent(s.province(), k -> new HashSet<>()).add(council.id());
            activeInCountry.add(council.id());
          }
        }
      }
    }
    out.printf("Coverage on %s (councils active that day)%n", day);
    if (withCouncils.isEmpty()) {
      out.println("No council lies in a known district.");
    }
    CountryCoverage country = registry.countryCoverage(day, gazetteer);
    for (ProvinceCoverage province : country.provinces()) {
      if (!withCouncils.contains(province.province())) {
        continue;
      }
      Province p = gazetteer.province(province.province()).orElseThrow();
      out.printf("%nProvince %s %s (%s)%n", p.code(), p.nameTh(), p.nameEn());
      header(out, "District");
      Rest others = new Rest();
      for (Coverage coverage : province.districts()) {
        if (withCouncils.contains(coverage.district())) {
          District d = gazetteer.district(coverage.district()).orElseThrow();
          row(out, coverage.district() + " " + d.nameTh() + " (" + d.nameEn() + ")", coverage.total(),
              count(active, coverage.district()), coverage.coveredCount(), coverage.isFull() ? "yes" : "no");
        } else {
          others.add(coverage.total(), 1);
        }
      }
      if (others.areas > 0) {
        row(out, others.label("district"), others.subdistricts, 0, 0, "no");
      }
      row(out, "Province total, all " + province.districts().size() + " districts", province.total(),
          count(active, province.province()), province.coveredCount(), full(province.fullDistricts().size(),
              province.districts().size()));
    }
    out.printf("%nThailand (every sub-district of the gazetteer)%n");
    header(out, "Province");
    Rest others = new Rest();
    for (ProvinceCoverage province : country.provinces()) {
      if (withCouncils.contains(province.province())) {
        Province p = gazetteer.province(province.province()).orElseThrow();
        row(out, p.code() + " " + p.nameTh() + " (" + p.nameEn() + ")", province.total(),
            count(active, province.province()), province.coveredCount(),
            full(province.fullDistricts().size(), province.districts().size()));
      } else {
        others.add(province.total(), province.districts().size());
      }
    }
    if (others.areas > 0) {
      row(out, others.label("province"), others.subdistricts, 0, 0, full(0, others.districts));
    }
    row(out, "Country total, all " + country.provinces().size() + " provinces", country.total(),
        activeInCountry.size(), country.coveredCount(),
        full(country.fullDistricts().size(), country.districts().size()));
    out.flush();
    return 0;
  }

  /**
   * The areas of a table with no council, summed into one row so that the rows add up to the total: with
   * no council, none of their sub-districts is covered.
   */
  private static final class Rest {
    int areas;
    int subdistricts;
    int districts;

    void add(int subdistricts, int districts) {
      areas++;
      this.subdistricts += subdistricts;
      this.districts += districts;
    }

    String label(String kind) {
      return areas + " " + kind + (areas == 1 ? "" : "s") + " with no council";
    }
  }

  private static int count(Map<AreaCode, Set<BodyId>> active, AreaCode area) {
    return active.getOrDefault(area, Set.of()).size();
  }

  private static String full(int full, int districts) {
    return full + " of " + districts + " districts full";
  }

  private static void header(PrintWriter out, String area) {
    out.printf("  %s %13s %9s %8s %9s  %s%n", Columns.padRight(area, LABEL), "sub-districts", "councils", "covered",
        "coverage", "full");
  }

  private static void row(PrintWriter out, String label, int subdistricts, int councils, int covered, String full) {
    out.printf("  %s %13d %9d %8d %8.1f%%  %s%n",
        Columns.padRight(label, LABEL), subdistricts, councils, covered, 100.0 * covered / subdistricts, full);
  }
}
