package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.designation.Designation;

/**
 * Writes a {@link Designation}: {@code id}, {@code nameTh}, {@code nameEn}, {@code kind}, {@code areas}, {@code
 * validFrom}, {@code validTo}, {@code sources}, {@code certainty} (always), {@code note}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class DesignationSerializer extends SaphaSerializer<Designation> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public DesignationSerializer(boolean writeEmptyCollections) {
    super(Designation.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Designation value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Designation value, JsonOut out) {
    out.startObject();
    out.id(ID, value.id());
    out.string(NAME_TH, value.nameTh());
    out.string(NAME_EN, value.nameEn());
    out.enumValue(KIND, value.kind());
    out.array(AREAS, value.areas(), (code, o) -> o.stringValue(code.value()));
    out.date(VALID_FROM, value.validFrom());
    out.optionalDate(VALID_TO, value.validTo());
    out.array(SOURCES, value.sources(), SourceLinkSerializer::write);
    out.enumValue(CERTAINTY, value.certainty());
    out.string(NOTE, value.note());
    out.endObject();
  }
}
