package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.CITIZEN_ID;
import static io.github.sapha.jackson.internal.Fields.ID;
import static io.github.sapha.jackson.internal.Fields.NAME;
import static io.github.sapha.jackson.internal.Fields.NAME_EN;
import static io.github.sapha.jackson.internal.Fields.PHONE;

import io.github.sapha.council.Person;

/**
 * Reads a {@link Person}: {@code id}, {@code name}, optional {@code nameEn},
 * {@code phone} and {@code citizenId}. All but the id is personal data, and
 * broken input may put any of it anywhere in a person (a person written as
 * a string, a name in the id): nothing found in a person's place is quoted,
 * only well-formed ids and the format's field names are shown.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class PersonDeserializer extends SaphaDeserializer<Person> {
  static final Shape SHAPE =
      Shape.of("a person", ID, NAME, NAME_EN, PHONE, CITIZEN_ID)
          .required(ID, NAME)
          .personal(NAME, NAME_EN, PHONE, CITIZEN_ID);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public PersonDeserializer(ReadOptions options) {
    super(Person.class, SHAPE.what(), options, true);
  }

  @Override
  protected Person readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a person at the current token.
   *
   * @param in the reading position, not null
   * @return the person, not null
   */
  public static Person read(JsonIn in) {
    return in.personal(() -> readPerson(in));
  }

  private static Person readPerson(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    Person.Builder person = Person.builder();
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ID -> person.id(Scalars.personId(in));
        case NAME -> person.name(PersonNameDeserializer.read(in));
        case NAME_EN -> person.nameEn(PersonNameDeserializer.read(in));
        case PHONE -> person.phone(Scalars.phone(in));
        case CITIZEN_ID -> person.citizenId(Scalars.citizenId(in));
        default -> throw new AssertionError(field);
      }
    }
    return object.build(person::build);
  }
}
