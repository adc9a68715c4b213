package io.github.sapha.diff;

import static java.util.Objects.requireNonNull;

import io.github.sapha.validation.Pointer;
import java.util.Optional;

/**
 * One changed field of a changed object, or one element added to or removed
 * from a nested list (memberships, posts, projects, participants, a
 * council's communities): its JSON Pointer in the old and in the new
 * document, and its old and new value.
 *
 * <p>A pointer is present where the value is: an added field or element has
 * only a new pointer, a removed one only an old pointer. Values are model
 * objects ({@code String}, {@code LocalDate}, {@code Integer}, {@code
 * Boolean}, ids, codes, {@code Baht}, enums, lists, or parts such as {@code
 * Term} and {@code Membership}), as the JSON format holds them. Personal data
 * (a person's name, Latin name, phone number or citizen id) is reported
 * with its pointers and {@link #isPersonal()} true, never with its values.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FieldChange {
  private final Pointer oldPath;
  private final Pointer newPath;
  private final Object oldValue;
  private final Object newValue;
  private final boolean personal;

  FieldChange(Pointer oldPath, Pointer newPath, Object oldValue, Object newValue, boolean personal) {
    if (oldPath == null && newPath == null) {
      throw new IllegalArgumentException("a field change needs an old or a new path");
    }
    this.oldPath = oldPath;
    this.newPath = newPath;
    this.oldValue = personal ? null : oldValue;
    this.newValue = personal ? null : newValue;
    this.personal = personal;
  }

  /**
   * Gets how the field differs: added (only a new path), removed (only an old path) or changed (both).
   *
   * @return the kind, never {@link ChangeKind#MOVED}
   */
  public ChangeKind kind() {
    return oldPath == null ? ChangeKind.ADDED : newPath == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
  }

  /**
   * Gets the pointer in the old document, if the field is there.
   *
   * @return the pointer, or empty for an added field
   */
  public Optional<Pointer> oldPath() {
    return Optional.ofNullable(oldPath);
  }

  /**
   * Gets the pointer in the new document, if the field is there.
   *
   * @return the pointer, or empty for a removed field
   */
  public Optional<Pointer> newPath() {
    return Optional.ofNullable(newPath);
  }

  /**
   * Gets the old value; empty for an added field and for personal data.
   *
   * @return the value, or empty
   */
  public Optional<Object> oldValue() {
    return Optional.ofNullable(oldValue);
  }

  /**
   * Gets the new value; empty for a removed field and for personal data.
   *
   * @return the value, or empty
   */
  public Optional<Object> newValue() {
    return Optional.ofNullable(newValue);
  }

  /**
   * Checks if the field is personal data, whose values are never reported.
   *
   * @return true for a person's name, Latin name, phone number or citizen id
   */
  public boolean isPersonal() {
    return personal;
  }

  /**
   * Gets the path to show: the new one, or the old one for a removed field.
   *
   * @return the pointer, not null
   */
  public Pointer path() {
    return newPath != null ? newPath : oldPath;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FieldChange o
        && java.util.Objects.equals(o.oldPath, oldPath)
        && java.util.Objects.equals(o.newPath, newPath)
        && java.util.Objects.equals(o.oldValue, oldValue)
        && java.util.Objects.equals(o.newValue, newValue)
        && o.personal == personal;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(oldPath, newPath, oldValue, newValue, personal);
  }

  /**
   * Gets a short form such as "changed /councils/0/nameTh" or, for a field
   * at another index in the old document, "changed /councils/0/nameTh (was
   * /councils/1/nameTh)"; values are left out (they may be long, and some are
   * personal data).
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    String moved = oldPath != null && newPath != null && !oldPath.equals(newPath) ? " (was " + oldPath + ")" : "";
    return kind().label() + " " + requireNonNull(path()) + moved + (personal ? " (personal data, values not shown)" : "");
  }
}
