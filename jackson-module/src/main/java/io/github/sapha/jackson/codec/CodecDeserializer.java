package io.github.sapha.jackson.codec;

import io.github.sapha.jackson.deser.JsonIn;
import io.github.sapha.jackson.deser.ReadOptions;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.util.AccessPattern;

/**
 * Reads one model type for Jackson through its codec, straight from the
 * token stream through the model's builders (never through a tree), and
 * makes every problem a {@code SaphaJsonException}.
 *
 * <p>Internal: not exported from the module. Instances are immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {
  private final ValueCodec<T> codec;
  private final ReadOptions options;

  /**
   * Creates a deserializer.
   *
   * @param type the model type, not null
   * @param codec its codec, not null
   * @param options how to read: unknown fields, limits; not null
   */
  public CodecDeserializer(Class<T> type, ValueCodec<T> codec, ReadOptions options) {
    super(type);
    this.codec = codec;
    this.options = options;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    return codec.read(new JsonIn(p, options, codec.personal()));
  }

  /**
   * Refuses JSON {@code null}: Jackson asks here instead of calling {@link
   * #deserialize} and would otherwise make the value null, and nothing
   * invalid may become a value.
   */
  @Override
  public Object getNullValue(DeserializationContext ctxt) {
    throw new JsonIn(ctxt.getParser(), options, codec.personal()).wrongType(codec.what());
  }

  /** Says that the null value must be asked for each time, so that Jackson never caches one. */
  @Override
  public AccessPattern getNullAccessPattern() {
    return AccessPattern.DYNAMIC;
  }
}
