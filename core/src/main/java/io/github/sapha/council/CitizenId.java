package io.github.sapha.council;

import io.github.sapha.internal.ThaiText;

/**
 * A Thai 13-digit citizen identification number (เลขประจำตัวประชาชน).
 *
 * <p>Personal data: {@link #toString()} and every message hide the digits;
 * only {@link #value()} gives them. A wrong check digit is not a structural
 * fault (people mistype, and the number is still theirs): {@link
 * #hasValidCheckDigit()} tells, and the validator reports it as {@code
 * person.citizen-id-check-digit}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CitizenId {
  private final String digits;

  private CitizenId(String digits) {
    this.digits = digits;
  }

  /**
   * Obtains a citizen id from 13 ASCII or Thai digits, optionally grouped by
   * hyphens or spaces as printed on the card ("1-2345-67890-12-1").
   *
   * @param text the number, not null
   * @return the id, not null
   * @throws IllegalArgumentException if the text is not 13 digits; the message does not repeat it
   */
  public static CitizenId parse(CharSequence text) {
    StringBuilder digits = new StringBuilder(13);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int digit = ThaiText.digitValue(c);
      if (digit >= 0) {
        digits.append((char) ('0' + digit));
      } else if (c != '-' && c != ' ') {
        throw invalid();
      }
    }
    if (digits.length() != 13) {
      throw invalid();
    }
    return new CitizenId(digits.toString());
  }

  private static IllegalArgumentException invalid() {
    return new IllegalArgumentException(
        "Invalid citizen id: expected 13 digits, optionally grouped by '-' or spaces"
            + " (the value is personal data and is not shown)");
  }

  /** {@return the 13 ASCII digits} This is personal data: do not log it. */
  public String value() {
    return digits;
  }

  /**
   * Checks if the last digit is the check digit of the first twelve: each of
   * them weighted 13 down to 2, summed, and {@code (11 - sum % 11) % 10}.
   *
   * @return true if the check digit is right
   */
  public boolean hasValidCheckDigit() {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (digits.charAt(i) - '0') * (13 - i);
    }
    return (11 - sum % 11) % 10 == digits.charAt(12) - '0';
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CitizenId && ((CitizenId) other).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Gets "CitizenId[***]": the digits are personal data. */
  @Override
  public String toString() {
    return "CitizenId[" + Redacted.MARK + "]";
  }
}
