package io.github.sapha.jackson.codec;

import io.github.sapha.jackson.deser.JsonIn;
import io.github.sapha.jackson.deser.Scalars;
import io.github.sapha.jackson.internal.JsonEnums;
import io.github.sapha.jackson.ser.JsonOut;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A value written as one JSON string, number or boolean: read by a reader
 * of {@code Scalars}, which checks it at the value.
 *
 * <p>The commonest kinds (text, dates, enum values) are read and written by a
 * switch on their kind rather than through a function: fields call this final
 * class directly, so that the JIT inlines the reader as it did the
 * hand-written deserializers. Enum values are looked up and written from
 * tables made once.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 *
 * @param <V> the model type
 */
final class Scalar<V> implements ValueCodec<V> {
  private static final int OTHER = 0;
  private static final int TEXT = 1;
  private static final int DATE = 2;
  private static final int ENUM = 3;

  private final int kind;
  private final String what;
  private final boolean personal;
  private final Function<JsonIn, V> read;
  private final BiConsumer<V, JsonOut> write;
  private final Class<V> enumType;
  private final Map<String, V> byJson;
  private final String[] json;
  /** For an enum, what a message about an unknown value says before and after the value. */
  private final String unknown;
  private final String expected;

  private Scalar(
      int kind,
      String what,
      boolean personal,
      Function<JsonIn, V> read,
      BiConsumer<V, JsonOut> write,
      Class<V> enumType,
      String unknown,
      String expected) {
    this.kind = kind;
    this.unknown = unknown;
    this.expected = expected;
    this.what = what;
    this.personal = personal;
    this.read = read;
    this.write = write;
    this.enumType = enumType;
    this.byJson = new HashMap<>();
    V[] constants = enumType == null ? null : enumType.getEnumConstants();
    this.json = constants == null ? null : new String[constants.length];
    if (constants != null) {
      for (V constant : constants) {
        String text = JsonEnums.toJson((Enum<?>) constant);
        byJson.put(text, constant);
        json[((Enum<?>) constant).ordinal()] = text;
      }
    }
  }

  /** A value read and written by functions. */
  Scalar(String what, boolean personal, Function<JsonIn, V> read, BiConsumer<V, JsonOut> write) {
    this(OTHER, what, personal, read, write, null, null, null);
  }

  /** A value written as a string, its text. */
  static <V> Scalar<V> text(String what, Function<JsonIn, V> read, Function<V, String> text) {
    return new Scalar<>(what, false, read, (value, out) -> out.stringValue(text.apply(value)));
  }

  /** Text that the model requires not blank nor padded. */
  static Scalar<String> trimmedText() {
    return new Scalar<>(TEXT, "a string", false, Scalars::trimmedText, null, null, null, null);
  }

  /** A date, yyyy-mm-dd. */
  static Scalar<LocalDate> date() {
    return new Scalar<>(DATE, "a date", false, Scalars::date, null, null, null, null);
  }

  /** A constant of an enum, written as its JSON value such as "vice-chair". */
  static <E extends Enum<E>> Scalar<E> of(Class<E> type) {
    return new Scalar<>(ENUM, JsonEnums.withArticle(JsonEnums.kindOf(type)), false, null, null, type,
        "Unknown " + JsonEnums.kindOf(type) + " ", ": expected one of: " + JsonEnums.describe(type));
  }

  /** {@return the enum class of an enum value, or null} */
  Class<V> enumType() {
    return enumType;
  }

  // The kind says what the value is, so the casts are safe.
  @SuppressWarnings("unchecked")
  @Override
  public V read(JsonIn in) {
    switch (kind) {
      case TEXT:
        return (V) Scalars.trimmedText(in);
      case DATE:
        return (V) Scalars.date(in);
      case ENUM:
        String text = Scalars.text(in);
        V constant = byJson.get(text);
        if (constant == null) {
          throw in.error(unknown + JsonIn.quote(text) + expected);
        }
        return constant;
      default:
        return read.apply(in);
    }
  }

  @Override
  public void write(V value, JsonOut out) {
    switch (kind) {
      case TEXT -> out.stringValue((String) value);
      case DATE -> out.dateValue((LocalDate) value);
      case ENUM -> out.stringValue(json[((Enum<?>) value).ordinal()]);
      default -> write.accept(value, out);
    }
  }

  @Override
  public String what() {
    return what;
  }

  @Override
  public boolean personal() {
    return personal;
  }
}
