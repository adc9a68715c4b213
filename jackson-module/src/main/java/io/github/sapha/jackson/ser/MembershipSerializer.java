package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.council.Membership;

/**
 * Writes a {@link Membership}: {@code person}, {@code kind}, {@code community}, {@code term}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class MembershipSerializer extends SaphaSerializer<Membership> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public MembershipSerializer(boolean writeEmptyCollections) {
    super(Membership.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Membership value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Membership value, JsonOut out) {
    out.startObject();
    out.id(PERSON, value.person());
    out.enumValue(KIND, value.kind());
    out.optionalId(COMMUNITY, value.community());
    out.name(TERM);
    TermSerializer.write(value.term(), out);
    out.endObject();
  }
}
