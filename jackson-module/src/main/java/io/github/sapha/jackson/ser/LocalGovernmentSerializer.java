package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.LocalGovernment;
import io.github.sapha.geography.LocalGovernmentCode;

/**
 * Writes a {@link LocalGovernment}: {@code kind}, {@code code}, {@code nameTh}, {@code nameEn}, {@code area} (codes ordered).
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class LocalGovernmentSerializer extends SaphaSerializer<LocalGovernment> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public LocalGovernmentSerializer(boolean writeEmptyCollections) {
    super(LocalGovernment.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(LocalGovernment value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(LocalGovernment value, JsonOut out) {
    out.startObject();
    out.enumValue(KIND, value.kind());
    out.string(CODE, value.code().map(LocalGovernmentCode::value));
    out.string(NAME_TH, value.nameTh());
    out.string(NAME_EN, value.nameEn());
    out.array(AREA, value.area(), (AreaCode code, JsonOut o) -> o.stringValue(code.value()));
    out.endObject();
  }
}
