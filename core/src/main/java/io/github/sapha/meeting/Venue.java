package io.github.sapha.meeting;

import static java.util.Objects.requireNonNull;

import io.github.sapha.council.BodyId;
import io.github.sapha.internal.Checks;
import java.util.Optional;

/**
 * Where a meeting took place: a description, and the local government whose
 * premises it used, if any (the Mae Sai forum met at Mae Sai Mittraphap
 * sub-district municipality).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param description the place as written, not blank
 * @param localGovernment the id of the local government's organisation, not null (empty if none)
 */
public record Venue(String description, Optional<BodyId> localGovernment) {

  /**
   * Creates a venue.
   *
   * @throws IllegalArgumentException if the description is blank or padded
   */
  public Venue {
    requireNonNull(description, "description");
    requireNonNull(localGovernment, "localGovernment");
    Checks.text("venue", "description", description);
  }

  /**
   * Obtains a venue described in words only.
   *
   * @param description the place, not blank
   * @return the venue, not null
   */
  public static Venue of(String description) {
    return new Venue(description, Optional.empty());
  }

  /**
   * Obtains a venue at a local government's premises.
   *
   * @param description the place, not blank
   * @param localGovernment the id of the local government's organisation, not null
   * @return the venue, not null
   */
  public static Venue at(String description, BodyId localGovernment) {
    return new Venue(description, Optional.of(localGovernment));
  }
}
