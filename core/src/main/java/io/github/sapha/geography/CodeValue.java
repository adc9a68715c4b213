package io.github.sapha.geography;

/**
 * The digits behind a code type: equality by type and digits, and the digits
 * as text. Package-private, so that each code type stays a small final class.
 */
abstract class CodeValue {
  private final String value;

  CodeValue(String value) {
    this.value = value;
  }

  /** {@return the code as ASCII digits} */
  public String value() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((CodeValue) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Gets the code as ASCII digits; the type's {@code parse} reads it back. */
  @Override
  public final String toString() {
    return value;
  }
}
