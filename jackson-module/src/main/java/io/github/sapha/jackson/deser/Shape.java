package io.github.sapha.jackson.deser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one JSON object type of format v1: their names in format
 * order, which are required, and which hold personal data. Objects are read
 * against their shape by {@link JsonIn.Obj}.
 *
 * <p>Internal: not exported from the module. This class is immutable and
 * thread-safe.
 */
public final class Shape {
  private final String what;
  private final List<String> names;
  private final Map<String, Integer> index;
  private final long required;
  private final long personal;
  private final boolean allPersonal;

  private Shape(String what, List<String> names, long required, long personal, boolean allPersonal) {
    this.what = what;
    this.names = names;
    this.required = required;
    this.personal = personal;
    this.allPersonal = allPersonal;
    this.index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (index.put(names.get(i), i) != null) {
        throw new IllegalArgumentException("duplicate field " + names.get(i) + " in the shape of " + what);
      }
    }
  }

  /**
   * Obtains a shape with no required and no personal fields.
   *
   * @param what the object type with its article, for messages, such as "a council"
   * @param names the field names in the order the format writes them, at most 64
   * @return the shape, not null
   */
  public static Shape of(String what, String... names) {
    if (names.length > Long.SIZE) {
      throw new IllegalArgumentException("too many fields in the shape of " + what);
    }
    return new Shape(what, List.of(names), 0, 0, false);
  }

  /**
   * Returns a copy in which the given fields are required.
   *
   * @param fields names of this shape
   * @return the shape, not null
   */
  public Shape required(String... fields) {
    return new Shape(what, names, required | mask(fields), personal, allPersonal);
  }

  /**
   * Returns a copy in which the values of the given fields are personal data,
   * never quoted in messages.
   *
   * @param fields names of this shape
   * @return the shape, not null
   */
  public Shape personal(String... fields) {
    return new Shape(what, names, required, personal | mask(fields), allPersonal);
  }

  /**
   * Returns a copy in which everything is personal data, such as a person's name.
   *
   * @return the shape, not null
   */
  public Shape allPersonal() {
    return new Shape(what, names, required, personal, true);
  }

  private long mask(String... fields) {
    long mask = 0;
    for (String field : fields) {
      Integer i = index.get(field);
      if (i == null) {
        throw new IllegalArgumentException("no field " + field + " in the shape of " + what);
      }
      mask |= 1L << i;
    }
    return mask;
  }

  String what() {
    return what;
  }

  /** Gets the position of a field, or -1 if the shape has no such field. */
  int indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /** Gets the field at a position: the constant, so that callers can switch on it. */
  String name(int i) {
    return names.get(i);
  }

  int size() {
    return names.size();
  }

  boolean isRequired(int i) {
    return (required & (1L << i)) != 0;
  }

  boolean isPersonal(int i) {
    return allPersonal || (personal & (1L << i)) != 0;
  }

  boolean hasPersonal() {
    return allPersonal || personal != 0;
  }

  /** Gets the field names as a list for messages: "id, nameTh, nameEn". */
  String describe() {
    return String.join(", ", names);
  }
}
