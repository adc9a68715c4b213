package io.github.sapha.jackson.deser;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.util.AccessPattern;

/**
 * The base of the module's deserializers: reads one value of format v1
 * straight from the token stream through the model's builders (never
 * through a tree), and makes every problem a {@code SaphaJsonException}.
 *
 * <p>Internal: not exported from the module. Instances are immutable and
 * thread-safe.
 *
 * @param <T> the model type
 */
public abstract class SaphaDeserializer<T> extends StdDeserializer<T> {
  private final ReadOptions options;
  private final boolean personal;
  private final String what;

  /**
   * Creates a deserializer.
   *
   * @param type the model type, not null
   * @param what the value with its article, for messages, such as "a council"
   * @param options how to read: unknown fields, limits; not null
   * @param personal whether the whole value is personal data
   */
  protected SaphaDeserializer(Class<T> type, String what, ReadOptions options, boolean personal) {
    super(type);
    this.what = what;
    this.options = options;
    this.personal = personal;
  }

  @Override
  public final T deserialize(JsonParser p, DeserializationContext ctxt) {
    return readValue(new JsonIn(p, options, personal));
  }

  /**
   * Refuses JSON {@code null}: Jackson asks here instead of calling {@link
   * #deserialize} and would otherwise make the value null, and nothing
   * invalid may become a value.
   */
  @Override
  public final Object getNullValue(DeserializationContext ctxt) {
    throw new JsonIn(ctxt.getParser(), options, personal).wrongType(what);
  }

  /** Says that the null value must be asked for each time, so that Jackson never caches one. */
  @Override
  public final AccessPattern getNullAccessPattern() {
    return AccessPattern.DYNAMIC;
  }

  /**
   * Reads the value at the current token.
   *
   * @param in the reading position, not null
   * @return the value, not null
   */
  protected abstract T readValue(JsonIn in);
}
