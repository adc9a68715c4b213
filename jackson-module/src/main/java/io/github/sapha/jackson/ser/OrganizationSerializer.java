package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.council.Organization;

/**
 * Writes an {@link Organization}: {@code id}, {@code kind}, {@code nameTh}, {@code nameEn}, {@code parent}, {@code localGovernment}, {@code area}, {@code posts}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class OrganizationSerializer extends SaphaSerializer<Organization> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public OrganizationSerializer(boolean writeEmptyCollections) {
    super(Organization.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Organization value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Organization value, JsonOut out) {
    out.startObject();
    out.id(ID, value.id());
    out.enumValue(KIND, value.kind());
    out.string(NAME_TH, value.nameTh());
    out.string(NAME_EN, value.nameEn());
    out.optionalId(PARENT, value.parent());
    if (value.localGovernment().isPresent()) {
      out.name(LOCAL_GOVERNMENT);
      LocalGovernmentSerializer.write(value.localGovernment().get(), out);
    }
    if (value.area().isPresent()) {
      out.string(AREA, value.area().get().value());
    }
    out.array(POSTS, value.posts(), PostSerializer::write);
    out.endObject();
  }
}
