package io.github.sapha.diff;

import io.github.sapha.validation.Pointer;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Compares the fields of two versions of one object, adding a {@link
 * FieldChange} for each difference, with the object's pointers in the old and
 * the new document. Not thread-safe: one instance serves one comparison.
 */
final class FieldDiffer {
  /** Compares the fields of two versions of a part. */
  interface Fields<T> {
    void compare(FieldDiffer differ, T older, T newer);
  }

  private final List<FieldChange> out;
  private final Pointer oldAt;
  private final Pointer newAt;

  FieldDiffer(List<FieldChange> out, Pointer oldAt, Pointer newAt) {
    this.out = out;
    this.oldAt = oldAt;
    this.newAt = newAt;
  }

  /** Compares two versions of a part with its own fields, or reports the whole part if only one is present. */
  <T> void part(String field, Optional<T> older, Optional<T> newer, Fields<T> fields) {
    if (older.isPresent() && newer.isPresent()) {
      if (!older.get().equals(newer.get())) {
        fields.compare(new FieldDiffer(out, oldAt.field(field), newAt.field(field)), older.get(), newer.get());
      }
    } else {
      value(field, older, newer);
    }
  }

  /** Reports a field whose value differs; an absent value (empty optional) has no pointer. */
  void value(String field, Object older, Object newer) {
    add(field, present(older), present(newer), false);
  }

  /** As {@link #value}, taking an empty collection as absent: for collections written only when not empty. */
  void valueIfAny(String field, Collection<?> older, Collection<?> newer) {
    add(field, older.isEmpty() ? null : older, newer.isEmpty() ? null : newer, false);
  }

  /** Reports a field of personal data that differs, with its pointers and without its values. */
  void personal(String field, Object older, Object newer) {
    add(field, present(older), present(newer), true);
  }

  private void add(String field, Object older, Object newer, boolean personal) {
    if (java.util.Objects.equals(older, newer)) {
      return;
    }
    out.add(new FieldChange(
        older == null ? null : oldAt.field(field), newer == null ? null : newAt.field(field), older, newer, personal));
  }

  /**
   * Matches the elements of a nested list without ids by a key (the k-th
   * element with a key matching the k-th with the same key), and reports
   * those removed, added, and changed (field by field), not index shifts. A
   * list whose elements only changed order is reported as a whole.
   */
  <T> void keyed(String field, List<T> older, List<T> newer, Function<T, Object> key, Fields<T> fields) {
    if (older.equals(newer)) {
      return;
    }
    int before = out.size();
    Map<List<Object>, Integer> oldByKey = new HashMap<>(older.size() * 2);
    Map<Object, Integer> seen = new HashMap<>();
    for (int i = 0; i < older.size(); i++) {
      oldByKey.put(occurrence(seen, key.apply(older.get(i))), i);
    }
    seen.clear();
    int[] match = new int[newer.size()];
    boolean[] matched = new boolean[older.size()];
    for (int j = 0; j < newer.size(); j++) {
      Integer i = oldByKey.get(occurrence(seen, key.apply(newer.get(j))));
      match[j] = i == null ? -1 : i;
      if (i != null) {
        matched[i] = true;
      }
    }
    Pointer oldList = oldAt.field(field);
    Pointer newList = newAt.field(field);
    for (int i = 0; i < older.size(); i++) {
      if (!matched[i]) {
        out.add(new FieldChange(oldList.index(i), null, older.get(i), null, false));
      }
    }
    for (int j = 0; j < newer.size(); j++) {
      T element = newer.get(j);
      if (match[j] < 0) {
        out.add(new FieldChange(null, newList.index(j), null, element, false));
      } else if (!older.get(match[j]).equals(element)) {
        FieldDiffer inner = new FieldDiffer(out, oldList.index(match[j]), newList.index(j));
        int mark = out.size();
        fields.compare(inner, older.get(match[j]), element);
        if (out.size() == mark) {
          inner.whole(older.get(match[j]), element, false);
        }
      }
    }
    if (out.size() == before) {
      out.add(new FieldChange(oldList, newList, older, newer, false)); // the same elements in another order
    }
  }

  /** Reports the object at this differ's pointers as a whole. */
  void whole(Object older, Object newer, boolean personal) {
    out.add(new FieldChange(oldAt, newAt, older, newer, personal));
  }

  private static List<Object> occurrence(Map<Object, Integer> seen, Object key) {
    int n = seen.merge(key, 1, Integer::sum);
    return Arrays.asList(key, n);
  }

  private static Object present(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.orElse(null);
    }
    if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? Integer.valueOf(optional.getAsInt()) : null;
    }
    return value;
  }
}
