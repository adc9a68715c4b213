package io.github.sapha.jackson;

import static java.util.Objects.requireNonNull;

import io.github.sapha.jackson.codec.CodecDeserializer;
import io.github.sapha.jackson.codec.Codecs;
import io.github.sapha.jackson.codec.ValueCodec;
import io.github.sapha.jackson.deser.ReadOptions;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;

/**
 * The deserializers of the {@link SaphaModule}: one for every model type
 * that format v1 holds, from {@code Registry} down to the ids ({@code
 * PersonId}, {@code BodyId} and the others), {@code Baht} and the enums. They read the token stream straight into the model's
 * builders and factories, so JSON input meets the same structural checks as
 * Java callers, and every problem is a {@link SaphaJsonException}.
 *
 * <p>Types are matched exactly: ask for {@code Council}, {@code
 * AreaCode} or {@code SubdistrictCode}, say. {@code Body} is not bound, since
 * the format never says which kind of body a value is; nor is {@code Id}, since
 * only the field that holds an id says which kind of id it is.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SaphaDeserializers extends Deserializers.Base {
  private final Map<Class<?>, ValueDeserializer<?>> byType;

  /**
   * Creates the deserializers for a set of enabled features.
   *
   * @param enabled the enabled features, not null
   */
  public SaphaDeserializers(Set<SaphaFeature> enabled) {
    this(enabled, SaphaJson.DEFAULT_MAX_ARRAY_LENGTH, SaphaJson.DEFAULT_MAX_ELEMENT_COUNT);
  }

  /**
   * Creates the deserializers for a set of enabled features and limits on arrays.
   *
   * @param enabled the enabled features, not null
   * @param maxArrayLength the most elements of one array, at least 1
   * @param maxElementCount the most array elements, all arrays together, of one value read, at least 1
   */
  public SaphaDeserializers(Set<SaphaFeature> enabled, int maxArrayLength, long maxElementCount) {
    ReadOptions options =
        new ReadOptions(
            requireNonNull(enabled, "enabled").contains(SaphaFeature.FAIL_ON_UNKNOWN_PROPERTIES),
            SaphaJson.positive(maxArrayLength, "maxArrayLength"),
            SaphaJson.positive(maxElementCount, "maxElementCount"));
    Map<Class<?>, ValueDeserializer<?>> map = new HashMap<>();
    Codecs.bound().forEach((type, codec) -> map.put(type, deserializer(type, codec, options)));
    this.byType = Map.copyOf(map);
  }

  // The map pairs each type with its own codec, so the cast is safe.
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ValueDeserializer<?> deserializer(Class<?> type, ValueCodec<?> codec, ReadOptions options) {
    return new CodecDeserializer(type, codec, options);
  }

  @Override
  public ValueDeserializer<?> findBeanDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
    return byType.get(type.getRawClass());
  }

  @Override
  public ValueDeserializer<?> findEnumDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
    return byType.get(type.getRawClass());
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return byType.containsKey(valueType);
  }
}
