package io.github.sapha.demo;

import io.github.sapha.calendar.FiscalYear;
import io.github.sapha.calendar.ThaiDates;
import io.github.sapha.cli.text.Columns;
import io.github.sapha.geography.AreaPath;
import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.geography.District;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.Subdistrict;
import io.github.sapha.council.Body;
import io.github.sapha.council.Council;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.Post;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.Participant;
import io.github.sapha.designation.Designation;
import io.github.sapha.plan.Plan;
import io.github.sapha.plan.PlanTree;
import io.github.sapha.plan.RollUp;
import io.github.sapha.registry.Coverage;
import io.github.sapha.registry.DesignationCoverage;
import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Rules;
import io.github.sapha.validation.Severity;
import io.github.sapha.validation.ValidationReport;
import io.github.sapha.validation.Validator;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Mae Sai demo: the district of the 2017 forum of community organization
 * councils as the bundled gazetteer and the Thai calendar see it, then the
 * councils, their coverage and the forum from {@link MaeSaiRegistry}.
 */
public final class MaeSaiDemo {
  /** Mae Sai district, Chiang Rai. */
  public static final DistrictCode MAE_SAI = DistrictCode.parse("5709");
  /** The day of the forum: 18 พฤษภาคม 2560. */
  public static final LocalDate FORUM_DATE = LocalDate.of(2017, 5, 18);

  private MaeSaiDemo() {}

  /**
   * Prints the demo.
   *
   * @param out where to print, not null
   */
  public static void print(PrintWriter out) {
    Gazetteer thailand = Gazetteer.thailand();
    District maeSai = thailand.district(MAE_SAI).orElseThrow();
    AreaPath path = thailand.path(MAE_SAI).orElseThrow();

    out.println("Sapha demo: Mae Sai, Chiang Rai (สภาองค์กรชุมชน อำเภอแม่สาย)");
    out.println();
    out.printf("District %s %s%s (%s)%n", maeSai.code(), maeSai.kind().thai(), maeSai.nameTh(), maeSai.nameEn());
    out.printf("Path: %s%n      %s%n", path.thai(), path.english());
    out.println();
    out.printf("Sub-districts (%d):%n", thailand.subdistricts(MAE_SAI).size());
    for (Subdistrict s : thailand.subdistricts(MAE_SAI)) {
      out.printf(
          "  %s  %s %s postal code %s%n",
          s.code(), Columns.padRight(s.nameTh(), 14), Columns.padRight(s.nameEn(), 18), s.postalCode());
    }
    out.println();
    FiscalYear fiscalYear = FiscalYear.of(FORUM_DATE);
    out.printf(
        "Forum date: %s (%s), fiscal year %s (%s to %s)%n",
        ThaiDates.format(FORUM_DATE),
        FORUM_DATE,
        fiscalYear,
        fiscalYear.start(),
        fiscalYear.end());
    out.println();
    Registry registry = MaeSaiRegistry.build();
    printCouncils(out, registry);
    out.println();
    printPlans(out, registry);
    out.println();
    printDesignations(out, registry);
    out.println();
    printValidation(out, registry);
    out.println();
    printJson(out, registry);
    out.flush();
  }

  private static void printCouncils(PrintWriter out, Registry registry) {
    out.printf("Councils of Mae Sai as of %s (%s):%n", ThaiDates.format(registry.asOf()), registry.asOf());
    for (Council council : registry.councilsIn(MAE_SAI)) {
      out.printf(
          "  %s %s %s%n",
          Columns.padRight(council.id().value(), 15),
          Columns.padRight(council.area().isLocalGovernmentArea() ? "municipality" : "sub-district", 13),
          council.nameTh());
    }
    Coverage coverage = registry.coverage(MAE_SAI);
    out.printf(
        "Coverage: %d of %d sub-districts have an active council (%d%%)%s%n",
        coverage.coveredCount(),
        coverage.total(),
        Math.round(coverage.ratio() * 100),
        coverage.isFull() ? ": full district (เต็มอำเภอ)" : "; missing " + coverage.uncovered());
    out.println();

    Meeting forum = registry.meeting(MaeSaiRegistry.FORUM).orElseThrow();
    out.printf("Forum %s: %s%n", forum.date(), forum.titleTh());
    forum.titleEn().ifPresent(title -> out.printf("  %s%n", title));
    forum.venue().ifPresent(venue -> out.printf("  Venue: %s%n", venue.description()));
    out.printf(
        "  Organisers: %s%n",
        forum.organisers().stream()
            .map(id -> registry.body(id).map(Body::nameTh).orElse(id.value()))
            .collect(Collectors.joining(", ")));
    out.println("  Participants (by post; names are personal data and stay in the registry):");
    for (Participant participant : forum.participants()) {
      String capacity =
          participant.capacity()
              .map(body -> postOf(registry, body, participant.person(), forum.date())
                  .map(post -> post + ", ").orElse("")
                  + registry.body(body).map(Body::nameTh).orElse(body.value()))
              .orElse("");
      out.printf("    %s %s%n", Columns.padRight(participant.role().english(), 9), capacity);
    }
  }

  private static void printJson(PrintWriter out, Registry registry) {
    SaphaJson json = SaphaJson.defaults();
    byte[] bytes = json.writeBytes(registry);
    Registry reread = json.read(new java.io.ByteArrayInputStream(bytes));
    out.printf(
        "JSON (format v1): wrote %,d bytes; read back %s; writing it again gives %s%n",
        bytes.length,
        reread.equals(registry) ? "an equal registry" : "A DIFFERENT REGISTRY",
        java.util.Arrays.equals(json.writeBytes(reread), bytes) ? "the same bytes" : "OTHER BYTES");
  }

  private static void printValidation(PrintWriter out, Registry registry) {
    ValidationReport report = Validator.defaults().validate(registry);
    out.printf(
        "Validation (default policy, %d rules): errors %d, warnings %d, info %d: %s%n",
        Rules.catalogue().size(),
        report.count(Severity.ERROR),
        report.count(Severity.WARNING),
        report.count(Severity.INFO),
        report.isValid() ? "valid" : "not valid");
    report.violations().forEach(v -> out.printf("  %s%n", v));
    out.println("With the news item's spelling \"หเวยไคร้\" for Huai Khrai:");
    Validator.defaults().validate(MaeSaiRegistry.buildWithReportedSpelling())
        .violations(Rules.GEO_NAME_MISMATCH)
        .forEach(v -> out.printf("  %s%n", v));
  }

  private static void printPlans(PrintWriter out, Registry registry) {
    PlanTree tree = registry.planTree();
    out.println("Plans (budget and budget-weighted progress of each plan's projects and its descendants'):");
    for (Plan root : tree.roots()) {
      printPlan(out, tree, root, 1);
      for (Plan plan : tree.descendants(root.id())) {
        printPlan(out, tree, plan, 1 + tree.ancestors(plan.id()).size());
      }
    }
    RollUp district = tree.rollUp(MaeSaiRegistry.DISTRICT_PLAN);
    out.printf(
        "Mae Sai strategy by funding source: %s%n",
        district.bySource().entrySet().stream()
            .map(e -> e.getKey().english() + " " + e.getValue().format())
            .collect(Collectors.joining(", ")));
    Plan strategy = tree.plan(MaeSaiRegistry.DISTRICT_PLAN).orElseThrow();
    strategy.integrationArea()
        .flatMap(code -> Gazetteer.thailand().subdistrict(code))
        .ifPresent(area -> out.printf("Integration area (พื้นที่บูรณาการ): %s %s (%s)%n", area.code(), area.nameTh(), area.nameEn()));
    out.printf(
        "Sub-district plans linked into the strategy: %s%n",
        registry.planCoverage(MaeSaiRegistry.DISTRICT_PLAN));
  }

  private static void printDesignations(PrintWriter out, Registry registry) {
    out.printf("Designations covering Mae Sai on %s:%n", registry.asOf());
    for (Designation designation : registry.designationsCovering(MAE_SAI, registry.asOf())) {
      out.printf(
          "  %s %s (%s), %s, in force from %s%s%n",
          designation.id(),
          designation.nameTh(),
          designation.nameEn().orElse("-"),
          designation.kind().english(),
          designation.validFrom(),
          designation.validTo().map(to -> " to " + to).orElse(""));
      out.printf(
          "    Districts: %s%n",
          designation.areas().stream()
              .map(code -> code + " " + Gazetteer.thailand().area(code).map(a -> a.nameEn()).orElse("?"))
              .collect(Collectors.joining(", ")));
      out.printf(
          "    Source (%s): %s%n",
          designation.certainty().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
          designation.sources().stream()
              .map(s -> s.title().orElse(s.url().toString()))
              .collect(Collectors.joining("; ")));
      designation.note().ifPresent(note -> out.printf("    Note: %s%n", note));
      DesignationCoverage coverage = registry.designationCoverage(designation.id());
      out.printf(
          "    Councils inside: %d active councils cover %d of the zone's %d sub-districts%n",
          coverage.councils().size(), coverage.coveredCount(), coverage.total());
      registry.plans().stream()
          .filter(plan -> plan.designations().contains(designation.id()))
          .forEach(plan -> out.printf(
              "    Plan responding to it: %s %s%s%n",
              plan.id(), plan.titleTh(), plan.titleEn().map(t -> " (" + t + ")").orElse("")));
    }
  }

  private static void printPlan(PrintWriter out, PlanTree tree, Plan plan, int depth) {
    RollUp rollUp = tree.rollUp(plan.id());
    out.printf(
        "%s%s %s [%s, FY %s] %s baht, progress %s%n",
        "  ".repeat(depth),
        plan.id(),
        plan.titleTh(),
        plan.level().english(),
        plan.period(),
        rollUp.budget().format(),
        rollUp.progress().map(p -> p + "%").orElse("-"));
  }

  /** The title of the post a person held in a body on a day, if any. */
  private static Optional<String> postOf(Registry registry, BodyId body, PersonId person, LocalDate date) {
    return registry.posts(body, date).stream()
        .filter(post -> post.holder().filter(person::equals).isPresent())
        .map(Post::title)
        .findFirst();
  }
}
