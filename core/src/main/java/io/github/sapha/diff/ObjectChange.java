package io.github.sapha.diff;

import com.google.common.collect.ImmutableList;
import io.github.sapha.council.Id;
import io.github.sapha.validation.Pointer;
import java.util.List;
import java.util.Optional;

/**
 * One object of a registry's collection that differs between two
 * registries, matched by id: added, removed, changed (with its changed
 * fields) or moved (equal, at another place among the unchanged objects).
 *
 * <p>The objects themselves are kept for {@link RegistryDiff#apply} and not
 * exposed, so that a diff never hands out a person's personal data; the
 * changed fields say what differs.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObjectChange {
  private final ChangeKind kind;
  private final RegistryCollection collection;
  private final Id id;
  private final int oldIndex;
  private final int newIndex;
  private final Object oldObject;
  private final Object newObject;
  private final ImmutableList<FieldChange> fields;

  ObjectChange(
      ChangeKind kind,
      RegistryCollection collection,
      Id id,
      int oldIndex,
      int newIndex,
      Object oldObject,
      Object newObject,
      ImmutableList<FieldChange> fields) {
    this.kind = kind;
    this.collection = collection;
    this.id = id;
    this.oldIndex = oldIndex;
    this.newIndex = newIndex;
    this.oldObject = oldObject;
    this.newObject = newObject;
    this.fields = fields;
  }

  /**
   * Gets how the object differs.
   *
   * @return the kind, not null
   */
  public ChangeKind kind() {
    return kind;
  }

  /**
   * Gets the collection the object belongs to.
   *
   * @return the collection, not null
   */
  public RegistryCollection collection() {
    return collection;
  }

  /**
   * Gets the object's id.
   *
   * @return the id, not null
   */
  public Id id() {
    return id;
  }

  /**
   * Gets the object's pointer in the old document, such as "/councils/3".
   *
   * @return the pointer, or empty for an added object
   */
  public Optional<Pointer> oldPath() {
    return oldIndex < 0 ? Optional.empty() : Optional.of(Pointer.ROOT.field(collection.field()).index(oldIndex));
  }

  /**
   * Gets the object's pointer in the new document.
   *
   * @return the pointer, or empty for a removed object
   */
  public Optional<Pointer> newPath() {
    return newIndex < 0 ? Optional.empty() : Optional.of(Pointer.ROOT.field(collection.field()).index(newIndex));
  }

  /**
   * Gets the changed fields of a changed object, in the order of the format;
   * empty for an added, removed or moved object.
   *
   * @return the changes, not null
   */
  public List<FieldChange> fields() {
    return fields;
  }

  int oldIndex() {
    return oldIndex;
  }

  int newIndex() {
    return newIndex;
  }

  Object oldObject() {
    return oldObject;
  }

  Object newObject() {
    return newObject;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ObjectChange o
        && o.kind == kind
        && o.collection == collection
        && o.id.equals(id)
        && o.oldIndex == oldIndex
        && o.newIndex == newIndex
        && java.util.Objects.equals(o.oldObject, oldObject)
        && java.util.Objects.equals(o.newObject, newObject)
        && o.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(kind, collection, id, oldIndex, newIndex, fields);
  }

  /**
   * Gets a short form such as "changed councils council-570908 at /councils/7 (2 fields)".
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    String at =
        kind == ChangeKind.REMOVED
            ? "at " + oldPath().orElseThrow()
            : kind == ChangeKind.ADDED || oldIndex == newIndex
                ? "at " + newPath().orElseThrow()
                : "at " + newPath().orElseThrow() + " (was " + oldPath().orElseThrow() + ")";
    return kind.label() + " " + collection.field() + " " + id + " " + at
        + (kind == ChangeKind.CHANGED ? " (" + fields.size() + (fields.size() == 1 ? " field)" : " fields)") : "");
  }
}
