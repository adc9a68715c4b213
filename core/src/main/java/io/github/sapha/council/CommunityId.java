package io.github.sapha.council;

/**
 * The id of a {@link Community}, unique among the communities of its council,
 * such as {@code "c-570908-3"}: the reference of a community representative's
 * membership and of a community plan.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CommunityId extends Id {
  private CommunityId(String value) {
    super(value);
  }

  /**
   * Obtains a community's id.
   *
   * @param value the id, such as "c-570908-3", not null
   * @return the id, not null
   * @throws IllegalArgumentException if the value is not a well-formed {@link Id}
   */
  public static CommunityId of(String value) {
    return new CommunityId(checked(value));
  }
}
