package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.BUDGET;
import static io.github.sapha.jackson.internal.Fields.FUNDING;
import static io.github.sapha.jackson.internal.Fields.ID;
import static io.github.sapha.jackson.internal.Fields.PROGRESS;
import static io.github.sapha.jackson.internal.Fields.STATUS;
import static io.github.sapha.jackson.internal.Fields.TARGET;
import static io.github.sapha.jackson.internal.Fields.THEMES;
import static io.github.sapha.jackson.internal.Fields.TITLE_EN;
import static io.github.sapha.jackson.internal.Fields.TITLE_TH;

import io.github.sapha.plan.Project;
import io.github.sapha.plan.ProjectStatus;

/**
 * Reads a {@link Project}: {@code id}, {@code titleTh}, optional {@code
 * titleEn}, {@code themes}, {@code budget}, {@code funding}, optional {@code
 * target}, {@code status} (planned when left out) and {@code progress} (0
 * when left out).
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class ProjectDeserializer extends SaphaDeserializer<Project> {
  static final Shape SHAPE =
      Shape.of("a project", ID, TITLE_TH, TITLE_EN, THEMES, BUDGET, FUNDING, TARGET, STATUS, PROGRESS)
          .required(ID, TITLE_TH, BUDGET);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public ProjectDeserializer(ReadOptions options) {
    super(Project.class, SHAPE.what(), options, false);
  }

  @Override
  protected Project readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a project at the current token.
   *
   * @param in the reading position, not null
   * @return the project, not null
   */
  public static Project read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    Project.Builder project = Project.builder();
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ID -> project.id(Scalars.projectId(in));
        case TITLE_TH -> project.titleTh(Scalars.text(in));
        case TITLE_EN -> project.titleEn(Scalars.text(in));
        case THEMES -> project.addAllThemes(PlanDeserializer.themes(in));
        case BUDGET -> project.budget(Scalars.baht(in));
        case FUNDING -> in.array(() -> project.addFunding(FundingDeserializer.read(in)));
        case TARGET -> project.target(TargetDeserializer.read(in));
        case STATUS -> project.status(Scalars.enumValue(in, ProjectStatus.class));
        case PROGRESS -> project.progress(Scalars.integer(in));
        default -> throw new AssertionError(field);
      }
    }
    return object.build(project::build);
  }
}
