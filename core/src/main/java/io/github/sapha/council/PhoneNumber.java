package io.github.sapha.council;

import io.github.sapha.internal.ThaiText;

/**
 * A telephone number, kept as its digits with an optional leading {@code +}.
 *
 * <p>Personal data: {@link #toString()} and every message hide it; only
 * {@link #value()} gives it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PhoneNumber {
  private final String value;

  private PhoneNumber(String value) {
    this.value = value;
  }

  /**
   * Obtains a phone number from text such as "053-731-234", "+66 81 234 5678"
   * or Thai digits; spaces, hyphens, dots and parentheses are dropped.
   *
   * @param text the number, not null
   * @return the number, not null
   * @throws IllegalArgumentException if the text is not 8 to 15 digits after an optional '+';
   *     the message does not repeat it
   */
  public static PhoneNumber parse(CharSequence text) {
    StringBuilder out = new StringBuilder();
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int digit = ThaiText.digitValue(c);
      if (digit >= 0) {
        out.append((char) ('0' + digit));
        digits++;
      } else if (c == '+' && out.length() == 0) {
        out.append(c);
      } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
        throw invalid();
      }
    }
    if (digits < 8 || digits > 15) {
      throw invalid();
    }
    return new PhoneNumber(out.toString());
  }

  private static IllegalArgumentException invalid() {
    return new IllegalArgumentException(
        "Invalid phone number: expected 8 to 15 digits after an optional '+'"
            + " (the value is personal data and is not shown)");
  }

  /** {@return the digits with an optional leading '+'} This is personal data: do not log it. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PhoneNumber && ((PhoneNumber) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Gets "PhoneNumber[***]": the number is personal data. */
  @Override
  public String toString() {
    return "PhoneNumber[" + Redacted.MARK + "]";
  }
}
