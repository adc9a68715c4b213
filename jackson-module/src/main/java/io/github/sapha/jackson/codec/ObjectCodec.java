package io.github.sapha.jackson.codec;

import io.github.sapha.jackson.deser.JsonIn;
import io.github.sapha.jackson.deser.Shape;
import io.github.sapha.jackson.ser.JsonOut;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The one description of an object type of format v1: its fields in the
 * order the format writes them, each with its name, accessor, value codec,
 * and how the value read goes into the model's builder. It drives writing,
 * strict reading (known fields, required fields, duplicates, limits), and
 * the tests that hold the schema and the format document to it.
 *
 * <p>Reading is a loop over the fields that the input holds, each read
 * straight from the token stream into the builder: no tree, no reflection.
 * Values are checked where they are read, so that a problem of one value is
 * located at it; what the model refuses when the object is built is a
 * problem across fields, located at the object.
 *
 * <p>Declared in {@link Codecs} with {@link #of} and the field methods, then
 * {@link #done}. Internal: not exported from the module. Once done, an
 * instance is immutable and thread-safe.
 *
 * @param <T> the model type
 * @param <B> the type that holds the values read, such as the model's builder
 */
public final class ObjectCodec<T, B> implements ValueCodec<T> {
  private final String what;
  private final Supplier<B> start;
  private final Function<B, T> build;
  private final List<Field<T, B>> declared = new ArrayList<>();
  private final List<String> personalFields = new ArrayList<>();
  private boolean personal;
  private boolean allPersonal;
  private Field<T, B>[] fields;
  private Shape shape;

  private ObjectCodec(String what, Supplier<B> start, Function<B, T> build) {
    this.what = what;
    this.start = start;
    this.build = build;
  }

  /**
   * Starts the description of an object type.
   *
   * @param <T> the model type
   * @param <B> the type that holds the values read
   * @param what the type with its article, for messages, such as "a council"
   * @param start makes what holds the values of one object, such as {@code Council::builder}
   * @param build makes the object from the values read; what it refuses is reported at the object
   * @return the codec, to declare fields on
   */
  static <T, B> ObjectCodec<T, B> of(String what, Supplier<B> start, Function<B, T> build) {
    return new ObjectCodec<>(what, start, build);
  }

  private ObjectCodec<T, B> add(Field<T, B> field) {
    declared.add(field);
    return this;
  }

  /** A field that reading requires and writing always writes. */
  <V> ObjectCodec<T, B> required(String name, Function<T, V> get, BiConsumer<B, V> set, ValueCodec<V> value) {
    return add(new Field.One<>(name, true, get, set, value, null));
  }

  /** A field that reading may miss (the builder has its default) and writing always writes. */
  <V> ObjectCodec<T, B> defaulted(String name, Function<T, V> get, BiConsumer<B, V> set, ValueCodec<V> value) {
    return add(new Field.One<>(name, false, get, set, value, null));
  }

  /** A field that reading may miss and writing leaves out when it holds {@code omitted}, the default. */
  <V> ObjectCodec<T, B> omittedWhen(
      V omitted, String name, Function<T, V> get, BiConsumer<B, V> set, ValueCodec<V> value) {
    return add(new Field.One<>(name, false, get, set, value, omitted));
  }

  /** An optional field, written when present. */
  <V> ObjectCodec<T, B> optional(
      String name, Function<T, Optional<V>> get, BiConsumer<B, V> set, ValueCodec<V> value) {
    return add(new Field.Opt<>(name, get, set, value));
  }

  /** An optional integer, written when present. */
  ObjectCodec<T, B> optionalInt(String name, Function<T, OptionalInt> get, ObjIntConsumer<B> set, IntCodec value) {
    return add(new Field.Int<>(name, null, get, set, value));
  }

  /** An integer that reading may miss and writing always writes. */
  ObjectCodec<T, B> defaultedInt(String name, ToIntFunction<T> get, ObjIntConsumer<B> set, IntCodec value) {
    return add(new Field.Int<>(name, get, null, set, value));
  }

  /** A required integer of the range of {@code long}. */
  ObjectCodec<T, B> requiredLong(String name, ToLongFunction<T> get, ObjLongConsumer<B> set, IntCodec value) {
    return add(new Field.Whole<>(name, get, set, value));
  }

  /** An array that reading may miss; empty, it is written as [] or left out, as configured. */
  <E> ObjectCodec<T, B> array(
      String name, Function<T, ? extends Collection<E>> get, BiConsumer<B, E> add, ValueCodec<E> element) {
    return add(new Field.Many<>(name, false, get, add, element, false, null));
  }

  /** An array that format v1 gained later: written only when not empty, so older documents keep their bytes. */
  <E> ObjectCodec<T, B> arrayIfAny(
      String name, Function<T, ? extends Collection<E>> get, BiConsumer<B, E> add, ValueCodec<E> element) {
    return add(new Field.Many<>(name, false, get, add, element, true, null));
  }

  /** An array of distinct elements; one equal to an earlier one is refused with the message {@code duplicate} makes. */
  <E> ObjectCodec<T, B> set(
      boolean required,
      String name,
      Function<T, ? extends Collection<E>> get,
      BiConsumer<B, E> add,
      ValueCodec<E> element,
      Function<E, String> duplicate) {
    return add(new Field.Many<>(name, required, get, add, element, false, duplicate));
  }

  /** A field of another kind, such as the registry's collections, which check their ids. */
  ObjectCodec<T, B> field(Field<T, B> field) {
    return add(field);
  }

  /** Marks the values of fields as personal data, never quoted in messages. */
  ObjectCodec<T, B> personal(String... names) {
    personalFields.addAll(List.of(names));
    return this;
  }

  /** Marks the whole object as personal data, such as a person: nothing found in its place is shown. */
  ObjectCodec<T, B> personalValue() {
    personal = true;
    return this;
  }

  /** Marks every field of the object as personal data, such as a person's name. */
  ObjectCodec<T, B> everyFieldPersonal() {
    personal = true;
    allPersonal = true;
    return this;
  }

  /**
   * Ends the description.
   *
   * @return this codec, ready to read and write
   */
  // An array of a generic type cannot be made otherwise; it holds only the declared fields.
  @SuppressWarnings({"unchecked", "rawtypes"})
  ObjectCodec<T, B> done() {
    fields = declared.toArray(new Field[0]);
    List<String> names = new ArrayList<>();
    List<String> required = new ArrayList<>();
    for (Field<T, B> field : fields) {
      names.add(field.name());
      if (field.required()) {
        required.add(field.name());
      }
    }
    Shape s = Shape.of(what, names.toArray(new String[0]))
        .required(required.toArray(new String[0]))
        .personal(personalFields.toArray(new String[0]));
    shape = allPersonal ? s.allPersonal() : s;
    return this;
  }

  /** {@return the fields in the order the format writes them} */
  public List<Field<T, B>> fields() {
    return List.of(fields);
  }

  @Override
  public String what() {
    return what;
  }

  @Override
  public boolean personal() {
    return personal;
  }

  @Override
  public T read(JsonIn in) {
    if (!personal) {
      return readObject(in);
    }
    // Personal data as a whole: nothing found in its place, not even a mistyped first token, is shown.
    boolean was = in.enterPersonal();
    T value = readObject(in);
    in.leavePersonal(was);
    return value;
  }

  private T readObject(JsonIn in) {
    JsonIn.Obj object = in.beginObject(shape);
    B values = start.get();
    for (int i = object.next(); i >= 0; i = object.next()) {
      fields[i].read(in, values);
    }
    return object.build(build, values);
  }

  @Override
  public void write(T value, JsonOut out) {
    out.startObject();
    for (Field<T, B> field : fields) {
      field.write(value, out);
    }
    out.endObject();
  }
}
