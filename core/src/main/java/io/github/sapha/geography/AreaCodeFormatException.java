package io.github.sapha.geography;

/**
 * Thrown when text is not a well-formed area code of the expected level.
 *
 * <p>Codes are public identifiers, never personal data, so the message quotes
 * the input.
 */
public final class AreaCodeFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that could not be parsed, as given. */
  private final String input;
  /** A description of the form that was expected. */
  private final String expectedForm;

  AreaCodeFormatException(String what, CharSequence input, String expectedForm) {
    this(what, input, "", expectedForm);
  }

  /** With what the input is instead, such as "this is a district code; ", before the expected form. */
  AreaCodeFormatException(String what, CharSequence input, String instead, String expectedForm) {
    super("Invalid " + what + " \"" + input + "\": " + instead + "expected " + expectedForm);
    this.input = input.toString();
    this.expectedForm = expectedForm;
  }

  /** {@return the text that could not be parsed, as given} */
  public String getInput() {
    return input;
  }

  /** {@return a description of the form that was expected, such as "6 digits"} */
  public String getExpectedForm() {
    return expectedForm;
  }
}
