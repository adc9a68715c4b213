package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.AS_OF;
import static io.github.sapha.jackson.internal.Fields.COUNCILS;
import static io.github.sapha.jackson.internal.Fields.DESIGNATIONS;
import static io.github.sapha.jackson.internal.Fields.MEETINGS;
import static io.github.sapha.jackson.internal.Fields.NETWORKS;
import static io.github.sapha.jackson.internal.Fields.ORGANIZATIONS;
import static io.github.sapha.jackson.internal.Fields.PEOPLE;
import static io.github.sapha.jackson.internal.Fields.PLANS;
import static io.github.sapha.jackson.internal.Fields.SCHEMA_VERSION;
import static io.github.sapha.jackson.internal.Fields.SCHEMA_VERSION_1;

import io.github.sapha.council.Council;
import io.github.sapha.council.Id;
import io.github.sapha.council.Network;
import io.github.sapha.council.Organization;
import io.github.sapha.council.Person;
import io.github.sapha.designation.Designation;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.plan.Plan;
import io.github.sapha.registry.Registry;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads a whole {@link Registry}, format v1: {@code schemaVersion} (which
 * must be 1), {@code asOf}, and the {@code councils}, {@code networks},
 * {@code organizations}, {@code people}, {@code meetings}, {@code plans} and
 * {@code designations} (each empty when left out).
 *
 * <p>Ids are checked for uniqueness as the collections are read, so that a
 * duplicate is reported at the element that repeats it, with the pointer of
 * the first use.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class RegistryDeserializer extends SaphaDeserializer<Registry> {
  static final Shape SHAPE =
      Shape.of("a registry", SCHEMA_VERSION, AS_OF, COUNCILS, NETWORKS, ORGANIZATIONS, PEOPLE, MEETINGS, PLANS, DESIGNATIONS)
          .required(SCHEMA_VERSION, AS_OF);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public RegistryDeserializer(ReadOptions options) {
    super(Registry.class, SHAPE.what(), options, false);
  }

  @Override
  protected Registry readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a registry at the current token.
   *
   * @param in the reading position, not null
   * @return the registry, not null
   */
  public static Registry read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    Registry.Builder registry = Registry.builder();
    // Councils, networks and organisations share one space of ids (they are all bodies).
    Map<Id, Use> bodies = new HashMap<>();
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case SCHEMA_VERSION -> schemaVersion(in);
        case AS_OF -> registry.asOf(Scalars.date(in));
        case COUNCILS -> collection(in, COUNCILS, CouncilDeserializer::read, Council::id, bodies, registry::addCouncil);
        case NETWORKS -> collection(in, NETWORKS, NetworkDeserializer::read, Network::id, bodies, registry::addNetwork);
        case ORGANIZATIONS -> collection(
            in, ORGANIZATIONS, OrganizationDeserializer::read, Organization::id, bodies, registry::addOrganization);
        // Read as personal data as a whole, so that nothing between or in place of people is shown.
        case PEOPLE -> in.personal(
            () -> collection(in, PEOPLE, PersonDeserializer::read, Person::id, new HashMap<>(), registry::addPerson));
        case MEETINGS -> collection(
            in, MEETINGS, MeetingDeserializer::read, Meeting::id, new HashMap<>(), registry::addMeeting);
        case PLANS -> collection(in, PLANS, PlanDeserializer::read, Plan::id, new HashMap<>(), registry::addPlan);
        case DESIGNATIONS -> collection(
            in, DESIGNATIONS, DesignationDeserializer::read, Designation::id, new HashMap<>(), registry::addDesignation);
        default -> throw new AssertionError(field);
      }
    }
    return object.build(registry::build);
  }

  private static void schemaVersion(JsonIn in) {
    if (in.token() == JsonToken.VALUE_NUMBER_INT && in.string().equals(Integer.toString(SCHEMA_VERSION_1))) {
      return;
    }
    if (in.token() == JsonToken.VALUE_NUMBER_INT) {
      throw in.error(
          "Unsupported schemaVersion " + in.string() + ": this reader supports schemaVersion " + SCHEMA_VERSION_1);
    }
    throw in.wrongType("the integer " + SCHEMA_VERSION_1);
  }

  /** Where an id was first used: the collection and the element's index. */
  private record Use(String collection, int index) {
    String pointer() {
      return "/" + collection + "/" + index;
    }
  }

  /**
   * Reads one collection, refusing an id that an earlier element of it, or
   * for bodies of another body collection, already uses. Where each id was
   * used is kept as a collection and an index; the pointer text is made only
   * for an error.
   */
  private static <T> void collection(
      JsonIn in,
      String collection,
      Function<JsonIn, T> read,
      Function<T, ? extends Id> id,
      Map<Id, Use> used,
      Consumer<T> add) {
    int[] index = {0};
    in.array(
        () -> {
          TokenStreamLocation start = in.location();
          T item = read.apply(in);
          Use here = new Use(collection, index[0]++);
          Use other = used.putIfAbsent(id.apply(item), here);
          if (other != null) {
            throw JsonIn.at(
                here.pointer(),
                start,
                "duplicate id " + id.apply(item) + ": already used at " + other.pointer()
                    + (other.collection().equals(collection)
                        ? ""
                        : "; ids must be unique across councils, networks and organizations"),
                null);
          }
          add.accept(item);
        });
  }

}
