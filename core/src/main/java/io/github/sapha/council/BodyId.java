package io.github.sapha.council;

/**
 * The id of a body: a {@link Council}, a {@link Network} or an {@link
 * Organization}, such as {@code "council-570908"} or {@code "codi-north"}.
 * The three share one namespace within a registry, so a reference to a body
 * (a plan's owner, a meeting's organisers, a local government) is unambiguous.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BodyId extends Id {
  private BodyId(String value) {
    super(value);
  }

  /**
   * Obtains a body's id.
   *
   * @param value the id, such as "council-570908", not null
   * @return the id, not null
   * @throws IllegalArgumentException if the value is not a well-formed {@link Id}
   */
  public static BodyId of(String value) {
    return new BodyId(checked(value));
  }
}
