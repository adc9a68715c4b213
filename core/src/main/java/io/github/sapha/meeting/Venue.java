package io.github.sapha.meeting;

import static java.util.Objects.requireNonNull;

import io.github.sapha.council.BodyId;
import io.github.sapha.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a meeting took place: a description, and the local government whose
 * premises it used, if any (the Mae Sai forum met at Mae Sai Mittraphap
 * sub-district municipality).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Venue {
  private final String description;
  private final BodyId localGovernment;

  private Venue(String description, BodyId localGovernment) {
    requireNonNull(description, "description");
    Checks.text("venue", "description", description);
    this.description = description;
    this.localGovernment = localGovernment;
  }

  /**
   * Obtains a venue described in words only.
   *
   * @param description the place, not blank
   * @return the venue, not null
   * @throws IllegalArgumentException if the description is blank or padded
   */
  public static Venue of(String description) {
    return new Venue(description, null);
  }

  /**
   * Obtains a venue at a local government's premises.
   *
   * @param description the place, not blank
   * @param localGovernment the id of the local government's organisation, not null
   * @return the venue, not null
   * @throws IllegalArgumentException if the description is blank or padded
   */
  public static Venue at(String description, BodyId localGovernment) {
    return new Venue(description, requireNonNull(localGovernment, "localGovernment"));
  }

  /**
   * Gets the place as written.
   *
   * @return the description, not blank
   */
  public String description() {
    return description;
  }

  /**
   * Gets the id of the local government whose premises were used, if any.
   *
   * @return the id, or empty
   */
  public Optional<BodyId> localGovernment() {
    return Optional.ofNullable(localGovernment);
  }

  /**
   * Checks if the other object is a venue with the same description and local government.
   *
   * @param other the object to compare with, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Venue
        && ((Venue) other).description.equals(description)
        && Objects.equals(((Venue) other).localGovernment, localGovernment);
  }

  @Override
  public int hashCode() {
    return description.hashCode() * 31 + Objects.hashCode(localGovernment);
  }

  /**
   * Gets a short form such as "Venue[ห้องประชุม at lg-mae-sai-mittraphap]".
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Venue[" + description + (localGovernment == null ? "" : " at " + localGovernment) + "]";
  }
}
