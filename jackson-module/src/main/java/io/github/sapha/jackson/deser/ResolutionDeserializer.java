package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.OUTCOME;
import static io.github.sapha.jackson.internal.Fields.TEXT;

import io.github.sapha.meeting.Resolution;
import io.github.sapha.meeting.ResolutionOutcome;

/**
 * Reads a meeting's {@link Resolution}: {@code text} and {@code outcome}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class ResolutionDeserializer extends SaphaDeserializer<Resolution> {
  static final Shape SHAPE = Shape.of("a resolution", TEXT, OUTCOME).required(TEXT, OUTCOME);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public ResolutionDeserializer(ReadOptions options) {
    super(Resolution.class, SHAPE.what(), options, false);
  }

  @Override
  protected Resolution readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a resolution at the current token.
   *
   * @param in the reading position, not null
   * @return the resolution, not null
   */
  public static Resolution read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    String text = null;
    ResolutionOutcome outcome = null;
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case TEXT -> text = Scalars.text(in);
        case OUTCOME -> outcome = Scalars.enumValue(in, ResolutionOutcome.class);
        default -> throw new AssertionError(field);
      }
    }
    String t = text;
    ResolutionOutcome o = outcome;
    return object.build(() -> Resolution.of(t, o));
  }
}
