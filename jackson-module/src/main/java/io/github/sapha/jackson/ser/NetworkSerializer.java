package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.council.Network;

/**
 * Writes a {@link Network}: {@code id}, {@code level}, {@code nameTh}, {@code nameEn}, {@code area}, {@code councils}, {@code networks}, {@code posts}, {@code claimsFullCoverage} (always).
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class NetworkSerializer extends SaphaSerializer<Network> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public NetworkSerializer(boolean writeEmptyCollections) {
    super(Network.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Network value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Network value, JsonOut out) {
    out.startObject();
    out.id(ID, value.id());
    out.enumValue(LEVEL, value.level());
    out.string(NAME_TH, value.nameTh());
    out.string(NAME_EN, value.nameEn());
    if (value.area().isPresent()) {
      out.string(AREA, value.area().get().value());
    }
    out.ids(COUNCILS, value.councils());
    out.ids(NETWORKS, value.networks());
    out.array(POSTS, value.posts(), PostSerializer::write);
    out.bool(CLAIMS_FULL_COVERAGE, value.claimsFullCoverage());
    out.endObject();
  }
}
