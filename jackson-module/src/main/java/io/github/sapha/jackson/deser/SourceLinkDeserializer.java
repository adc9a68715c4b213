package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.TITLE;
import static io.github.sapha.jackson.internal.Fields.URL;

import io.github.sapha.meeting.SourceLink;

/**
 * Reads a {@link SourceLink}: {@code url} (absolute http or https) and the
 * optional {@code title}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class SourceLinkDeserializer extends SaphaDeserializer<SourceLink> {
  static final Shape SHAPE = Shape.of("a source", URL, TITLE).required(URL);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public SourceLinkDeserializer(ReadOptions options) {
    super(SourceLink.class, SHAPE.what(), options, false);
  }

  @Override
  protected SourceLink readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a source at the current token.
   *
   * @param in the reading position, not null
   * @return the source, not null
   */
  public static SourceLink read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    String url = null;
    String title = null;
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case URL -> url = Scalars.text(in);
        case TITLE -> title = Scalars.text(in);
        default -> throw new AssertionError(field);
      }
    }
    String u = url;
    String t = title;
    return object.build(() -> t == null ? SourceLink.of(u) : SourceLink.of(u, t));
  }
}
