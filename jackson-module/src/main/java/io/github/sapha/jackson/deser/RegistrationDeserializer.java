package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.DATE;
import static io.github.sapha.jackson.internal.Fields.NUMBER;

import io.github.sapha.council.Registration;
import io.github.sapha.council.RegistrationNumber;
import java.time.LocalDate;

/**
 * Reads a council's {@link Registration}: {@code {"number": "...", "date": "2009-03-01"}}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class RegistrationDeserializer extends SaphaDeserializer<Registration> {
  static final Shape SHAPE = Shape.of("a registration", NUMBER, DATE).required(NUMBER, DATE);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public RegistrationDeserializer(ReadOptions options) {
    super(Registration.class, SHAPE.what(), options, false);
  }

  @Override
  protected Registration readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a registration at the current token.
   *
   * @param in the reading position, not null
   * @return the registration, not null
   */
  public static Registration read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    RegistrationNumber number = null;
    LocalDate date = null;
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case NUMBER -> number = Scalars.registrationNumber(in);
        case DATE -> date = Scalars.date(in);
        default -> throw new AssertionError(field);
      }
    }
    RegistrationNumber n = number;
    LocalDate d = date;
    return object.build(() -> new Registration(n, d));
  }
}
