package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.plan.Project;

/**
 * Writes a {@link Project}: {@code id}, {@code titleTh}, {@code titleEn}, {@code themes}, {@code budget}, {@code funding}, {@code target}, {@code status} and {@code progress} (always).
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class ProjectSerializer extends SaphaSerializer<Project> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public ProjectSerializer(boolean writeEmptyCollections) {
    super(Project.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Project value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Project value, JsonOut out) {
    out.startObject();
    out.id(ID, value.id());
    out.string(TITLE_TH, value.titleTh());
    out.string(TITLE_EN, value.titleEn());
    out.enums(THEMES, value.themes());
    out.string(BUDGET, value.budget().toString());
    out.array(FUNDING, value.funding(), FundingSerializer::write);
    if (value.target().isPresent()) {
      out.name(TARGET);
      TargetSerializer.write(value.target().get(), out);
    }
    out.enumValue(STATUS, value.status());
    out.number(PROGRESS, value.progress());
    out.endObject();
  }
}
