package io.github.sapha.calendar;

/**
 * Thrown when text is not a well-formed {@link FiscalYear} or {@link
 * FiscalYearRange}.
 *
 * <p>Fiscal years are public, never personal data, so the message quotes the
 * input.
 */
public final class FiscalYearFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that could not be parsed, as given. */
  private final String input;

  FiscalYearFormatException(String what, CharSequence input, String reason) {
    super("Invalid " + what + " \"" + input + "\": " + reason);
    this.input = input.toString();
  }

  /** {@return the text that could not be parsed, as given} */
  public String getInput() {
    return input;
  }
}
