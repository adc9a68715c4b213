package io.github.sapha.geography;

import io.github.sapha.internal.ThaiText;

/**
 * The 7-digit code that the Department of Local Administration (DLA,
 * กรมส่งเสริมการปกครองท้องถิ่น) gives a local government (รหัสองค์กรปกครองส่วนท้องถิ่น).
 * The library keeps it as an identifier of that scheme and does not
 * interpret its digits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LocalGovernmentCode extends CodeValue implements Comparable<LocalGovernmentCode> {
  /** The issuing scheme of every local government code. */
  public static final String SCHEME = "DLA";

  private LocalGovernmentCode(String value) {
    super(value);
  }

  /**
   * Obtains a local government code from text.
   *
   * @param text seven ASCII or Thai digits, not null
   * @return the code, not null
   * @throws AreaCodeFormatException if the text is not seven digits
   */
  public static LocalGovernmentCode parse(CharSequence text) {
    String expected = "7 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"5570901\"";
    if (text.length() != 7) {
      throw new AreaCodeFormatException("local government code", text, expected);
    }
    char[] digits = new char[7];
    for (int i = 0; i < 7; i++) {
      int digit = ThaiText.digitValue(text.charAt(i));
      if (digit < 0) {
        throw new AreaCodeFormatException("local government code", text, expected);
      }
      digits[i] = (char) ('0' + digit);
    }
    return new LocalGovernmentCode(new String(digits));
  }

  @Override
  public int compareTo(LocalGovernmentCode other) {
    return value().compareTo(other.value());
  }
}
