package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.END;
import static io.github.sapha.jackson.internal.Fields.START;

import io.github.sapha.council.Term;
import java.time.LocalDate;

/**
 * Reads a {@link Term}: {@code {"start": "2016-01-01", "end": "2019-12-31"}},
 * {@code end} optional for an open term.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class TermDeserializer extends SaphaDeserializer<Term> {
  static final Shape SHAPE = Shape.of("a term", START, END).required(START);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public TermDeserializer(ReadOptions options) {
    super(Term.class, SHAPE.what(), options, false);
  }

  @Override
  protected Term readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a term at the current token.
   *
   * @param in the reading position, not null
   * @return the term, not null
   */
  public static Term read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    LocalDate start = null;
    LocalDate end = null;
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case START -> start = Scalars.date(in);
        case END -> end = Scalars.date(in);
        default -> throw new AssertionError(field);
      }
    }
    LocalDate first = start;
    LocalDate last = end;
    return object.build(() -> last == null ? Term.from(first) : Term.of(first, last));
  }
}
