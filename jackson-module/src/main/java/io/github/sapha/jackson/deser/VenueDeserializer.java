package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.DESCRIPTION;
import static io.github.sapha.jackson.internal.Fields.LOCAL_GOVERNMENT;

import io.github.sapha.council.Id;
import io.github.sapha.meeting.Venue;
import java.util.Optional;

/**
 * Reads a meeting's {@link Venue}: {@code description} and the optional
 * {@code localGovernment} whose premises it used.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class VenueDeserializer extends SaphaDeserializer<Venue> {
  static final Shape SHAPE = Shape.of("a venue", DESCRIPTION, LOCAL_GOVERNMENT).required(DESCRIPTION);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public VenueDeserializer(ReadOptions options) {
    super(Venue.class, SHAPE.what(), options, false);
  }

  @Override
  protected Venue readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a venue at the current token.
   *
   * @param in the reading position, not null
   * @return the venue, not null
   */
  public static Venue read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    String description = null;
    Id localGovernment = null;
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case DESCRIPTION -> description = Scalars.text(in);
        case LOCAL_GOVERNMENT -> localGovernment = Scalars.id(in);
        default -> throw new AssertionError(field);
      }
    }
    String d = description;
    Optional<Id> lg = Optional.ofNullable(localGovernment);
    return object.build(() -> new Venue(d, lg));
  }
}
