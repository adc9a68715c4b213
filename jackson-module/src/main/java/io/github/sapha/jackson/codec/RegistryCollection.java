package io.github.sapha.jackson.codec;

import io.github.sapha.council.Id;
import io.github.sapha.jackson.deser.JsonIn;
import io.github.sapha.jackson.ser.JsonOut;
import io.github.sapha.registry.Registry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.TokenStreamLocation;

/**
 * A collection of the registry, the one special field of format v1: each
 * element's id is checked as it is read, so that a duplicate is reported at
 * the element that repeats it, with the pointer of the first use. Councils,
 * networks and organisations share one space of ids (they are all bodies).
 * The people are personal data as a whole: nothing between or in place of
 * them is shown.
 *
 * <p>Internal: not exported from the module. Instances are immutable and thread-safe.
 *
 * @param <E> the element type
 */
final class RegistryCollection<E> extends Field<Registry, RegistryCollection.Values> {
  /** What a registry holds while it is read: its builder and the ids of the bodies read so far. */
  static final class Values {
    final Registry.Builder registry = Registry.builder();
    final Map<Id, Use> bodies = new HashMap<>();
  }

  /** Where an id was first used: the collection and the element's index. */
  private record Use(String collection, int index) {
    String pointer() {
      return "/" + collection + "/" + index;
    }
  }

  private final Function<Registry, List<E>> get;
  private final BiConsumer<Registry.Builder, E> add;
  private final ObjectCodec<E, ?> element;
  private final Function<E, ? extends Id> id;
  private final boolean body;
  private final boolean ifAny;

  private RegistryCollection(
      String name,
      Function<Registry, List<E>> get,
      BiConsumer<Registry.Builder, E> add,
      ObjectCodec<E, ?> element,
      Function<E, ? extends Id> id,
      boolean body,
      boolean ifAny) {
    super(name, false, element);
    this.get = get;
    this.add = add;
    this.element = element;
    this.id = id;
    this.body = body;
    this.ifAny = ifAny;
  }

  /** A collection of bodies, whose ids are unique across the three collections of bodies. */
  static <E extends io.github.sapha.council.Body> RegistryCollection<E> bodies(
      String name, Function<Registry, List<E>> get, BiConsumer<Registry.Builder, E> add, ObjectCodec<E, ?> element) {
    return new RegistryCollection<>(name, get, add, element, io.github.sapha.council.Body::id, true, false);
  }

  /** Another collection, with ids unique within it; {@code ifAny}: written only when not empty. */
  static <E> RegistryCollection<E> of(
      String name,
      Function<Registry, List<E>> get,
      BiConsumer<Registry.Builder, E> add,
      ObjectCodec<E, ?> element,
      Function<E, ? extends Id> id,
      boolean ifAny) {
    return new RegistryCollection<>(name, get, add, element, id, false, ifAny);
  }

  @Override
  public boolean array() {
    return true;
  }

  @Override
  void read(JsonIn in, Values values) {
    boolean personal = element.personal();
    boolean was = personal && in.enterPersonal();
    Map<Id, Use> used = body ? values.bodies : new HashMap<>();
    in.beginArray();
    for (int i = 0; in.nextElement(i); i++) {
      TokenStreamLocation start = in.location();
      E item = element.read(in);
      Use here = new Use(name(), i);
      Use other = used.putIfAbsent(id.apply(item), here);
      if (other != null) {
        throw JsonIn.at(
            here.pointer(),
            start,
            "duplicate id " + id.apply(item) + ": already used at " + other.pointer()
                + (other.collection().equals(name())
                    ? ""
                    : "; ids must be unique across councils, networks and organizations"),
            null);
      }
      add.accept(values.registry, item);
    }
    if (personal) {
      in.leavePersonal(was);
    }
  }

  @Override
  void write(Registry registry, JsonOut out) {
    List<E> items = get.apply(registry);
    if (items.isEmpty() && (ifAny || !out.writeEmptyCollections())) {
      return;
    }
    out.name(name());
    out.startArray();
    for (E item : items) {
      element.write(item, out);
    }
    out.endArray();
  }
}
