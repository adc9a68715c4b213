package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.DESCRIPTION;
import static io.github.sapha.jackson.internal.Fields.LOCAL_GOVERNMENT;

import io.github.sapha.council.BodyId;
import io.github.sapha.meeting.Venue;

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
    BodyId localGovernment = null;
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case DESCRIPTION -> description = Scalars.text(in);
        case LOCAL_GOVERNMENT -> localGovernment = Scalars.bodyId(in);
        default -> throw new AssertionError(field);
      }
    }
    String d = description;
    BodyId lg = localGovernment;
    return object.build(() -> lg == null ? Venue.of(d) : Venue.at(d, lg));
  }
}
