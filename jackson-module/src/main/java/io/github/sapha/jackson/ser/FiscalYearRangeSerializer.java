package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.calendar.FiscalYearRange;

/**
 * Writes a plan period, a {@link FiscalYearRange}: {@code first}, {@code last}, as B.E. numbers.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class FiscalYearRangeSerializer extends SaphaSerializer<FiscalYearRange> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public FiscalYearRangeSerializer(boolean writeEmptyCollections) {
    super(FiscalYearRange.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(FiscalYearRange value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(FiscalYearRange value, JsonOut out) {
    out.startObject();
    out.number(FIRST, value.first().beYear());
    out.number(LAST, value.last().beYear());
    out.endObject();
  }
}
