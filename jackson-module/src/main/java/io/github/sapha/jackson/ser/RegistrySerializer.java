package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.registry.Registry;

/**
 * Writes a whole {@link Registry}, format v1: {@code schemaVersion} (1), {@code asOf}, {@code councils}, {@code networks}, {@code organizations}, {@code people}, {@code meetings}, {@code plans}, and {@code designations} only when there are any.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class RegistrySerializer extends SaphaSerializer<Registry> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public RegistrySerializer(boolean writeEmptyCollections) {
    super(Registry.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Registry value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Registry value, JsonOut out) {
    out.startObject();
    out.number(SCHEMA_VERSION, SCHEMA_VERSION_1);
    out.date(AS_OF, value.asOf());
    out.array(COUNCILS, value.councils(), CouncilSerializer::write);
    out.array(NETWORKS, value.networks(), NetworkSerializer::write);
    out.array(ORGANIZATIONS, value.organizations(), OrganizationSerializer::write);
    out.array(PEOPLE, value.people(), PersonSerializer::write);
    out.array(MEETINGS, value.meetings(), MeetingSerializer::write);
    out.array(PLANS, value.plans(), PlanSerializer::write);
    out.arrayIfAny(DESIGNATIONS, value.designations(), DesignationSerializer::write);
    out.endObject();
  }
}
