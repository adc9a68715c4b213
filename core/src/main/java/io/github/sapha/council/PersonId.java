package io.github.sapha.council;

/**
 * The id of a {@link Person}, unique among the people of a registry, such as
 * {@code "person-12"}: the reference of memberships, posts and meeting
 * participants. Never a name or citizen id: ids appear in messages.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PersonId extends Id {
  private PersonId(String value) {
    super(value);
  }

  /**
   * Obtains a person's id.
   *
   * @param value the id, such as "person-12", not null
   * @return the id, not null
   * @throws IllegalArgumentException if the value is not a well-formed {@link Id}
   */
  public static PersonId of(String value) {
    return new PersonId(checked(value));
  }
}
