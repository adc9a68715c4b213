package io.github.sapha.testing;

import io.github.sapha.internal.ThaiText;

/** Test support: writes ASCII digits as Thai digits, the inverse of ThaiText.toAsciiDigits. */
public final class ThaiDigits {
  private ThaiDigits() {}

  /** Returns {@code text} with every ASCII digit replaced by the Thai digit of the same value. */
  public static String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) (ThaiText.THAI_ZERO + (c - '0')) : c);
    }
    return out.toString();
  }
}
