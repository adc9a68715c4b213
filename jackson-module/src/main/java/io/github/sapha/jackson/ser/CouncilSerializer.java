package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.council.Council;

/**
 * Writes a {@link Council}: {@code id}, {@code nameTh}, {@code nameEn}, {@code area}, {@code registration}, {@code dissolved}, {@code communities}, {@code members}, {@code posts}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class CouncilSerializer extends SaphaSerializer<Council> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public CouncilSerializer(boolean writeEmptyCollections) {
    super(Council.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Council value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Council value, JsonOut out) {
    out.startObject();
    out.id(ID, value.id());
    out.string(NAME_TH, value.nameTh());
    out.string(NAME_EN, value.nameEn());
    out.name(AREA);
    CouncilAreaSerializer.write(value.area(), out);
    if (value.registration().isPresent()) {
      out.name(REGISTRATION);
      RegistrationSerializer.write(value.registration().get(), out);
    }
    out.optionalDate(DISSOLVED, value.dissolved());
    out.array(COMMUNITIES, value.communities(), CommunitySerializer::write);
    out.array(MEMBERS, value.members(), MembershipSerializer::write);
    out.array(POSTS, value.posts(), PostSerializer::write);
    out.endObject();
  }
}
