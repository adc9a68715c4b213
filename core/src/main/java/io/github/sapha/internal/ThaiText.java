package io.github.sapha.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text helpers for Thai input: Thai digits, name normalisation and edit
 * distance. Internal: not exported from the module.
 */
public final class ThaiText {

  /** Thai digit zero (๐, U+0E50); the Thai digits are contiguous up to ๙ (U+0E59). */
  public static final char THAI_ZERO = '\u0E50';

  private ThaiText() {}

  /** Checks whether {@code c} is one of the Thai digits ๐–๙. */
  public static boolean isThaiDigit(char c) {
    return c >= THAI_ZERO && c <= THAI_ZERO + 9;
  }

  /** Checks whether {@code c} is an ASCII digit or a Thai digit. */
  public static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || isThaiDigit(c);
  }

  /**
   * Returns the value 0–9 of an ASCII or Thai digit, or -1 for any other
   * character. The value is the JDK's ({@link Character#digit(char, int)});
   * other scripts' digits, which it also reads, are not Thai input.
   */
  public static int digitValue(char c) {
    return isDigit(c) ? Character.digit(c, 10) : -1;
  }

  /** Returns {@code text} with every Thai digit replaced by its ASCII digit. */
  public static String toAsciiDigits(CharSequence text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isThaiDigit(c)) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
      }
    }
    return out == null ? text.toString() : out.toString();
  }

  /**
   * Returns the form of a place name used for matching: Unicode NFC, Thai
   * digits as ASCII, lower case, and without white space, dots or hyphens, so
   * that "Mae  Sai", "mae-sai" and "MaeSai" match.
   */
  public static String normalizeName(String name) {
    String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '.' || c == '-'
          || c == '\u200B') {
        continue;
      }
      out.append(isThaiDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the optimal-string-alignment distance between two strings: the
   * number of single-character insertions, deletions, substitutions and
   * swaps of neighbours that turn one into the other. Thai is written
   * without spaces and with combining vowels and tone marks as separate
   * characters, so a misplaced or wrong tone mark ("หเวยไคร้" for
   * "ห้วยไคร้") costs one edit.
   */
  public static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    if (n == 0) {
      return m;
    }
    if (m == 0) {
      return n;
    }
    int[] twoBack = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          best = Math.min(best, twoBack[j - 2] + 1);
        }
        current[j] = best;
      }
      int[] recycled = twoBack;
      twoBack = previous;
      previous = current;
      current = recycled;
    }
    return previous[m];
  }
}
