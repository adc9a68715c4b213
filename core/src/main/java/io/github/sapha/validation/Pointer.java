package io.github.sapha.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A JSON Pointer (RFC 6901) into the JSON form of a registry, such as {@code
 * /councils/3/members/0/person}. Field names are those of the JSON format v1,
 * which are the model's accessor names.
 *
 * <p>Pointers order segment by segment, array indexes by number, so that
 * {@code /councils/9} comes before {@code /councils/10}, and before other
 * segments at the same position.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Pointer implements Comparable<Pointer> {
  /** The pointer to the whole document, "". */
  public static final Pointer ROOT = new Pointer(null, null);

  // A linked chain from the root: field() and index() are O(1), so rules can
  // build paths cheaply; the text and the segment list are made on demand.
  private final Pointer parent;
  private final String segment;

  private Pointer(Pointer parent, String segment) {
    this.parent = parent;
    this.segment = segment;
  }

  /**
   * Obtains a pointer from its text form.
   *
   * @param text "" or text starting with "/", with "~0" for "~" and "~1" for "/", not null
   * @return the pointer, not null
   * @throws IllegalArgumentException if the text is not a JSON Pointer
   */
  public static Pointer parse(String text) {
    requireNonNull(text, "text");
    if (text.isEmpty()) {
      return ROOT;
    }
    if (text.charAt(0) != '/') {
      throw new IllegalArgumentException("Invalid JSON Pointer \"" + text + "\": expected \"\" or text starting with \"/\"");
    }
    Pointer pointer = ROOT;
    for (String raw : text.substring(1).split("/", -1)) {
      if (raw.matches(".*~([^01]|$).*")) {
        throw new IllegalArgumentException("Invalid JSON Pointer \"" + text + "\": \"~\" must be followed by 0 or 1");
      }
      pointer = pointer.field(raw.replace("~1", "/").replace("~0", "~"));
    }
    return pointer;
  }

  /**
   * Returns the pointer to a field of the object this pointer points at.
   *
   * @param name the field name, not null
   * @return the longer pointer, not null
   */
  public Pointer field(String name) {
    return new Pointer(this, requireNonNull(name, "name"));
  }

  /**
   * Returns the pointer to an element of the array this pointer points at.
   *
   * @param index the index, from 0
   * @return the longer pointer, not null
   * @throws IllegalArgumentException if the index is negative
   */
  public Pointer index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: " + index);
    }
    return new Pointer(this, index < INDEXES.length ? INDEXES[index] : Integer.toString(index));
  }

  /**
   * The text of the first indexes, made once: checks build a pointer for
   * every element they visit, and turning the index into text was the largest
   * single cost of validating the whole country.
   */
  private static final String[] INDEXES = new String[8192];

  static {
    for (int i = 0; i < INDEXES.length; i++) {
      INDEXES[i] = Integer.toString(i);
    }
  }

  /** {@return the unescaped segments, from the root} */
  public List<String> segments() {
    java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
    for (Pointer p = this; p.parent != null; p = p.parent) {
      out.addFirst(p.segment);
    }
    return ImmutableList.copyOf(out);
  }

  @Override
  public int compareTo(Pointer other) {
    List<String> mine = segments();
    List<String> theirs = other.segments();
    int n = Math.min(mine.size(), theirs.size());
    for (int i = 0; i < n; i++) {
      String a = mine.get(i);
      String b = theirs.get(i);
      if (a.equals(b)) {
        continue;
      }
      boolean aNumber = isIndex(a);
      boolean bNumber = isIndex(b);
      if (aNumber && bNumber) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
      }
      if (aNumber != bNumber) {
        return aNumber ? -1 : 1; // indexes before names, or the order would not be transitive
      }
      return a.compareTo(b);
    }
    return Integer.compare(mine.size(), theirs.size());
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty() || (segment.length() > 1 && segment.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Pointer && ((Pointer) other).segments().equals(segments());
  }

  @Override
  public int hashCode() {
    return segments().hashCode();
  }

  /** Gets the RFC 6901 text, such as "/councils/3/members/0/person"; {@link #parse} reads it back. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (String segment : segments()) {
      out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }
}
