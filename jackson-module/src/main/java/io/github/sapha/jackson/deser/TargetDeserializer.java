package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.QUANTITY;
import static io.github.sapha.jackson.internal.Fields.UNIT;

import io.github.sapha.plan.Target;

/**
 * Reads a project's {@link Target}: {@code {"quantity": 20, "unit": "households"}}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class TargetDeserializer extends SaphaDeserializer<Target> {
  static final Shape SHAPE = Shape.of("a target", QUANTITY, UNIT).required(QUANTITY, UNIT);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public TargetDeserializer(ReadOptions options) {
    super(Target.class, SHAPE.what(), options, false);
  }

  @Override
  protected Target readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a target at the current token.
   *
   * @param in the reading position, not null
   * @return the target, not null
   */
  public static Target read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    long quantity = 0;
    String unit = null;
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case QUANTITY -> quantity = Scalars.longInteger(in);
        case UNIT -> unit = Scalars.text(in);
        default -> throw new AssertionError(field);
      }
    }
    long q = quantity;
    String u = unit;
    return object.build(() -> Target.of(q, u));
  }
}
