package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.FAMILY;
import static io.github.sapha.jackson.internal.Fields.GIVEN;
import static io.github.sapha.jackson.internal.Fields.TITLE;

import io.github.sapha.council.PersonName;

/**
 * Reads a {@link PersonName}: optional {@code title}, {@code given}, optional
 * {@code family}. Everything in it is personal data: no message quotes it.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class PersonNameDeserializer extends SaphaDeserializer<PersonName> {
  static final Shape SHAPE = Shape.of("a person name", TITLE, GIVEN, FAMILY).required(GIVEN).allPersonal();

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public PersonNameDeserializer(ReadOptions options) {
    super(PersonName.class, SHAPE.what(), options, true);
  }

  @Override
  protected PersonName readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a person's name at the current token.
   *
   * @param in the reading position, not null
   * @return the name, not null
   */
  public static PersonName read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    PersonName.Builder name = PersonName.builder();
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case TITLE -> name.title(Scalars.text(in));
        case GIVEN -> name.given(Scalars.text(in));
        case FAMILY -> name.family(Scalars.text(in));
        default -> throw new AssertionError(field);
      }
    }
    return object.build(name::build);
  }
}
