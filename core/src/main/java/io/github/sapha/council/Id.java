package io.github.sapha.council;

import static java.util.Objects.requireNonNull;

/**
 * The identifier of an object within one registry document, such as {@code
 * "council-570908"} or {@code "person-12"}: 1 to 64 ASCII letters, digits,
 * {@code . _ : -}, starting with a letter or digit. References between objects
 * are by id.
 *
 * <p>Each namespace of ids has its own type, so that a reference of one kind
 * cannot be passed where another is expected: {@link PersonId} for people,
 * {@link CommunityId} for a council's communities, {@link BodyId} for
 * councils, networks and organisations (one namespace: they are all bodies),
 * {@link MeetingId} for meetings, {@link PlanId} for plans, {@link
 * ProjectId} for the projects of a plan and {@link DesignationId} for
 * designations (special economic zones, programmes, disaster areas). This type serves code that handles
 * any id, such as messages and reports. Ids of different types are never
 * equal, even with the same text.
 *
 * <p>Ids appear in messages and reports, so they must not hold personal data:
 * use a number or code, never a person's name or citizen id.
 *
 * <p>This class and its subclasses are immutable and thread-safe.
 */
public abstract sealed class Id implements Comparable<Id>
    permits PersonId, CommunityId, BodyId, MeetingId, PlanId, ProjectId, DesignationId {
  /** The most characters an id may have. */
  public static final int MAX_LENGTH = 64;

  private final String value;

  Id(String value) {
    this.value = value;
  }

  /** Returns the value if it is a well-formed id, else throws the message that every id type shares. */
  static String checked(String value) {
    requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "Invalid id \"" + value + "\": expected 1 to " + MAX_LENGTH
              + " ASCII letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
    }
    return value;
  }

  /**
   * Checks if the text is a well-formed id, as every id type's {@code of} requires.
   *
   * @param value the text, not null
   * @return true if the text is a well-formed id
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

  /**
   * Gets the id as text.
   *
   * @return the text, such as "council-570908", not null
   */
  public final String value() {
    return value;
  }

  /**
   * Orders ids by their text; ids of different types with the same text
   * (which are not equal) by the name of their type.
   *
   * @param other the id to compare with, not null
   * @return negative, zero or positive as this id orders before, with or after the other
   */
  @Override
  public final int compareTo(Id other) {
    int byValue = value.compareTo(other.value);
    return byValue != 0 ? byValue : getClass().getName().compareTo(other.getClass().getName());
  }

  /**
   * Checks if the other object is an id of the same type with the same text.
   *
   * @param other the object to compare with, may be null
   * @return true if it is an equal id
   */
  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((Id) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Gets the id as text; the type's {@code of} reads it back. */
  @Override
  public final String toString() {
    return value;
  }
}
