package io.github.sapha.jackson;

import static java.util.Objects.requireNonNull;

import tools.jackson.core.JacksonException;

/**
 * Thrown when JSON input is not a valid Sapha document of format v1: malformed
 * JSON, a duplicate or unknown field, a missing required field, a value of
 * the wrong type or form, a value the model refuses, an unsupported {@code
 * schemaVersion}, content after the document, or input beyond a configured
 * limit. It is the one exception type for bad input read through {@link
 * SaphaJson}; through a mapper with the {@link SaphaModule}, for everything
 * inside a value, while Jackson reports what it checks before the first token
 * and after the last in its own exceptions (see {@link SaphaJson#mapper()}).
 *
 * <p>Each exception locates the problem twice: as a JSON Pointer (RFC 6901)
 * into the document, such as {@code /councils/3/area/subdistricts/0}, and as a
 * line and column. The message has the form
 *
 * <pre>
 * At /councils/3/area/subdistricts/0 (line 41, column 11): Invalid sub-district code "57090": ...
 * At the root (line 1, column 1): missing required field "asOf" in a registry
 * </pre>
 *
 * <p>The pointer names the value at fault; for a problem of a whole object
 * (a missing field, a rule of the model across fields) it names the object,
 * and the line and column are where the object starts. Columns count from 1
 * in bytes of UTF-8 when reading bytes or a stream, and in characters when
 * reading text, as Jackson counts them. In JSON Lines the pointer is within
 * the record and the line is the line of the input.
 *
 * <p>Messages quote the offending value, except personal data: nothing under
 * a person's {@code name} or {@code nameEn}, nor a {@code phone} or {@code
 * citizenId}, is ever shown, and such exceptions carry no cause that could
 * show it.
 */
public class SaphaJsonException extends JacksonException {
  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the value or object at fault, "" for the root. */
  private final String pointer;
  /** The 1-based line in the input, or -1 if unknown. */
  private final long line;
  /** The 1-based column in the input, or -1 if unknown. */
  private final int column;
  /** What is wrong, without the location. */
  private final String detail;

  /**
   * Creates an exception.
   *
   * @param detail what is wrong, without the location, such as {@code missing
   *     required field "asOf" in a registry}; must not contain personal data; not null
   * @param pointer the JSON Pointer of the value or object at fault, "" for the root; not null
   * @param line the line, from 1, or -1 if unknown; a long, since JSON Lines may have more than 2^31
   * @param column the column, from 1, or -1 if unknown
   * @param cause the underlying exception, null if none; never one whose message holds personal data
   */
  public SaphaJsonException(String detail, String pointer, long line, int column, Throwable cause) {
    super(null, format(requireNonNull(detail, "detail"), requireNonNull(pointer, "pointer"), line, column), null, cause);
    this.detail = detail;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  private static String format(String detail, String pointer, long line, int column) {
    StringBuilder out = new StringBuilder("At ");
    out.append(pointer.isEmpty() ? "the root" : pointer);
    if (line > 0) {
      out.append(" (line ").append(line);
      if (column > 0) {
        out.append(", column ").append(column);
      }
      out.append(')');
    }
    return out.append(": ").append(detail).toString();
  }

  /**
   * Gets the JSON Pointer (RFC 6901) of the value or object at fault, such as
   * {@code /councils/3/area}; the empty string for the document itself.
   *
   * @return the pointer, not null
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * Gets the line of the problem, counting from 1.
   *
   * @return the line, or -1 if unknown; {@link Integer#MAX_VALUE} for a line beyond it (of JSON
   *     Lines holding more than 2^31 lines), whose number {@link #getLineNumber()} gives
   */
  public int getLine() {
    return (int) Math.min(line, Integer.MAX_VALUE);
  }

  /**
   * Gets the line of the problem, counting from 1, however large.
   *
   * @return the line, or -1 if unknown
   */
  public long getLineNumber() {
    return line;
  }

  /**
   * Gets the column of the problem, counting from 1.
   *
   * @return the column, or -1 if unknown
   */
  public int getColumn() {
    return column;
  }

  /**
   * Gets what is wrong, without the location: the message after its
   * "At ... :" prefix.
   *
   * @return the detail, not null
   */
  public String getDetail() {
    return detail;
  }

  /**
   * Gets the message, of the form {@code At POINTER (line L, column C): DETAIL}.
   * Unlike other Jackson exceptions, nothing about the source is appended.
   */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }

  /** Gets the same text as {@link #getMessage()}. */
  @Override
  public String getLocalizedMessage() {
    return getOriginalMessage();
  }
}
