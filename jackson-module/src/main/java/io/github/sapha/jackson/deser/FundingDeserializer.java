package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.AMOUNT;
import static io.github.sapha.jackson.internal.Fields.SOURCE;

import io.github.sapha.money.Baht;
import io.github.sapha.plan.Funding;
import io.github.sapha.plan.FundingSource;

/**
 * Reads a project's {@link Funding} line: {@code source} and {@code amount}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class FundingDeserializer extends SaphaDeserializer<Funding> {
  static final Shape SHAPE = Shape.of("a funding line", SOURCE, AMOUNT).required(SOURCE, AMOUNT);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public FundingDeserializer(ReadOptions options) {
    super(Funding.class, SHAPE.what(), options, false);
  }

  @Override
  protected Funding readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a funding line at the current token.
   *
   * @param in the reading position, not null
   * @return the funding line, not null
   */
  public static Funding read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    FundingSource source = null;
    Baht amount = null;
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case SOURCE -> source = Scalars.enumValue(in, FundingSource.class);
        case AMOUNT -> amount = Scalars.baht(in);
        default -> throw new AssertionError(field);
      }
    }
    FundingSource s = source;
    Baht a = amount;
    return object.build(() -> Funding.of(s, a));
  }
}
