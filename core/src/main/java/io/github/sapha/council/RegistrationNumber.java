package io.github.sapha.council;

import static java.util.Objects.requireNonNull;

import io.github.sapha.internal.Checks;

/**
 * A registration number given by CODI (สถาบันพัฒนาองค์กรชุมชน) when a council
 * or community registers (จดแจ้ง). The number is opaque: its scheme is CODI's,
 * so any non-blank text without surrounding white space is kept as given.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegistrationNumber {
  /** The issuing scheme of every registration number: CODI. */
  public static final String SCHEME = "CODI";

  private final String value;

  private RegistrationNumber(String value) {
    this.value = value;
  }

  /**
   * Obtains a registration number.
   *
   * @param value the number as CODI wrote it, not blank
   * @return the number, not null
   * @throws IllegalArgumentException if the value is blank or padded with white space
   */
  public static RegistrationNumber of(String value) {
    requireNonNull(value, "value");
    Checks.text("registration number", "value", value);
    return new RegistrationNumber(value);
  }

  /** {@return the number as given} */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegistrationNumber && ((RegistrationNumber) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Gets the number as given; {@link #of(String)} reads it back. */
  @Override
  public String toString() {
    return value;
  }
}
