package io.github.sapha.calendar;

import io.github.sapha.internal.ThaiText;

/** Input clean-up shared by the calendar parsers. */
final class CalendarText {
  private CalendarText() {}

  /**
   * Returns the text with Thai digits as ASCII digits and every run of white
   * space as one ASCII space, trimmed. No-break spaces and zero-width spaces
   * count as white space: both are common in Thai text pasted from documents,
   * where the zero-width space marks word boundaries.
   */
  static String normalize(CharSequence text) {
    String digits = ThaiText.toAsciiDigits(text);
    StringBuilder out = new StringBuilder(digits.length());
    boolean pendingSpace = false;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B') {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
