package io.github.sapha.jackson;

import static java.util.Objects.requireNonNull;

import io.github.sapha.council.Id;
import io.github.sapha.jackson.codec.CodecSerializer;
import io.github.sapha.jackson.codec.Codecs;
import io.github.sapha.jackson.codec.ValueCodec;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The serializers of the {@link SaphaModule}: one for every model type that
 * format v1 holds, from {@code Registry} down to {@code Id}, {@code Baht} and
 * the enums. They write fields in the order of the format, straight to the
 * generator.
 *
 * <p>A serializer is found by the value's class or, for the model's
 * generated implementation classes, by its public abstract superclass.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SaphaSerializers extends Serializers.Base {
  private final Map<Class<?>, ValueSerializer<?>> byType;

  /**
   * Creates the serializers for a set of enabled features.
   *
   * @param enabled the enabled features, not null
   */
  public SaphaSerializers(Set<SaphaFeature> enabled) {
    boolean empty = requireNonNull(enabled, "enabled").contains(SaphaFeature.WRITE_EMPTY_COLLECTIONS);
    Map<Class<?>, ValueSerializer<?>> map = new HashMap<>();
    Codecs.bound().forEach((type, codec) -> map.put(type, serializer(type, codec, empty)));
    // Every id type (PersonId, BodyId, ...) has its own codec; a value declared only as an
    // Id is written as its text too. Ids are read only by the field that says their kind.
    map.put(Id.class, new AnyIdSerializer());
    this.byType = Map.copyOf(map);
  }

  // The map pairs each type with its own codec, so the cast is safe.
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ValueSerializer<?> serializer(Class<?> type, ValueCodec<?> codec, boolean empty) {
    return new CodecSerializer(type, codec, empty);
  }

  /** Writes an id found through its superclass: its text, as every id codec writes it. */
  private static final class AnyIdSerializer extends StdSerializer<Id> {
    AnyIdSerializer() {
      super(Id.class);
    }

    @Override
    public void serialize(Id value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.value());
    }
  }

  @Override
  public ValueSerializer<?> findSerializer(
      SerializationConfig config,
      JavaType type,
      BeanDescription.Supplier beanDescRef,
      com.fasterxml.jackson.annotation.JsonFormat.Value formatOverrides) {
    return find(type.getRawClass());
  }

  @Override
  public ValueSerializer<?> findEnumSerializer(
      SerializationConfig config,
      JavaType type,
      BeanDescription.Supplier beanDescRef,
      com.fasterxml.jackson.annotation.JsonFormat.Value formatOverrides) {
    return find(type.getRawClass());
  }

  /** Finds the serializer of a class or of its nearest superclass, such as Council for ImmutableCouncil. */
  private ValueSerializer<?> find(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      ValueSerializer<?> serializer = byType.get(c);
      if (serializer != null) {
        return serializer;
      }
    }
    return null;
  }
}
