package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.plan.Funding;

/**
 * Writes a project's {@link Funding} line: {@code source}, {@code amount}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class FundingSerializer extends SaphaSerializer<Funding> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public FundingSerializer(boolean writeEmptyCollections) {
    super(Funding.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Funding value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Funding value, JsonOut out) {
    out.startObject();
    out.enumValue(SOURCE, value.source());
    out.string(AMOUNT, value.amount().toString());
    out.endObject();
  }
}
