package io.github.sapha.geography;

import io.github.sapha.internal.ThaiText;

/** Parsing shared by the three code types. */
final class Codes {
  private Codes() {}

  /** Returns the input as ASCII digits, or throws if it holds anything but 1 to 6 digits. */
  static String digits(CharSequence text, String what, String expected) {
    if (text.length() == 0 || text.length() > 6) {
      throw new AreaCodeFormatException(what, text, expected);
    }
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      int digit = ThaiText.digitValue(text.charAt(i));
      if (digit < 0) {
        throw new AreaCodeFormatException(what, text, expected);
      }
      out[i] = (char) ('0' + digit);
    }
    return new String(out);
  }

  /**
   * Returns the input as exactly {@code length} ASCII digits. No province code
   * starts with 0, and no district or sub-district number within its parent is 00.
   */
  static String checked(CharSequence text, int length, String what, String example) {
    String expected =
        length + " digits (ASCII 0-9 or Thai ๐-๙), e.g. \"" + example + "\""
            + (length == 2 ? ", not starting with 0" : ", with no 00 after the province digits");
    String digits = digits(text, what, expected);
    if (digits.length() != length) {
      String level = digits.length() == 2 ? "a province" : digits.length() == 4 ? "a district" : "a sub-district";
      boolean otherLevel = digits.length() % 2 == 0 && wellFormed(digits, digits.length());
      throw new AreaCodeFormatException(what, text, otherLevel ? "this is " + level + " code; " : "", expected);
    }
    if (!wellFormed(digits, length)) {
      throw new AreaCodeFormatException(what, text, expected);
    }
    return digits;
  }

  /** Checks the digits of a code of {@code length} 2, 4 or 6 against the rules of that level. */
  private static boolean wellFormed(String digits, int length) {
    return digits.charAt(0) != '0'
        && !(length > 2 && digits.endsWith("00"))
        && !(length > 4 && digits.startsWith("00", 2));
  }
}
