package io.github.sapha.council;

import static java.util.Objects.requireNonNull;

/**
 * The identifier of an object within one registry document, such as
 * {@code "council-570908"} or {@code "person-12"}: 1 to 64 ASCII letters, digits,
 * {@code . _ : -}, starting with a letter or digit. References between objects
 * are by id.
 *
 * <p>Ids appear in messages and reports, so they must not hold personal data:
 * use a number or code, never a person's name or citizen id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Id implements Comparable<Id> {
  /** The most characters an id may have. */
  public static final int MAX_LENGTH = 64;

  private final String value;

  private Id(String value) {
    this.value = value;
  }

  /**
   * Obtains an id.
   *
   * @param value the id, such as "council-570908", not null
   * @return the id, not null
   * @throws IllegalArgumentException if the value is empty, too long or holds other characters
   */
  public static Id of(String value) {
    requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "Invalid id \"" + value + "\": expected 1 to " + MAX_LENGTH
              + " ASCII letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
    }
    return new Id(value);
  }

  /**
   * Checks if the text is a well-formed id.
   *
   * @param value the text, not null
   * @return true if {@link #of(String)} would accept it
   */
  public static boolean isValid(String value) {
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '.' && c != '_' && c != ':' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /** Gets the id as text. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(Id other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Id && ((Id) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Gets the id as text; {@link #of(String)} reads it back. */
  @Override
  public String toString() {
    return value;
  }
}
