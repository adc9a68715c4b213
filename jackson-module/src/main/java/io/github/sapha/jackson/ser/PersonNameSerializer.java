package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.council.PersonName;

/**
 * Writes a {@link PersonName}: {@code title}, {@code given}, {@code family}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class PersonNameSerializer extends SaphaSerializer<PersonName> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public PersonNameSerializer(boolean writeEmptyCollections) {
    super(PersonName.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(PersonName value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(PersonName value, JsonOut out) {
    out.startObject();
    out.string(TITLE, value.title());
    out.string(GIVEN, value.given());
    out.string(FAMILY, value.family());
    out.endObject();
  }
}
