package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.council.CouncilArea;
import io.github.sapha.geography.SubdistrictCode;

/**
 * Writes a {@link CouncilArea}: {@code subdistricts} (ordered by code), {@code localGovernment}, {@code name}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class CouncilAreaSerializer extends SaphaSerializer<CouncilArea> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public CouncilAreaSerializer(boolean writeEmptyCollections) {
    super(CouncilArea.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(CouncilArea value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(CouncilArea value, JsonOut out) {
    out.startObject();
    out.array(SUBDISTRICTS, value.subdistricts(), (SubdistrictCode code, JsonOut o) -> o.stringValue(code.value()));
    out.optionalId(LOCAL_GOVERNMENT, value.localGovernment());
    out.string(NAME, value.name());
    out.endObject();
  }
}
