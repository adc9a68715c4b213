package io.github.sapha.geography;

/**
 * Thrown when gazetteer data (CSV) is malformed or its areas do not nest. The
 * message starts with the source and line, such as "districts.csv line 12: ".
 *
 * <p>Gazetteer data holds place names and codes only, never personal data.
 */
public final class GazetteerFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The name of the document at fault. */
  private final String source;
  /** The 1-based line at fault. */
  private final int line;

  GazetteerFormatException(String source, int line, String problem, Throwable cause) {
    super(source + " line " + line + ": " + problem, cause);
    this.source = source;
    this.line = line;
  }

  /** {@return the name of the document at fault, such as "districts.csv"} */
  public String getSource() {
    return source;
  }

  /** {@return the 1-based line number at fault (1 is the header)} */
  public int getLine() {
    return line;
  }
}
