package io.github.sapha.registry;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.sapha.council.Body;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.Council;
import io.github.sapha.council.DesignationId;
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
import io.github.sapha.designation.Designation;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.ProvinceCode;
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
 * organisations, people, meetings, plans and designations. Every collection keeps document order
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
 * <p>Edits return changed copies: {@link #with(Council)} and its overloads
 * replace the object with the same id in its place or add it at the end,
 * {@link #without(BodyId)} and its overloads remove one by id, and {@link
 * #withAsOf} moves the date; each copy meets every rule of the builder.
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

  /**
   * Gets the designations (special economic zones, programmes, disaster areas), in document order.
   *
   * @return the designations, not null
   */
  public abstract ImmutableList<Designation> designations();

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

  @Value.Lazy
  ImmutableMap<DesignationId, Designation> designationIndex() {
    return index(designations(), Designation::id);
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
   * Gets the designation with an id, if any.
   *
   * @param id the designation's id, not null
   * @return the designation, or empty
   */
  public Optional<Designation> designation(DesignationId id) {
    return Optional.ofNullable(designationIndex().get(requireNonNull(id, "id")));
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
    requireNonNull(gazetteer, "gazetteer");
    if (gazetteer.subdistricts(district).isEmpty()) {
      throw new IllegalArgumentException(
          "District " + district + " has no sub-districts in the gazetteer, so it has no coverage");
    }
    return districtCoverage(district, date, gazetteer, coveredOn(date, district, gazetteer));
  }

  /**
   * Gets the coverage of a province on the as-of date, against the bundled
   * gazetteer of Thailand.
   *
   * @param province the province, not null
   * @return the coverage, not null
   * @throws IllegalArgumentException if the gazetteer has no sub-districts for the province
   */
  public ProvinceCoverage coverage(ProvinceCode province) {
    return coverage(province, asOf(), Gazetteer.thailand());
  }

  /**
   * Gets the coverage of a province on a date: every sub-district the
   * gazetteer lists in it, in districts with or without a council, and those
   * that lie in the area of at least one council active that day. Takes one
   * pass over the councils, whatever the number of districts.
   *
   * @param province the province, not null
   * @param date the day, not null
   * @param gazetteer the gazetteer listing the province's districts and sub-districts, not null
   * @return the coverage, not null
   * @throws IllegalArgumentException if the gazetteer has no sub-districts for the province
   */
  public ProvinceCoverage coverage(ProvinceCode province, LocalDate date, Gazetteer gazetteer) {
    requireNonNull(province, "province");
    requireNonNull(date, "date");
    requireNonNull(gazetteer, "gazetteer");
    ProvinceCoverage coverage = provinceCoverage(province, date, gazetteer, coveredOn(date, province, gazetteer));
    if (coverage.districts().isEmpty()) {
      throw new IllegalArgumentException(
          "Province " + province + " has no sub-districts in the gazetteer, so it has no coverage");
    }
    return coverage;
  }

  /**
   * Gets the coverage of the country on the as-of date, against the bundled
   * gazetteer of Thailand.
   *
   * @return the coverage, not null
   */
  public CountryCoverage countryCoverage() {
    return countryCoverage(asOf(), Gazetteer.thailand());
  }

  /**
   * Gets the coverage of the country on a date: every sub-district of the
   * gazetteer, in provinces and districts with or without a council, and those
   * that lie in the area of at least one council active that day. Takes one
   * pass over the councils and one over the gazetteer.
   *
   * @param date the day, not null
   * @param gazetteer the gazetteer listing the country's areas, not null
   * @return the coverage, not null
   * @throws IllegalArgumentException if the gazetteer has no sub-districts
   */
  public CountryCoverage countryCoverage(LocalDate date, Gazetteer gazetteer) {
    requireNonNull(date, "date");
    requireNonNull(gazetteer, "gazetteer");
    Map<DistrictCode, ImmutableSortedSet.Builder<SubdistrictCode>> covered = coveredOn(date, null, gazetteer);
    ImmutableList<ProvinceCoverage> provinces =
        gazetteer.provinces().stream()
            .map(p -> provinceCoverage(p.code(), date, gazetteer, covered))
            .filter(p -> !p.districts().isEmpty())
            .collect(ImmutableList.toImmutableList());
    if (provinces.isEmpty()) {
      throw new IllegalArgumentException("The gazetteer has no sub-districts, so the country has no coverage");
    }
    return new CountryCoverage(date, provinces);
  }

  /**
   * The sub-districts known to the gazetteer, inside the scope (null for the
   * whole country), that lie in the area of a council active on the date,
   * grouped by district: one pass over the councils.
   */
  private Map<DistrictCode, ImmutableSortedSet.Builder<SubdistrictCode>> coveredOn(
      LocalDate date, AreaCode scope, Gazetteer gazetteer) {
    Map<DistrictCode, ImmutableSortedSet.Builder<SubdistrictCode>> covered = new HashMap<>();
    for (Council council : councils()) {
      if (council.isActiveOn(date)) {
        for (SubdistrictCode code : council.area().subdistricts()) {
          if ((scope == null || scope.contains(code)) && gazetteer.contains(code)) {
            covered.computeIfAbsent(code.district(), d -> ImmutableSortedSet.naturalOrder()).add(code);
          }
        }
      }
    }
    return covered;
  }

  private static ProvinceCoverage provinceCoverage(
      ProvinceCode province,
      LocalDate date,
      Gazetteer gazetteer,
      Map<DistrictCode, ImmutableSortedSet.Builder<SubdistrictCode>> covered) {
    // A district the gazetteer lists without sub-districts (only a hand-made gazetteer has one) has no coverage.
    ImmutableList<Coverage> districts =
        gazetteer.districts(province).stream()
            .filter(d -> !gazetteer.subdistricts(d.code()).isEmpty())
            .map(d -> districtCoverage(d.code(), date, gazetteer, covered))
            .collect(ImmutableList.toImmutableList());
    return new ProvinceCoverage(province, date, districts);
  }

  private static Coverage districtCoverage(
      DistrictCode district,
      LocalDate date,
      Gazetteer gazetteer,
      Map<DistrictCode, ImmutableSortedSet.Builder<SubdistrictCode>> covered) {
    ImmutableList<SubdistrictCode> codes =
        gazetteer.subdistricts(district).stream().map(Subdistrict::code).collect(ImmutableList.toImmutableList());
    ImmutableSortedSet.Builder<SubdistrictCode> found = covered.get(district);
    return new Coverage(district, date, codes, found == null ? ImmutableSortedSet.of() : found.build());
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

  /**
   * Gets the designations in force on a day that cover an area wholly or in
   * part: those covering sub-district 570908 or district 5709 include the
   * Chiang Rai special economic zone, as do those touching province 57.
   * {@link Designation#covers} tells whole from part.
   *
   * @param area a province, district or sub-district code, not null
   * @param date the day, not null
   * @return the designations in document order, not null
   */
  public List<Designation> designationsCovering(AreaCode area, LocalDate date) {
    requireNonNull(area, "area");
    requireNonNull(date, "date");
    return designations().stream()
        .filter(d -> d.isInForceOn(date) && d.overlaps(area))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the coverage of councils inside a designation on the as-of date,
   * against the bundled gazetteer of Thailand.
   *
   * @param designation the designation's id, not null
   * @return the coverage, not null
   * @throws IllegalArgumentException if the registry has no such designation
   */
  public DesignationCoverage designationCoverage(DesignationId designation) {
    return designationCoverage(designation, asOf(), Gazetteer.thailand());
  }

  /**
   * Gets the coverage of councils inside a designation on a day: its
   * sub-districts that the gazetteer knows (a district counting as all of its
   * sub-districts), the councils active that day whose area lies in them, and
   * which of the sub-districts those councils cover. The day need not be one
   * on which the designation is in force.
   *
   * @param designation the designation's id, not null
   * @param date the day, not null
   * @param gazetteer the gazetteer listing the sub-districts, not null
   * @return the coverage, not null
   * @throws IllegalArgumentException if the registry has no such designation
   */
  public DesignationCoverage designationCoverage(DesignationId designation, LocalDate date, Gazetteer gazetteer) {
    requireNonNull(date, "date");
    requireNonNull(gazetteer, "gazetteer");
    Designation found =
        designation(designation)
            .orElseThrow(() -> new IllegalArgumentException("The registry has no designation " + designation));
    ImmutableSortedSet.Builder<SubdistrictCode> inside = ImmutableSortedSet.naturalOrder();
    for (AreaCode code : found.areas()) {
      if (code instanceof DistrictCode district) {
        gazetteer.subdistricts(district).forEach(s -> inside.add(s.code()));
      } else if (code instanceof SubdistrictCode subdistrict && gazetteer.contains(subdistrict)) {
        inside.add(subdistrict);
      }
    }
    ImmutableSortedSet<SubdistrictCode> subdistricts = inside.build();
    ImmutableSortedSet.Builder<SubdistrictCode> covered = ImmutableSortedSet.naturalOrder();
    ImmutableList.Builder<Council> councils = ImmutableList.builder();
    for (Council council : councils()) {
      if (council.isActiveOn(date) && council.area().subdistricts().stream().anyMatch(found::covers)) {
        councils.add(council);
        council.area().subdistricts().stream().filter(subdistricts::contains).forEach(covered::add);
      }
    }
    return new DesignationCoverage(found, date, subdistricts.asList(), covered.build(), councils.build());
  }

  private Council require(BodyId council) {
    return council(council)
        .orElseThrow(() -> new IllegalArgumentException("The registry has no council " + council));
  }

  private Body requireBody(BodyId body) {
    return body(body)
        .orElseThrow(() -> new IllegalArgumentException("The registry has no council, network or organization " + body));
  }

  // ---- edits by id ----------------------------------------------------------------------------

  /**
   * Returns a copy describing another date; nothing else changes.
   *
   * @param asOf the date, not null
   * @return the registry, not null
   */
  public Registry withAsOf(LocalDate asOf) {
    return copy(requireNonNull(asOf, "asOf"), councils(), networks(), organizations(), people(), meetings(),
        plans(), designations());
  }

  /**
   * Returns a copy with a council added or replaced: it takes the place of the
   * council with the same id, or is added at the end. The copy meets every
   * rule of the builder (an id that a network or organisation uses is refused).
   *
   * @param council the council, not null
   * @return the registry, not null
   * @throws IllegalArgumentException if the builder refuses the copy
   */
  public Registry with(Council council) {
    return copy(asOf(), put(councils(), council, Council::id), networks(), organizations(), people(), meetings(),
        plans(), designations());
  }

  /**
   * Returns a copy with a network added or replaced, in the place of the network with its id or at the end.
   *
   * @param network the network, not null
   * @return the registry, not null
   * @throws IllegalArgumentException if the builder refuses the copy
   */
  public Registry with(Network network) {
    return copy(asOf(), councils(), put(networks(), network, Network::id), organizations(), people(), meetings(),
        plans(), designations());
  }

  /**
   * Returns a copy with an organisation added or replaced, in the place of the organisation with its id or at the end.
   *
   * @param organization the organisation, not null
   * @return the registry, not null
   * @throws IllegalArgumentException if the builder refuses the copy
   */
  public Registry with(Organization organization) {
    return copy(asOf(), councils(), networks(), put(organizations(), organization, Organization::id), people(),
        meetings(), plans(), designations());
  }

  /**
   * Returns a copy with a person added or replaced, in the place of the person with its id or at the end.
   *
   * @param person the person, not null
   * @return the registry, not null
   */
  public Registry with(Person person) {
    return copy(asOf(), councils(), networks(), organizations(), put(people(), person, Person::id), meetings(),
        plans(), designations());
  }

  /**
   * Returns a copy with a meeting added or replaced, in the place of the meeting with its id or at the end.
   *
   * @param meeting the meeting, not null
   * @return the registry, not null
   */
  public Registry with(Meeting meeting) {
    return copy(asOf(), councils(), networks(), organizations(), people(), put(meetings(), meeting, Meeting::id),
        plans(), designations());
  }

  /**
   * Returns a copy with a plan added or replaced, in the place of the plan with its id or at the end.
   *
   * @param plan the plan, not null
   * @return the registry, not null
   */
  public Registry with(Plan plan) {
    return copy(asOf(), councils(), networks(), organizations(), people(), meetings(), put(plans(), plan, Plan::id),
        designations());
  }

  /**
   * Returns a copy with a designation added or replaced, in the place of the designation with its id or at the end.
   *
   * @param designation the designation, not null
   * @return the registry, not null
   */
  public Registry with(Designation designation) {
    return copy(asOf(), councils(), networks(), organizations(), people(), meetings(), plans(),
        put(designations(), designation, Designation::id));
  }

  /**
   * Returns a copy without the council, network or organisation with an id;
   * the others keep their order. References to it are left for the validator.
   *
   * @param id the body's id, not null
   * @return the registry, not null
   * @throws IllegalArgumentException if the registry has no such body
   */
  public Registry without(BodyId id) {
    requireBody(id);
    return copy(asOf(), remove(councils(), id, Council::id), remove(networks(), id, Network::id),
        remove(organizations(), id, Organization::id), people(), meetings(), plans(), designations());
  }

  /**
   * Returns a copy without the person with an id; the others keep their order.
   *
   * @param id the person's id, not null
   * @return the registry, not null
   * @throws IllegalArgumentException if the registry has no such person
   */
  public Registry without(PersonId id) {
    if (person(id).isEmpty()) {
      throw new IllegalArgumentException("The registry has no person " + id);
    }
    return copy(asOf(), councils(), networks(), organizations(), remove(people(), id, Person::id), meetings(),
        plans(), designations());
  }

  /**
   * Returns a copy without the meeting with an id; the others keep their order.
   *
   * @param id the meeting's id, not null
   * @return the registry, not null
   * @throws IllegalArgumentException if the registry has no such meeting
   */
  public Registry without(MeetingId id) {
    if (meeting(id).isEmpty()) {
      throw new IllegalArgumentException("The registry has no meeting " + id);
    }
    return copy(asOf(), councils(), networks(), organizations(), people(), remove(meetings(), id, Meeting::id),
        plans(), designations());
  }

  /**
   * Returns a copy without the plan with an id; the others keep their order.
   *
   * @param id the plan's id, not null
   * @return the registry, not null
   * @throws IllegalArgumentException if the registry has no such plan
   */
  public Registry without(PlanId id) {
    if (plan(id).isEmpty()) {
      throw new IllegalArgumentException("The registry has no plan " + id);
    }
    return copy(asOf(), councils(), networks(), organizations(), people(), meetings(), remove(plans(), id, Plan::id),
        designations());
  }

  /**
   * Returns a copy without the designation with an id; the others keep their order.
   *
   * @param id the designation's id, not null
   * @return the registry, not null
   * @throws IllegalArgumentException if the registry has no such designation
   */
  public Registry without(DesignationId id) {
    if (designation(id).isEmpty()) {
      throw new IllegalArgumentException("The registry has no designation " + id);
    }
    return copy(asOf(), councils(), networks(), organizations(), people(), meetings(), plans(),
        remove(designations(), id, Designation::id));
  }

  private static Registry copy(
      LocalDate asOf,
      List<Council> councils,
      List<Network> networks,
      List<Organization> organizations,
      List<Person> people,
      List<Meeting> meetings,
      List<Plan> plans,
      List<Designation> designations) {
    return builder()
        .asOf(asOf)
        .addAllCouncils(councils)
        .addAllNetworks(networks)
        .addAllOrganizations(organizations)
        .addAllPeople(people)
        .addAllMeetings(meetings)
        .addAllPlans(plans)
        .addAllDesignations(designations)
        .build();
  }

  /** The list with the item in the place of the one with its id, or added at the end. */
  private static <T> List<T> put(List<T> items, T item, Function<T, ? extends Id> id) {
    requireNonNull(item, "item");
    Id key = id.apply(item);
    List<T> out = new java.util.ArrayList<>(items.size() + 1);
    boolean replaced = false;
    for (T existing : items) {
      if (!replaced && id.apply(existing).equals(key)) {
        out.add(item);
        replaced = true;
      } else {
        out.add(existing);
      }
    }
    if (!replaced) {
      out.add(item);
    }
    return out;
  }

  private static <T> List<T> remove(List<T> items, Id key, Function<T, ? extends Id> id) {
    List<T> out = new java.util.ArrayList<>(items.size());
    for (T existing : items) {
      if (!id.apply(existing).equals(key)) {
        out.add(existing);
      }
    }
    return out;
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
    unique("designations", designations(), Designation::id);
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
        + meetings().size() + " meetings, " + plans().size() + " plans"
        + (designations().isEmpty() ? "" : ", " + designations().size() + " designations") + "]";
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
