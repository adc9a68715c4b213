package io.github.sapha.diff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.sapha.council.Council;
import io.github.sapha.council.Id;
import io.github.sapha.council.Network;
import io.github.sapha.council.Organization;
import io.github.sapha.council.Person;
import io.github.sapha.designation.Designation;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.plan.Plan;
import io.github.sapha.registry.FieldNames;
import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Pointer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The differences between two registries: the objects added, removed,
 * changed and moved in each collection, matched by id, and for a changed
 * object each changed field with its JSON Pointer in the old and the new
 * document and its old and new value.
 *
 * <pre>{@code
 * RegistryDiff diff = RegistryDiff.between(lastMonth, today);
 * diff.summary();            // "councils: 1 added, 2 changed; people: 1 changed"
 * diff.changes();            // each object, by collection then id
 * diff.apply(lastMonth);     // equals today
 * }</pre>
 *
 * <p>Nested lists without ids are matched by what identifies their elements:
 * memberships by person and community, posts by role, holder and term start,
 * participants by person and role; a council's communities and a plan's
 * projects by id. Their elements are reported added, removed or changed,
 * never as index shifts. Personal data (a person's name, Latin name, phone
 * number and citizen id) is reported as changed with its pointers, never
 * with its values.
 *
 * <p>Changes are ordered by collection (in the order of the format), then by
 * id; the fields of an object in the order of the format. Comparing is linear
 * in the size of the two registries, apart from sorting the changes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegistryDiff {
  private final LocalDate oldAsOf;
  private final LocalDate newAsOf;
  private final ImmutableList<ObjectChange> changes;

  private RegistryDiff(LocalDate oldAsOf, LocalDate newAsOf, ImmutableList<ObjectChange> changes) {
    this.oldAsOf = oldAsOf;
    this.newAsOf = newAsOf;
    this.changes = changes;
  }

  /**
   * Compares two registries.
   *
   * @param older the old registry, not null
   * @param newer the new registry, not null
   * @return the differences, not null; empty when the registries are equal
   */
  public static RegistryDiff between(Registry older, Registry newer) {
    requireNonNull(older, "older");
    requireNonNull(newer, "newer");
    List<ObjectChange> changes = new ArrayList<>();
    collection(changes, RegistryCollection.COUNCILS, older.councils(), newer.councils(), Council::id,
        ObjectFields::council);
    collection(changes, RegistryCollection.NETWORKS, older.networks(), newer.networks(), Network::id,
        ObjectFields::network);
    collection(changes, RegistryCollection.ORGANIZATIONS, older.organizations(), newer.organizations(),
        Organization::id, ObjectFields::organization);
    collection(changes, RegistryCollection.PEOPLE, older.people(), newer.people(), Person::id,
        ObjectFields::person);
    collection(changes, RegistryCollection.MEETINGS, older.meetings(), newer.meetings(), Meeting::id,
        ObjectFields::meeting);
    collection(changes, RegistryCollection.PLANS, older.plans(), newer.plans(), Plan::id, ObjectFields::plan);
    collection(changes, RegistryCollection.DESIGNATIONS, older.designations(), newer.designations(),
        Designation::id, ObjectFields::designation);
    return new RegistryDiff(older.asOf(), newer.asOf(), ImmutableList.copyOf(changes));
  }

  private static <T> void collection(
      List<ObjectChange> out,
      RegistryCollection collection,
      List<T> older,
      List<T> newer,
      Function<T, ? extends Id> id,
      FieldDiffer.Fields<T> fields) {
    if (older.equals(newer)) {
      return;
    }
    Map<Id, Integer> oldIndex = new HashMap<>(older.size() * 2);
    for (int i = 0; i < older.size(); i++) {
      oldIndex.put(id.apply(older.get(i)), i);
    }
    List<ObjectChange> here = new ArrayList<>();
    boolean[] matched = new boolean[older.size()];
    // The unchanged objects present in both, in new order, with their old index.
    int[] unchangedOld = new int[Math.min(older.size(), newer.size())];
    int[] unchangedNew = new int[unchangedOld.length];
    int unchanged = 0;
    Pointer base = Pointer.ROOT.field(collection.field());
    for (int j = 0; j < newer.size(); j++) {
      T item = newer.get(j);
      Integer i = oldIndex.get(id.apply(item));
      if (i == null) {
        here.add(new ObjectChange(ChangeKind.ADDED, collection, id.apply(item), -1, j, null, item, ImmutableList.of()));
        continue;
      }
      matched[i] = true;
      T old = older.get(i);
      if (old.equals(item)) {
        unchangedOld[unchanged] = i;
        unchangedNew[unchanged++] = j;
        continue;
      }
      List<FieldChange> found = new ArrayList<>();
      FieldDiffer differ = new FieldDiffer(found, base.index(i), base.index(j));
      fields.compare(differ, old, item);
      if (found.isEmpty()) {
        differ.whole(old, item, collection == RegistryCollection.PEOPLE);
      }
      here.add(new ObjectChange(ChangeKind.CHANGED, collection, id.apply(item), i, j, old, item,
          ImmutableList.copyOf(found)));
    }
    for (int i = 0; i < older.size(); i++) {
      if (!matched[i]) {
        T old = older.get(i);
        here.add(new ObjectChange(ChangeKind.REMOVED, collection, id.apply(old), i, -1, old, null, ImmutableList.of()));
      }
    }
    boolean[] staying = longestIncreasing(unchangedOld, unchanged);
    for (int k = 0; k < unchanged; k++) {
      if (!staying[k]) {
        T old = older.get(unchangedOld[k]);
        here.add(new ObjectChange(ChangeKind.MOVED, collection, id.apply(old), unchangedOld[k], unchangedNew[k], old,
            newer.get(unchangedNew[k]), ImmutableList.of()));
      }
    }
    here.sort(Comparator.comparing(ObjectChange::id));
    out.addAll(here);
  }

  /**
   * Marks a longest strictly increasing subsequence of the first {@code n}
   * values: the unchanged objects that keep their relative order; the others
   * moved. O(n log n).
   */
  private static boolean[] longestIncreasing(int[] values, int n) {
    int[] tails = new int[n]; // index into values of the smallest tail of each length
    int[] previous = new int[n];
    int length = 0;
    for (int k = 0; k < n; k++) {
      int low = 0;
      int high = length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (values[tails[mid]] < values[k]) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      previous[k] = low > 0 ? tails[low - 1] : -1;
      tails[low] = k;
      if (low == length) {
        length++;
      }
    }
    boolean[] in = new boolean[n];
    for (int k = length > 0 ? tails[length - 1] : -1; k >= 0; k = previous[k]) {
      in[k] = true;
    }
    return in;
  }

  /**
   * Gets the old registry's as-of date.
   *
   * @return the date, not null
   */
  public LocalDate oldAsOf() {
    return oldAsOf;
  }

  /**
   * Gets the new registry's as-of date.
   *
   * @return the date, not null
   */
  public LocalDate newAsOf() {
    return newAsOf;
  }

  /**
   * Gets the change of the as-of date, at {@code /asOf}, if it moved.
   *
   * @return the change, or empty
   */
  public Optional<FieldChange> asOfChange() {
    if (oldAsOf.equals(newAsOf)) {
      return Optional.empty();
    }
    Pointer at = Pointer.ROOT.field(FieldNames.AS_OF);
    return Optional.of(new FieldChange(at, at, oldAsOf, newAsOf, false));
  }

  /**
   * Gets the objects that differ, by collection in the order of the format, then by id.
   *
   * @return the changes, not null
   */
  public List<ObjectChange> changes() {
    return changes;
  }

  /**
   * Gets the objects of one collection that differ, by id.
   *
   * @param collection the collection, not null
   * @return the changes, not null
   */
  public List<ObjectChange> changes(RegistryCollection collection) {
    requireNonNull(collection, "collection");
    return changes.stream().filter(c -> c.collection() == collection).collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks if the two registries are equal.
   *
   * @return true if nothing differs, the as-of date included
   */
  public boolean isEmpty() {
    return changes.isEmpty() && oldAsOf.equals(newAsOf);
  }

  /**
   * Counts the objects of a collection that differ in one way.
   *
   * @param collection the collection, not null
   * @param kind the kind of change, not null
   * @return the count, not negative
   */
  public int count(RegistryCollection collection, ChangeKind kind) {
    requireNonNull(collection, "collection");
    requireNonNull(kind, "kind");
    return (int) changes.stream().filter(c -> c.collection() == collection && c.kind() == kind).count();
  }

  /**
   * Gets the counts per collection and kind, leaving out zeros, such as
   * "asOf 2017-05-18 to 2017-06-01; councils: 1 added, 2 changed; people: 1
   * removed", or "no differences".
   *
   * @return the summary, not null
   */
  public String summary() {
    if (isEmpty()) {
      return "no differences";
    }
    Map<RegistryCollection, int[]> counts = new EnumMap<>(RegistryCollection.class);
    for (ObjectChange change : changes) {
      counts.computeIfAbsent(change.collection(), c -> new int[ChangeKind.values().length])[change.kind().ordinal()]++;
    }
    StringJoiner out = new StringJoiner("; ");
    if (!oldAsOf.equals(newAsOf)) {
      out.add("asOf " + oldAsOf + " to " + newAsOf);
    }
    counts.forEach(
        (collection, byKind) -> {
          StringJoiner kinds = new StringJoiner(", ", collection.field() + ": ", "");
          for (ChangeKind kind : ChangeKind.values()) {
            if (byKind[kind.ordinal()] > 0) {
              kinds.add(byKind[kind.ordinal()] + " " + kind.label());
            }
          }
          out.add(kinds.toString());
        });
    return out.toString();
  }

  /**
   * Applies the diff to its old registry, giving its new registry: the
   * objects added, removed, changed and moved take their places in document
   * order. The result goes through the registry's builder and keeps its rules.
   *
   * @param older the registry the diff was made from, not null
   * @return the new registry, not null
   * @throws IllegalArgumentException if the registry is not the diff's old
   *     registry where the diff changes it
   */
  public Registry apply(Registry older) {
    requireNonNull(older, "older");
    if (!older.asOf().equals(oldAsOf)) {
      throw new IllegalArgumentException(
          "The diff does not apply to this registry: it is as of " + older.asOf() + ", the diff's old registry as of "
              + oldAsOf);
    }
    return Registry.builder()
        .asOf(newAsOf)
        .addAllCouncils(apply(RegistryCollection.COUNCILS, older.councils(), Council::id, Council.class))
        .addAllNetworks(apply(RegistryCollection.NETWORKS, older.networks(), Network::id, Network.class))
        .addAllOrganizations(
            apply(RegistryCollection.ORGANIZATIONS, older.organizations(), Organization::id, Organization.class))
        .addAllPeople(apply(RegistryCollection.PEOPLE, older.people(), Person::id, Person.class))
        .addAllMeetings(apply(RegistryCollection.MEETINGS, older.meetings(), Meeting::id, Meeting.class))
        .addAllPlans(apply(RegistryCollection.PLANS, older.plans(), Plan::id, Plan.class))
        .addAllDesignations(
            apply(RegistryCollection.DESIGNATIONS, older.designations(), Designation::id, Designation.class))
        .build();
  }

  private <T> List<T> apply(RegistryCollection collection, List<T> older, Function<T, ? extends Id> id, Class<T> type) {
    List<ObjectChange> mine = changes(collection);
    if (mine.isEmpty()) {
      return older;
    }
    boolean[] touched = new boolean[older.size()];
    int size = older.size();
    for (ObjectChange change : mine) {
      if (change.kind() == ChangeKind.ADDED) {
        size++;
        continue;
      }
      int i = change.oldIndex();
      if (i >= older.size() || !id.apply(older.get(i)).equals(change.id()) || !older.get(i).equals(change.oldObject())) {
        throw new IllegalArgumentException(
            "The diff does not apply to this registry: " + collection.field() + " " + change.id() + " at "
                + change.oldPath().orElseThrow() + " is not as the diff's old registry had it");
      }
      touched[i] = true;
      if (change.kind() == ChangeKind.REMOVED) {
        size--;
      }
    }
    Object[] slots = new Object[size];
    for (ObjectChange change : mine) {
      if (change.newIndex() >= 0) {
        if (change.newIndex() >= size || slots[change.newIndex()] != null) {
          throw new IllegalArgumentException(
              "The diff does not apply to this registry: " + collection.field() + " has " + older.size()
                  + " objects, not as many as the diff's old registry");
        }
        slots[change.newIndex()] = type.cast(change.newObject());
      }
    }
    int next = 0;
    for (int i = 0; i < older.size(); i++) {
      if (!touched[i]) {
        while (next < size && slots[next] != null) {
          next++;
        }
        if (next == size) {
          throw new IllegalArgumentException(
              "The diff does not apply to this registry: " + collection.field() + " has " + older.size()
                  + " objects, not as many as the diff's old registry");
        }
        slots[next] = older.get(i);
      }
    }
    List<T> out = new ArrayList<>(size);
    for (Object slot : slots) {
      if (slot == null) {
        throw new IllegalArgumentException(
            "The diff does not apply to this registry: " + collection.field() + " has " + older.size()
                + " objects, not as many as the diff's old registry");
      }
      out.add(type.cast(slot));
    }
    return out;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegistryDiff o
        && o.oldAsOf.equals(oldAsOf)
        && o.newAsOf.equals(newAsOf)
        && o.changes.equals(changes);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(oldAsOf, newAsOf, changes);
  }

  /**
   * Gets the {@link #summary()}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "RegistryDiff[" + summary() + "]";
  }
}
