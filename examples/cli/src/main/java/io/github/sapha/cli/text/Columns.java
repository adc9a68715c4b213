package io.github.sapha.cli.text;

/**
 * Pads text to a column width as a terminal shows it. Thai vowels above and
 * below the line and tone marks are combining characters that take no column
 * of their own, so {@code String.format("%-14s")} would misalign Thai names.
 */
public final class Columns {
  private Columns() {}

  /**
   * Gets the number of terminal columns the text takes: code points less the
   * zero-width combining marks.
   *
   * @param text the text, not null
   * @return the width in columns
   */
  public static int width(String text) {
    return (int)
        text.codePoints()
            .filter(
                cp -> {
                  int type = Character.getType(cp);
                  return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK;
                })
            .count();
  }

  /**
   * Pads the text with spaces on the right to the given width.
   *
   * @param text the text, not null
   * @param columns the width wanted
   * @return the text, padded; unchanged if already as wide or wider
   */
  public static String padRight(String text, int columns) {
    int pad = columns - width(text);
    return pad <= 0 ? text : text + " ".repeat(pad);
  }
}
