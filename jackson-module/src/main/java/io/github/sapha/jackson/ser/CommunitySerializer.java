package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.council.Community;

/**
 * Writes a {@link Community}: {@code id}, {@code nameTh}, {@code nameEn}, {@code kind}, {@code village}, {@code registered}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class CommunitySerializer extends SaphaSerializer<Community> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public CommunitySerializer(boolean writeEmptyCollections) {
    super(Community.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Community value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Community value, JsonOut out) {
    out.startObject();
    out.id(ID, value.id());
    out.string(NAME_TH, value.nameTh());
    out.string(NAME_EN, value.nameEn());
    out.enumValue(KIND, value.kind());
    if (value.village().isPresent()) {
      out.number(VILLAGE, value.village().getAsInt());
    }
    out.optionalDate(REGISTERED, value.registered());
    out.endObject();
  }
}
