package io.github.sapha.registry;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.sapha.council.Body;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.Council;
import io.github.sapha.council.Id;
import io.github.sapha.council.MeetingId;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Network;
import io.github.sapha.council.Organization;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.Subdistrict;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.internal.MissingFields;
import io.github.sapha.internal.Checks;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.plan.Plan;
import io.github.sapha.plan.PlanLevel;
import io.github.sapha.plan.PlanTree;
import io.github.sapha.plan.Project;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The aggregate root: a snapshot, as of a date, of councils, networks,
 * organisations, people, meetings and plans. Every collection keeps document order
 * and is keyed by id; the builder refuses a duplicate id within a collection,
 * and a body id (council, network, organisation) used twice across those
 * three. References between objects are by id: a reference that resolves to
 * nothing is for the validator to report, not a build failure.
 *
 * <pre>{@code
 * Registry registry = Registry.builder()
 *     .asOf(LocalDate.of(2017, 5, 18))
 *     .addCouncil(banDai)
 *     .addPerson(chair)
 *     .build();
 * registry.coverage(DistrictCode.parse("5709")); // 5709 on 2017-05-18: 8/8 (100%), full
 * }</pre>
 *
 * <p>To write or read JSON, use {@code SaphaJson} or a Jackson mapper with
 * {@code SaphaModule}, both in {@code sapha-jackson}. A Jackson mapper without
 * the module does not fail: it writes a registry as {@code {}} and a {@code
 * Baht} as {@code {"negative":false,"positive":true,"zero":false}}, losing the
 * data silently, since the model has no bean getters and {@code sapha-core}
 * carries no Jackson annotations.
 *
 * <p>This class is immutable and thread-safe; its indexes are built lazily, once.
 */
@Value.Immutable
public abstract class Registry {

  Registry() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the date the registry describes; coverage and "current" queries default to it} */
  public abstract LocalDate asOf();

  /** {@return the councils, in document order} */
  public abstract ImmutableList<Council> councils();

  /** {@return the networks, in document order} */
  public abstract ImmutableList<Network> networks();

  /** {@return the organisations, in document order} */
  public abstract ImmutableList<Organization> organizations();

  /** {@return the people, in document order} */
  public abstract ImmutableList<Person> people();

  /** {@return the meetings, in document order} */
  public abstract ImmutableList<Meeting> meetings();

  /** {@return the plans, in document order} */
  public abstract ImmutableList<Plan> plans();

  // ---- lookup by id -------------------------------------------------------------------------

  @Value.Lazy
  ImmutableMap<BodyId, Council> councilIndex() {
    return index(councils(), Council::id);
  }

  @Value.Lazy
  ImmutableMap<BodyId, Network> networkIndex() {
    return index(networks(), Network::id);
  }

  @Value.Lazy
  ImmutableMap<BodyId, Organization> organizationIndex() {
    return index(organizations(), Organization::id);
  }

  @Value.Lazy
  ImmutableMap<PersonId, Person> personIndex() {
    return index(people(), Person::id);
  }

  @Value.Lazy
  ImmutableMap<MeetingId, Meeting> meetingIndex() {
    return index(meetings(), Meeting::id);
  }

  /**
   * Gets the hierarchy of the registry's plans, built once on first use.
   *
   * @return the plan tree, not null
   */
  @Value.Lazy
  public PlanTree planTree() {
    return PlanTree.of(plans());
  }

  private static <K extends Id, T> ImmutableMap<K, T> index(List<T> items, Function<T, K> id) {
    return items.stream().collect(ImmutableMap.toImmutableMap(id, Function.identity()));
  }

  /**
   * Gets the council with an id, if any.
   *
   * @param id the id, not null
   * @return the council with an id, or empty if there is none
   */
  public Optional<Council> council(BodyId id) {
    return Optional.ofNullable(councilIndex().get(requireNonNull(id, "id")));
  }

  /**
   * Gets the network with an id, if any.
   *
   * @param id the id, not null
   * @return the network with an id, or empty if there is none
   */
  public Optional<Network> network(BodyId id) {
    return Optional.ofNullable(networkIndex().get(requireNonNull(id, "id")));
  }

  /**
   * Gets the organisation with an id, if any.
   *
   * @param id the id, not null
   * @return the organisation with an id, or empty if there is none
   */
  public Optional<Organization> organization(BodyId id) {
    return Optional.ofNullable(organizationIndex().get(requireNonNull(id, "id")));
  }

  /**
   * Gets the person with an id, if any.
   *
   * @param id the id, not null
   * @return the person with an id, or empty if there is none
   */
  public Optional<Person> person(PersonId id) {
    return Optional.ofNullable(personIndex().get(requireNonNull(id, "id")));
  }

  /**
   * Gets the meeting with an id, if any.
   *
   * @param id the id, not null
   * @return the meeting with an id, or empty if there is none
   */
  public Optional<Meeting> meeting(MeetingId id) {
    return Optional.ofNullable(meetingIndex().get(requireNonNull(id, "id")));
  }

  /**
   * Gets the plan with an id, if any.
   *
   * @param id the id, not null
   * @return the plan with an id, or empty if there is none
   */
  public Optional<Plan> plan(PlanId id) {
    return planTree().plan(id);
  }

  /**
   * Gets the council, network or organisation with an id, if any.
   *
   * @param id the id, not null
   * @return the council, network or organisation with an id, or empty if there is none
   */
  public Optional<Body> body(BodyId id) {
    requireNonNull(id, "id");
    Body body = councilIndex().get(id);
    if (body == null) {
      body = networkIndex().get(id);
    }
    if (body == null) {
      body = organizationIndex().get(id);
    }
    return Optional.ofNullable(body);
  }

  // ---- queries ------------------------------------------------------------------------------

  /**
   * Gets the councils whose area lies in an area: the councils of a district
   * or of a province, in document order.
   *
   * @param area a province, district or sub-district code, not null
   * @return the councils, not null
   */
  public List<Council> councilsIn(AreaCode area) {
    requireNonNull(area, "area");
    return councils().stream().filter(c -> c.area().liesIn(area)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the coverage of a district on the as-of date, against the bundled
   * gazetteer of Thailand.
   *
   * @param district the district, not null
   * @return the coverage, not null
   * @throws IllegalArgumentException if the gazetteer has no sub-districts for the district
   */
  public Coverage coverage(DistrictCode district) {
    return coverage(district, asOf(), Gazetteer.thailand());
  }

  /**
   * Gets the coverage of a district on a date: its sub-districts (from the
   * gazetteer) that lie in the area of at least one council active that day.
   *
   * @param district the district, not null
   * @param date the day, not null
   * @param gazetteer the gazetteer listing the district's sub-districts, not null
   * @return the coverage, not null
   * @throws IllegalArgumentException if the gazetteer has no sub-districts for the district
   */
  public Coverage coverage(DistrictCode district, LocalDate date, Gazetteer gazetteer) {
    requireNonNull(district, "district");
    requireNonNull(date, "date");
    List<Subdistrict> subdistricts = gazetteer.subdistricts(district);
    if (subdistricts.isEmpty()) {
      throw new IllegalArgumentException(
          "District " + district + " has no sub-districts in the gazetteer, so it has no coverage");
    }
    ImmutableSortedSet.Builder<SubdistrictCode> covered = ImmutableSortedSet.naturalOrder();
    for (Council council : councils()) {
      if (council.isActiveOn(date)) {
        for (SubdistrictCode code : council.area().subdistricts()) {
          if (district.contains(code)) {
            covered.add(code);
          }
        }
      }
    }
    ImmutableList<SubdistrictCode> codes =
        subdistricts.stream().map(Subdistrict::code).collect(ImmutableList.toImmutableList());
    ImmutableSortedSet<SubdistrictCode> coveredKnown =
        covered.build().stream()
            .filter(codes::contains)
            .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
    return new Coverage(district, date, codes, coveredKnown);
  }

  /**
   * Gets the memberships of a council held on a day.
   *
   * @param council the council's id, not null
   * @param date the day, not null
   * @return the memberships in document order
   * @throws IllegalArgumentException if the registry has no such council
   */
  public List<Membership> members(BodyId council, LocalDate date) {
    requireNonNull(date, "date");
    return require(council).members().stream()
        .filter(m -> m.isActiveOn(date))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the posts of a body (council, network or organisation) whose term
   * includes a day, held or vacant.
   *
   * @param body the body's id, not null
   * @param date the day, not null
   * @return the posts in document order
   * @throws IllegalArgumentException if the registry has no such body
   */
  public List<Post> posts(BodyId body, LocalDate date) {
    requireNonNull(date, "date");
    return requireBody(body).posts().stream()
        .filter(p -> p.isActiveOn(date))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the officers of a body on a day: held posts of chair, vice-chair,
   * secretary and treasurer.
   *
   * @param body the body's id, not null
   * @param date the day, not null
   * @return the officer posts in document order
   * @throws IllegalArgumentException if the registry has no such body
   */
  public List<Post> officers(BodyId body, LocalDate date) {
    return posts(body, date).stream()
        .filter(p -> p.role().isOfficer() && !p.isVacant())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets who held a post of a body on a day: for a single-holder role such as
   * chair, at most one person in a valid registry.
   *
   * @param body the body's id, not null
   * @param role the role, not null
   * @param date the day, not null
   * @return the holders' person ids in document order
   * @throws IllegalArgumentException if the registry has no such body
   */
  public List<PersonId> holders(BodyId body, PostRole role, LocalDate date) {
    requireNonNull(role, "role");
    return posts(body, date).stream()
        .filter(p -> p.role() == role)
        .flatMap(p -> p.holder().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the networks a council belongs to: those that list it, and the
   * networks that list those, upward (district network, then provincial, then
   * national), each once.
   *
   * @param council the council's id, not null
   * @return the networks, nearest first
   * @throws IllegalArgumentException if the registry has no such council
   */
  public List<Network> networksOf(BodyId council) {
    require(council);
    Set<Network> found = new LinkedHashSet<>();
    Deque<Network> todo = new ArrayDeque<>(memberOf().get(council));
    while (!todo.isEmpty()) {
      Network network = todo.removeFirst();
      if (found.add(network)) {
        todo.addAll(memberOf().get(network.id()));
      }
    }
    return ImmutableList.copyOf(found);
  }

  /** Maps a council or network id to the networks that list it directly. */
  @Value.Lazy
  ImmutableListMultimap<BodyId, Network> memberOf() {
    ImmutableListMultimap.Builder<BodyId, Network> map = ImmutableListMultimap.builder();
    for (Network network : networks()) {
      network.councils().forEach(member -> map.put(member, network));
      network.networks().forEach(member -> map.put(member, network));
    }
    return map.build();
  }

  /**
   * Gets the meetings of a body in a period: those whose body it is or that
   * it organised, dated from {@code from} to {@code to} inclusive, by date.
   *
   * @param body the body's id, not null
   * @param from the first day, not null
   * @param to the last day, not before {@code from}, not null
   * @return the meetings by date, then document order
   * @throws IllegalArgumentException if the registry has no such body, or the period ends before it starts
   */
  public List<Meeting> meetingsOf(BodyId body, LocalDate from, LocalDate to) {
    requireBody(body);
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("Period end " + to + " is before its start " + from);
    }
    return meetings().stream()
        .filter(m -> m.body().filter(body::equals).isPresent() || m.organisers().contains(body))
        .filter(m -> !m.date().isBefore(from) && !m.date().isAfter(to))
        .sorted(Comparator.comparing(Meeting::date))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets which councils of a district plan's area, active on the as-of date
   * (as for {@link #coverage}), have a plan linked into it: a plan they own
   * among the district plan's descendants.
   *
   * @param districtPlan the id of a district plan, not null
   * @return the linked and unlinked councils, not null
   * @throws IllegalArgumentException if there is no such plan or it is not a district plan
   */
  public PlanCoverage planCoverage(PlanId districtPlan) {
    Plan plan =
        plan(districtPlan)
            .orElseThrow(() -> new IllegalArgumentException("The registry has no plan " + districtPlan));
    if (plan.level() != PlanLevel.DISTRICT) {
      throw new IllegalArgumentException(
          "Plan " + districtPlan + " is a " + plan.level().english() + ", not a district plan");
    }
    Set<BodyId> owners = new java.util.HashSet<>();
    planTree().descendants(districtPlan).forEach(p -> owners.add(p.owner()));
    ImmutableList.Builder<Council> linked = ImmutableList.builder();
    ImmutableList.Builder<Council> unlinked = ImmutableList.builder();
    for (Council council : councilsIn(plan.area().orElseThrow())) {
      if (council.isActiveOn(asOf())) {
        (owners.contains(council.id()) ? linked : unlinked).add(council);
      }
    }
    return new PlanCoverage(plan, linked.build(), unlinked.build());
  }

  private Council require(BodyId council) {
    return council(council)
        .orElseThrow(() -> new IllegalArgumentException("The registry has no council " + council));
  }

  private Body requireBody(BodyId body) {
    return body(body)
        .orElseThrow(() -> new IllegalArgumentException("The registry has no council, network or organization " + body));
  }

  // ---- structural checks ----------------------------------------------------------------------

  @Value.Check
  final void check() {
    unique("councils", councils(), Council::id);
    unique("networks", networks(), Network::id);
    unique("organizations", organizations(), Organization::id);
    unique("people", people(), Person::id);
    unique("meetings", meetings(), Meeting::id);
    unique("plans", plans(), Plan::id);
    Map<BodyId, String> bodies =
        new HashMap<>((councils().size() + networks().size() + organizations().size()) * 2);
    claim(bodies, "councils", councils(), Council::id);
    claim(bodies, "networks", networks(), Network::id);
    claim(bodies, "organizations", organizations(), Organization::id);
    // Every budget total of the registry (a plan's children, a roll-up of the plan tree) is a
    // part of one of these two sums, so none of them can overflow.
    Checks.sumFits("registry", "the budgets of its plans", () -> plans().stream().flatMap(p -> p.budget().stream()).iterator());
    Checks.sumFits(
        "registry",
        "the budgets of the projects of its plans",
        () -> plans().stream().flatMap(p -> p.projects().stream()).map(Project::budget).iterator());
  }

  private static <T> void unique(String collection, List<T> items, Function<T, ? extends Id> id) {
    Map<Id, Integer> seen = new HashMap<>(items.size() * 2);
    for (int i = 0; i < items.size(); i++) {
      Integer first = seen.putIfAbsent(id.apply(items.get(i)), i);
      if (first != null) {
        throw new IllegalArgumentException(
            "registry: duplicate id " + id.apply(items.get(i)) + " at /" + collection + "/" + i
                + ", first at /" + collection + "/" + first);
      }
    }
  }

  private static <T> void claim(
      Map<BodyId, String> bodies, String collection, List<T> items, Function<T, BodyId> id) {
    for (int i = 0; i < items.size(); i++) {
      String here = "/" + collection + "/" + i;
      String other = bodies.putIfAbsent(id.apply(items.get(i)), here);
      if (other != null) {
        throw new IllegalArgumentException(
            "registry: id " + id.apply(items.get(i)) + " is used by " + other + " and " + here
                + "; ids must be unique across councils, networks and organizations");
      }
    }
  }

  /** Gets a summary such as "Registry[as of 2017-05-18: 8 councils, 3 networks, ...]". */
  @Override
  public String toString() {
    return "Registry[as of " + asOf() + ": " + councils().size() + " councils, " + networks().size()
        + " networks, " + organizations().size() + " organizations, " + people().size() + " people, "
        + meetings().size() + " meetings, " + plans().size() + " plans]";
  }

  /**
   * Builds a {@link Registry}; {@code build()} refuses duplicate ids, naming
   * both positions as JSON Pointers, as the validator and the JSON reader do
   * ("registry: duplicate id council-570801 at /councils/7, first at
   * /councils/0"), and plans whose budgets, or whose projects' budgets, add up
   * to more than the largest amount of baht (so that no total of the
   * validator or the plan tree can overflow).
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableRegistry.Builder {
    Builder() {}

    /**
     * Builds the registry.
     *
     * @return the registry, not null
     * @throws IllegalStateException if a required field (asOf) is not set;
     *     the message names the registry and the fields
     * @throws IllegalArgumentException if the registry is refused, as above
     */
    @Override
    public Registry build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.describe("registry");
      }
    }
  }
}
