package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.ALIGNS_WITH;
import static io.github.sapha.jackson.internal.Fields.AREA;
import static io.github.sapha.jackson.internal.Fields.BUDGET;
import static io.github.sapha.jackson.internal.Fields.COMMUNITY;
import static io.github.sapha.jackson.internal.Fields.DESIGNATIONS;
import static io.github.sapha.jackson.internal.Fields.GOALS;
import static io.github.sapha.jackson.internal.Fields.ID;
import static io.github.sapha.jackson.internal.Fields.INTEGRATION_AREA;
import static io.github.sapha.jackson.internal.Fields.LEVEL;
import static io.github.sapha.jackson.internal.Fields.LOCAL_GOVERNMENT;
import static io.github.sapha.jackson.internal.Fields.OWNER;
import static io.github.sapha.jackson.internal.Fields.PARENT;
import static io.github.sapha.jackson.internal.Fields.PERIOD;
import static io.github.sapha.jackson.internal.Fields.PROJECTS;
import static io.github.sapha.jackson.internal.Fields.STATUS;
import static io.github.sapha.jackson.internal.Fields.THEMES;
import static io.github.sapha.jackson.internal.Fields.TITLE_EN;
import static io.github.sapha.jackson.internal.Fields.TITLE_TH;

import io.github.sapha.plan.Plan;
import io.github.sapha.plan.PlanLevel;
import io.github.sapha.plan.PlanStatus;
import io.github.sapha.plan.Theme;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads a {@link Plan}: {@code id}, {@code titleTh}, optional {@code
 * titleEn}, {@code level}, {@code owner}, optional {@code community}, {@code
 * area} and {@code localGovernment}, {@code period}, {@code themes}, {@code
 * goals}, {@code status} (draft when left out), optional {@code budget} and
 * {@code parent}, {@code alignsWith}, {@code designations}, optional {@code
 * integrationArea}, and {@code projects}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class PlanDeserializer extends SaphaDeserializer<Plan> {
  static final Shape SHAPE =
      Shape.of(
              "a plan",
              ID,
              TITLE_TH,
              TITLE_EN,
              LEVEL,
              OWNER,
              COMMUNITY,
              AREA,
              LOCAL_GOVERNMENT,
              PERIOD,
              THEMES,
              GOALS,
              STATUS,
              BUDGET,
              PARENT,
              ALIGNS_WITH,
              DESIGNATIONS,
              INTEGRATION_AREA,
              PROJECTS)
          .required(ID, TITLE_TH, LEVEL, OWNER, PERIOD);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public PlanDeserializer(ReadOptions options) {
    super(Plan.class, SHAPE.what(), options, false);
  }

  @Override
  protected Plan readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a plan at the current token.
   *
   * @param in the reading position, not null
   * @return the plan, not null
   */
  public static Plan read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    Plan.Builder plan = Plan.builder();
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ID -> plan.id(Scalars.planId(in));
        case TITLE_TH -> plan.titleTh(Scalars.text(in));
        case TITLE_EN -> plan.titleEn(Scalars.text(in));
        case LEVEL -> plan.level(Scalars.enumValue(in, PlanLevel.class));
        case OWNER -> plan.owner(Scalars.bodyId(in));
        case COMMUNITY -> plan.community(Scalars.communityId(in));
        case AREA -> plan.area(Scalars.areaCode(in));
        case LOCAL_GOVERNMENT -> plan.localGovernment(Scalars.bodyId(in));
        case PERIOD -> plan.period(FiscalYearRangeDeserializer.read(in));
        case THEMES -> plan.addAllThemes(themes(in));
        case GOALS -> in.array(() -> plan.addGoal(Scalars.text(in)));
        case STATUS -> plan.status(Scalars.enumValue(in, PlanStatus.class));
        case BUDGET -> plan.budget(Scalars.baht(in));
        case PARENT -> plan.parent(Scalars.planId(in));
        case ALIGNS_WITH -> in.array(() -> plan.addAlignsWith(Scalars.planId(in)));
        case DESIGNATIONS -> in.array(() -> plan.addDesignation(Scalars.designationId(in)));
        case INTEGRATION_AREA -> plan.integrationArea(Scalars.subdistrict(in));
        case PROJECTS -> in.array(() -> plan.addProject(ProjectDeserializer.read(in)));
        default -> throw new AssertionError(field);
      }
    }
    return object.build(plan::build);
  }

  /** Reads an array of themes, refusing one given twice; they are written back in declaration order. */
  static Set<Theme> themes(JsonIn in) {
    Set<Theme> themes = EnumSet.noneOf(Theme.class);
    in.array(
        () -> {
          Theme theme = Scalars.enumValue(in, Theme.class);
          if (!themes.add(theme)) {
            throw in.error("duplicate theme " + JsonIn.quote(in.string()));
          }
        });
    return themes;
  }
}
