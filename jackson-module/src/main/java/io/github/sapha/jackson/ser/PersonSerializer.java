package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.council.Person;

/**
 * Writes a {@link Person}: {@code id}, {@code name}, {@code nameEn}, {@code phone}, {@code citizenId}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class PersonSerializer extends SaphaSerializer<Person> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public PersonSerializer(boolean writeEmptyCollections) {
    super(Person.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Person value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Person value, JsonOut out) {
    out.startObject();
    out.id(ID, value.id());
    out.name(NAME);
    PersonNameSerializer.write(value.name(), out);
    if (value.nameEn().isPresent()) {
      out.name(NAME_EN);
      PersonNameSerializer.write(value.nameEn().get(), out);
    }
    if (value.phone().isPresent()) {
      out.string(PHONE, value.phone().get().value());
    }
    if (value.citizenId().isPresent()) {
      out.string(CITIZEN_ID, value.citizenId().get().value());
    }
    out.endObject();
  }
}
