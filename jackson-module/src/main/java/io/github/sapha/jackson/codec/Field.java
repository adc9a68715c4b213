package io.github.sapha.jackson.codec;

import io.github.sapha.jackson.deser.JsonIn;
import io.github.sapha.jackson.ser.JsonOut;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ObjLongConsumer;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * One field of an object of format v1: its name, whether reading requires
 * it, how its value is read into what holds the values read (a model builder)
 * and how it is written from the model. The kinds are the nested classes;
 * {@link ObjectCodec} declares them.
 *
 * <p>Internal: not exported from the module. Instances are immutable and thread-safe.
 *
 * @param <T> the model type of the object
 * @param <B> the type that holds the values read, such as the model's builder
 */
public abstract class Field<T, B> {
  private final String name;
  private final boolean required;
  private final ValueCodec<?> codec;

  Field(String name, boolean required, ValueCodec<?> codec) {
    this.name = name;
    this.required = required;
    this.codec = codec;
  }

  /** {@return the field's name in format v1} */
  public String name() {
    return name;
  }

  /** {@return whether reading requires the field} */
  public boolean required() {
    return required;
  }

  /** {@return the codec of the value, or of each element of an array} */
  public ValueCodec<?> codec() {
    return codec;
  }

  /** {@return whether the value is an array of values of {@link #codec()}} */
  public boolean array() {
    return false;
  }

  /** Reads the value at the current token into what holds the values read. */
  abstract void read(JsonIn in, B values);

  /** Writes the field, name and value, or nothing when the format leaves it out. */
  abstract void write(T value, JsonOut out);

  /** A value that the model always holds, written always; {@code omitted} is written only when it differs. */
  static final class One<T, B, V> extends Field<T, B> {
    private final Function<T, V> get;
    private final BiConsumer<B, V> set;
    private final ValueCodec<V> value;
    private final Scalar<V> scalar;
    private final V omitted;

    One(String name, boolean required, Function<T, V> get, BiConsumer<B, V> set, ValueCodec<V> value, V omitted) {
      super(name, required, value);
      this.get = get;
      this.set = set;
      this.value = value;
      this.scalar = scalar(value);
      this.omitted = omitted;
    }

    @Override
    void read(JsonIn in, B values) {
      set.accept(values, scalar != null ? scalar.read(in) : value.read(in));
    }

    @Override
    void write(T object, JsonOut out) {
      V v = get.apply(object);
      if (omitted == null || !omitted.equals(v)) {
        out.name(name());
        write(v, scalar, value, out);
      }
    }
  }

  /** An optional value, written when present. */
  static final class Opt<T, B, V> extends Field<T, B> {
    private final Function<T, Optional<V>> get;
    private final BiConsumer<B, V> set;
    private final ValueCodec<V> value;

    private final Scalar<V> scalar;

    Opt(String name, Function<T, Optional<V>> get, BiConsumer<B, V> set, ValueCodec<V> value) {
      super(name, false, value);
      this.get = get;
      this.set = set;
      this.value = value;
      this.scalar = scalar(value);
    }

    @Override
    void read(JsonIn in, B values) {
      set.accept(values, scalar != null ? scalar.read(in) : value.read(in));
    }

    @Override
    void write(T object, JsonOut out) {
      Optional<V> v = get.apply(object);
      if (v.isPresent()) {
        out.name(name());
        write(v.get(), scalar, value, out);
      }
    }
  }

  /** An integer, read and written without boxing; optional ones are written when present. */
  static final class Int<T, B> extends Field<T, B> {
    private final ToIntFunction<T> get;
    private final Function<T, OptionalInt> getOptional;
    private final ObjIntConsumer<B> set;
    private final IntCodec value;

    Int(String name, ToIntFunction<T> get, Function<T, OptionalInt> getOptional, ObjIntConsumer<B> set, IntCodec value) {
      super(name, false, value);
      this.get = get;
      this.getOptional = getOptional;
      this.set = set;
      this.value = value;
    }

    @Override
    void read(JsonIn in, B values) {
      set.accept(values, value.readInt(in));
    }

    @Override
    void write(T object, JsonOut out) {
      if (get != null) {
        out.name(name());
        out.numberValue(get.applyAsInt(object));
        return;
      }
      OptionalInt v = getOptional.apply(object);
      if (v.isPresent()) {
        out.name(name());
        out.numberValue(v.getAsInt());
      }
    }
  }

  /** A required integer of the range of {@code long}, read and written without boxing. */
  static final class Whole<T, B> extends Field<T, B> {
    private final ToLongFunction<T> get;
    private final ObjLongConsumer<B> set;
    private final IntCodec value;

    Whole(String name, ToLongFunction<T> get, ObjLongConsumer<B> set, IntCodec value) {
      super(name, true, value);
      this.get = get;
      this.set = set;
      this.value = value;
    }

    @Override
    void read(JsonIn in, B values) {
      set.accept(values, value.readLong(in));
    }

    @Override
    void write(T object, JsonOut out) {
      out.name(name());
      out.numberValue(get.applyAsLong(object));
    }
  }

  /**
   * An array. An empty one is written as [] or left out as configured, or, for
   * arrays that format v1 gained later ({@code ifAny}), always left out, so
   * that a registry without them gives the same bytes as before. When {@code
   * duplicate} is given, an element equal to an earlier one is refused with the
   * message it makes.
   */
  static final class Many<T, B, E> extends Field<T, B> {
    private final Function<T, ? extends Collection<E>> get;
    private final BiConsumer<B, E> add;
    private final ValueCodec<E> element;
    private final boolean ifAny;
    private final Function<E, String> duplicate;
    private final Scalar<E> scalar;
    /** Whether repeated enum constants are found by a bit of their ordinal, without a set per array. */
    private final boolean byOrdinal;

    Many(
        String name,
        boolean required,
        Function<T, ? extends Collection<E>> get,
        BiConsumer<B, E> add,
        ValueCodec<E> element,
        boolean ifAny,
        Function<E, String> duplicate) {
      super(name, required, element);
      this.get = get;
      this.add = add;
      this.element = element;
      this.ifAny = ifAny;
      this.duplicate = duplicate;
      this.scalar = scalar(element);
      this.byOrdinal = scalar != null && scalar.enumType() != null
          && scalar.enumType().getEnumConstants().length <= Long.SIZE;
    }

    @Override
    public boolean array() {
      return true;
    }

    @Override
    void read(JsonIn in, B values) {
      in.beginArray();
      Set<E> seen = duplicate == null || byOrdinal ? null : new HashSet<>();
      long ordinals = 0;
      for (int i = 0; in.nextElement(i); i++) {
        E e = scalar != null ? scalar.read(in) : element.read(in);
        if (duplicate != null) {
          long bit = byOrdinal ? 1L << ((Enum<?>) e).ordinal() : 0;
          if (byOrdinal ? (ordinals & bit) != 0 : !seen.add(e)) {
            throw in.error(duplicate.apply(e));
          }
          ordinals |= bit;
        }
        add.accept(values, e);
      }
    }

    @Override
    void write(T object, JsonOut out) {
      Collection<E> items = get.apply(object);
      if (items.isEmpty() && (ifAny || !out.writeEmptyCollections())) {
        return;
      }
      out.name(name());
      out.startArray();
      for (E item : items) {
        write(item, scalar, element, out);
      }
      out.endArray();
    }
  }

  /**
   * Gets a codec as a {@link Scalar}, or null: fields call a scalar through
   * its final class, which the JIT inlines, rather than through the interface.
   */
  static <V> Scalar<V> scalar(ValueCodec<V> codec) {
    return codec instanceof Scalar<V> s ? s : null;
  }

  static <V> void write(V value, Scalar<V> scalar, ValueCodec<V> codec, JsonOut out) {
    if (scalar != null) {
      scalar.write(value, out);
    } else {
      codec.write(value, out);
    }
  }
}
