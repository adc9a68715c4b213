package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.plan.Plan;

/**
 * Writes a {@link Plan}: {@code id}, {@code titleTh}, {@code titleEn}, {@code level}, {@code owner}, {@code community}, {@code area}, {@code localGovernment}, {@code period}, {@code themes}, {@code goals}, {@code status} (always), {@code budget}, {@code parent}, {@code alignsWith}, {@code designations} (only when not empty), {@code integrationArea}, {@code projects}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class PlanSerializer extends SaphaSerializer<Plan> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public PlanSerializer(boolean writeEmptyCollections) {
    super(Plan.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Plan value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Plan value, JsonOut out) {
    out.startObject();
    out.id(ID, value.id());
    out.string(TITLE_TH, value.titleTh());
    out.string(TITLE_EN, value.titleEn());
    out.enumValue(LEVEL, value.level());
    out.id(OWNER, value.owner());
    out.optionalId(COMMUNITY, value.community());
    if (value.area().isPresent()) {
      out.string(AREA, value.area().get().value());
    }
    out.optionalId(LOCAL_GOVERNMENT, value.localGovernment());
    out.name(PERIOD);
    FiscalYearRangeSerializer.write(value.period(), out);
    out.enums(THEMES, value.themes());
    out.strings(GOALS, value.goals());
    out.enumValue(STATUS, value.status());
    if (value.budget().isPresent()) {
      out.string(BUDGET, value.budget().get().toString());
    }
    out.optionalId(PARENT, value.parent());
    out.ids(ALIGNS_WITH, value.alignsWith());
    out.idsIfAny(DESIGNATIONS, value.designations());
    if (value.integrationArea().isPresent()) {
      out.string(INTEGRATION_AREA, value.integrationArea().get().value());
    }
    out.array(PROJECTS, value.projects(), ProjectSerializer::write);
    out.endObject();
  }
}
