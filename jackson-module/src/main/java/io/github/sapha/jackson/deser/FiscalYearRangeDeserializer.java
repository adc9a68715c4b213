package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.FIRST;
import static io.github.sapha.jackson.internal.Fields.LAST;

import io.github.sapha.calendar.FiscalYear;
import io.github.sapha.calendar.FiscalYearRange;

/**
 * Reads a plan period, a {@link FiscalYearRange}: {@code {"first": 2561,
 * "last": 2564}}, fiscal years as B.E. numbers.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class FiscalYearRangeDeserializer extends SaphaDeserializer<FiscalYearRange> {
  static final Shape SHAPE = Shape.of("a period", FIRST, LAST).required(FIRST, LAST);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public FiscalYearRangeDeserializer(ReadOptions options) {
    super(FiscalYearRange.class, SHAPE.what(), options, false);
  }

  @Override
  protected FiscalYearRange readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a period at the current token.
   *
   * @param in the reading position, not null
   * @return the period, not null
   */
  public static FiscalYearRange read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    FiscalYear first = null;
    FiscalYear last = null;
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case FIRST -> first = Scalars.fiscalYear(in);
        case LAST -> last = Scalars.fiscalYear(in);
        default -> throw new AssertionError(field);
      }
    }
    FiscalYear f = first;
    FiscalYear l = last;
    return object.build(() -> FiscalYearRange.of(f, l));
  }
}
