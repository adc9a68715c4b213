package io.github.sapha.cli;

import io.github.sapha.council.Council;
import io.github.sapha.cli.text.Columns;
import io.github.sapha.geography.District;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.Province;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.registry.Coverage;
import io.github.sapha.registry.Registry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
          + "covered sub-districts, coverage and whether it is full (เต็มอำเภอ), with totals per province.",
      "",
      "Exit codes: 0 done, 2 unreadable file or bad arguments, 3 internal error."
    })
final class CoverageCommand implements Callable<Integer> {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;
  @CommandLine.ParentCommand private SaphaCommand sapha;

  @Parameters(index = "0", paramLabel = "FILE", description = "The registry document.")
  private Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Registry registry = Activity.during(sapha.notes(), "reading " + file, () -> Documents.read(file));
    Gazetteer gazetteer = Gazetteer.thailand();
    Map<ProvinceCode, TreeSet<DistrictCode>> districts = new TreeMap<>();
    for (Council council : registry.councils()) {
      council.area().subdistricts().stream()
          .filter(gazetteer::contains)
          .forEach(s -> districts.computeIfAbsent(s.province(), k -> new TreeSet<>()).add(s.district()));
    }
    out.printf("Coverage on %s (councils active that day)%n", registry.asOf());
    if (districts.isEmpty()) {
      out.println("No council lies in a known district.");
    }
    for (Map.Entry<ProvinceCode, TreeSet<DistrictCode>> province : districts.entrySet()) {
      Province p = gazetteer.province(province.getKey()).orElseThrow();
      out.printf("%nProvince %s %s (%s)%n", p.code(), p.nameTh(), p.nameEn());
      out.printf("  %s %13s %9s %8s %9s  %s%n", Columns.padRight("District", 36), "sub-districts", "councils", "covered", "coverage", "full");
      int total = 0;
      int covered = 0;
      int councils = 0;
      int full = 0;
      for (DistrictCode code : province.getValue()) {
        District d = gazetteer.district(code).orElseThrow();
        Coverage coverage = registry.coverage(code, registry.asOf(), gazetteer);
        List<Council> active = registry.councilsIn(code).stream().filter(c -> c.isActiveOn(registry.asOf())).toList();
        out.printf("  %s %13d %9d %8d %8.1f%%  %s%n",
            Columns.padRight(code + " " + d.nameTh() + " (" + d.nameEn() + ")", 36),
            coverage.total(), active.size(), coverage.coveredCount(), 100 * coverage.ratio(), coverage.isFull() ? "yes" : "no");
        total += coverage.total();
        covered += coverage.coveredCount();
        councils += active.size();
        full += coverage.isFull() ? 1 : 0;
      }
      out.printf("  %s %13d %9d %8d %8.1f%%  %d of %d districts full%n",
          Columns.padRight("Total", 36), total, councils, covered, 100.0 * covered / total, full, province.getValue().size());
    }
    out.flush();
    return 0;
  }
}
