package io.github.sapha.calendar;

/**
 * Thrown when text is not a Thai date that {@link ThaiDates#parse} accepts,
 * either because it has none of the accepted forms or because the date it
 * names does not exist, such as 31 April.
 *
 * <p>Dates are not personal data, so the message quotes the input.
 */
public final class ThaiDateParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that could not be parsed, as given. */
  private final String input;

  ThaiDateParseException(CharSequence input, String reason) {
    super("Invalid Thai date \"" + input + "\": " + reason);
    this.input = input.toString();
  }

  /** {@return the text that could not be parsed, as given} */
  public String getInput() {
    return input;
  }
}
