package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.council.Term;

/**
 * Writes a {@link Term}: {@code start}, then {@code end} if the term is closed.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class TermSerializer extends SaphaSerializer<Term> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public TermSerializer(boolean writeEmptyCollections) {
    super(Term.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Term value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Term value, JsonOut out) {
    out.startObject();
    out.date(START, value.start());
    out.optionalDate(END, value.end());
    out.endObject();
  }
}
