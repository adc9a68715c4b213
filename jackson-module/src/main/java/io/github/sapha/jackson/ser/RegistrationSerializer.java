package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.council.Registration;

/**
 * Writes a council's {@link Registration}: {@code number}, {@code date}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class RegistrationSerializer extends SaphaSerializer<Registration> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public RegistrationSerializer(boolean writeEmptyCollections) {
    super(Registration.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Registration value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Registration value, JsonOut out) {
    out.startObject();
    out.string(NUMBER, value.number().value());
    out.date(DATE, value.date());
    out.endObject();
  }
}
