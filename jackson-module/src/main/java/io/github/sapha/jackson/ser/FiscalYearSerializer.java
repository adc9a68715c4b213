package io.github.sapha.jackson.ser;

import io.github.sapha.calendar.FiscalYear;

/**
 * Writes a {@link FiscalYear} as its B.E. number, such as {@code 2561}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class FiscalYearSerializer extends SaphaSerializer<FiscalYear> {

  /** Creates the serializer. */
  public FiscalYearSerializer() {
    super(FiscalYear.class, true);
  }

  @Override
  protected void writeValue(FiscalYear value, JsonOut out) {
    out.numberValue(value.beYear());
  }
}
