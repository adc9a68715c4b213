package io.github.sapha.money;

/**
 * Thrown when text is not a well-formed {@link Baht} amount.
 *
 * <p>Money amounts are not personal data, so the message quotes the input.
 */
public final class BahtFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that could not be parsed, as given. */
  private final String input;

  BahtFormatException(CharSequence input, String reason) {
    super("Invalid baht amount \"" + input + "\": " + reason);
    this.input = input.toString();
  }

  /** {@return the text that could not be parsed, as given} */
  public String getInput() {
    return input;
  }
}
