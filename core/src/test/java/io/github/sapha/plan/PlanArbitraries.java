package io.github.sapha.plan;

import io.github.sapha.calendar.FiscalYear;
import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.ProjectId;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.money.Baht;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random projects and plan forests for the plan properties.
 *
 * <p>The shapes are made by small plain-Java factories ({@link #project},
 * {@link #plan}, {@link #forest}) from plain numbers; the jqwik methods at the
 * end only draw those numbers, so another generator could drive the same
 * factories.
 */
final class PlanArbitraries {
  /** The most plans in a forest. */
  static final int MAX_PLANS = 50;
  /** The most projects in one plan. */
  static final int MAX_PROJECTS = 3;
  /** Parent choices from {@code size} to {@code size + UNKNOWN_PARENTS - 1} name a plan that is not there. */
  static final int UNKNOWN_PARENTS = 3;

  private static final FiscalYearRange PERIOD = FiscalYearRange.of(FiscalYear.of(2561), FiscalYear.of(2564));

  private PlanArbitraries() {}

  /** How a project's budget is attributed to sources. */
  enum FundingShape {
    /** No funding lines: all of the budget is unattributed. */
    NONE,
    /** One line, CODI, for the whole budget. */
    CODI,
    /** CODI half (rounded down) and local government the rest. */
    SPLIT
  }

  /** The drawn attributes of a project. */
  record ProjectSpec(long satang, int progress, FundingShape funding) {}

  // ---- plain factories ----------------------------------------------------------------------------

  /** Gets the id of the plan at an index, such as "plan-07"; ids sort as the indexes do. */
  static PlanId planId(int index) {
    return PlanId.of(String.format("plan-%02d", index));
  }

  /** Makes a project "project-{index}" from its attributes. */
  static Project project(int index, ProjectSpec spec) {
    Baht budget = Baht.ofSatang(spec.satang());
    Project.Builder project =
        Project.builder()
            .id(ProjectId.of("project-" + index))
            .titleTh("โครงการ " + index)
            .budget(budget)
            .progress(spec.progress());
    switch (spec.funding()) {
      case CODI:
        project.addFunding(Funding.of(FundingSource.CODI, budget));
        break;
      case SPLIT:
        Baht half = Baht.ofSatang(spec.satang() / 2);
        project.addFunding(Funding.of(FundingSource.CODI, half));
        project.addFunding(Funding.of(FundingSource.LOCAL_GOVERNMENT, budget.minus(half)));
        break;
      default:
        break;
    }
    return project.build();
  }

  /** Makes projects "project-0", "project-1", … from their attributes. */
  static List<Project> projects(List<ProjectSpec> specs) {
    List<Project> projects = new ArrayList<>(specs.size());
    for (int i = 0; i < specs.size(); i++) {
      projects.add(project(i, specs.get(i)));
    }
    return projects;
  }

  /** Gets an area that fits a level, all in Mae Sai. */
  static Optional<AreaCode> areaFor(PlanLevel level) {
    switch (level) {
      case COMMUNITY:
      case SUBDISTRICT:
        return Optional.of(SubdistrictCode.of(570908));
      case DISTRICT:
        return Optional.of(DistrictCode.of(5709));
      case PROVINCE:
        return Optional.of(ProvinceCode.of(57));
      default:
        return Optional.empty();
    }
  }

  /** Makes the plan at an index. */
  static Plan plan(int index, PlanLevel level, Optional<PlanId> parent, List<Project> projects) {
    return Plan.builder()
        .id(planId(index))
        .titleTh("แผน " + index)
        .level(level)
        .owner(BodyId.of("owner-" + index))
        .area(areaFor(level))
        .period(PERIOD)
        .parent(parent)
        .projects(projects)
        .build();
  }

  /**
   * Gets the declared parent of the plan at {@code index} among {@code size}
   * plans: none for a negative choice, the plan at {@code choice} if that is
   * another plan, and otherwise (the plan itself, or beyond the plans) a plan
   * that is not there, "missing-{choice}".
   */
  static Optional<PlanId> parent(int index, int choice, int size) {
    if (choice < 0) {
      return Optional.empty();
    }
    if (choice < size && choice != index) {
      return Optional.of(planId(choice));
    }
    return Optional.of(PlanId.of("missing-" + choice));
  }

  /**
   * Makes a forest: plan {@code i} has the level {@code levels[i]}, the
   * parent chosen by {@code parentChoices[i]} (see {@link #parent}) and the
   * projects {@code projects[i]}. Parents may be missing or form cycles.
   */
  static List<Plan> forest(
      List<Integer> parentChoices, List<PlanLevel> levels, List<List<ProjectSpec>> projects) {
    int size = parentChoices.size();
    List<Plan> plans = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      plans.add(plan(i, levels.get(i), parent(i, parentChoices.get(i), size), projects(projects.get(i))));
    }
    return plans;
  }

  // ---- jqwik --------------------------------------------------------------------------------------

  /** Budgets with many zeros and tiny amounts, up to 1,000,000 baht; any progress; any funding shape. */
  static Arbitrary<ProjectSpec> projectSpecs() {
    Arbitrary<Long> satang =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(0L)),
            Tuple.of(1, Arbitraries.longs().between(1, 100)),
            Tuple.of(4, Arbitraries.longs().between(0, 100_000_000)));
    Arbitrary<ProjectSpec> specs =
        Combinators.combine(satang, Arbitraries.integers().between(0, 100), Arbitraries.of(FundingShape.class))
            .as(ProjectSpec::new);
    return onlyEdgeCases(
        specs,
        List.of(
            new ProjectSpec(0, 0, FundingShape.NONE),
            new ProjectSpec(0, 100, FundingShape.CODI),
            new ProjectSpec(1, 100, FundingShape.SPLIT),
            new ProjectSpec(100_000_000, 0, FundingShape.SPLIT)));
  }

  /** Lists of projects, from {@code min} to {@code max} long. */
  static Arbitrary<List<Project>> projectLists(int min, int max) {
    return projectSpecs().list().ofMinSize(min).ofMaxSize(max).map(PlanArbitraries::projects);
  }

  /**
   * Forests of up to {@link #MAX_PLANS} plans, each with up to {@link
   * #MAX_PROJECTS} projects; parents are drawn freely among no parent, the
   * other plans and a few missing ids, so dangling parents and cycles are common.
   */
  static Arbitrary<List<Plan>> forests() {
    Arbitrary<List<Plan>> forests =
        Arbitraries.integers()
            .between(0, MAX_PLANS)
            .flatMap(
                size ->
                    Combinators.combine(
                            Arbitraries.integers().between(-1, size + UNKNOWN_PARENTS - 1).list().ofSize(size),
                            Arbitraries.of(PlanLevel.class).list().ofSize(size),
                            projectSpecs().list().ofMaxSize(MAX_PROJECTS).list().ofSize(size))
                        .as(PlanArbitraries::forest));
    return onlyEdgeCases(forests, edgeForests());
  }

  /**
   * The forests tried first: none; one bare plan; a cycle of two listed
   * smallest id first; a cycle of three with a tail and a plan whose parent is
   * missing; a chain of {@link #MAX_PLANS} from the top down.
   */
  private static List<List<Plan>> edgeForests() {
    ProjectSpec paid = new ProjectSpec(100_000, 40, FundingShape.SPLIT);
    ProjectSpec free = new ProjectSpec(0, 100, FundingShape.NONE);
    List<Integer> chain = new ArrayList<>();
    List<List<ProjectSpec>> chainProjects = new ArrayList<>();
    for (int i = 0; i < MAX_PLANS; i++) {
      chain.add(i - 1);
      chainProjects.add(List.of(paid, free));
    }
    return List.of(
        List.of(),
        forest(List.of(-1), List.of(PlanLevel.NATIONAL), List.of(List.of())),
        forest(List.of(1, 0), List.of(PlanLevel.DISTRICT, PlanLevel.PROVINCE), List.of(List.of(paid), List.of(free))),
        forest(
            List.of(1, 2, 0, 1, 7),
            List.of(PlanLevel.COMMUNITY, PlanLevel.SUBDISTRICT, PlanLevel.DISTRICT, PlanLevel.COMMUNITY,
                PlanLevel.SUBDISTRICT),
            List.of(List.of(paid), List.of(free), List.of(paid, free), List.of(), List.of(paid))),
        forest(chain, Collections.nCopies(MAX_PLANS, PlanLevel.SUBDISTRICT), chainProjects));
  }

  /**
   * Replaces an arbitrary's edge cases by a few chosen values: jqwik's own
   * combinations of edge cases outnumber the tries and make it log.
   */
  @SuppressWarnings("unchecked") // Config.add(T...) with a generic T; the array never escapes
  private static <T> Arbitrary<T> onlyEdgeCases(Arbitrary<T> arbitrary, List<T> values) {
    return arbitrary.edgeCases(
        config -> {
          config.filter(value -> false);
          values.forEach(config::add);
        });
  }
}
