package io.github.sapha.testing;

import static io.github.sapha.registry.FieldNames.*;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Community;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.Council;
import io.github.sapha.council.MemberKind;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Network;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.council.Organization;
import io.github.sapha.council.OrganizationKind;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PersonName;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.Registration;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.RetiredSubdistrict;
import io.github.sapha.geography.Subdistrict;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingLevel;
import io.github.sapha.meeting.MeetingStatus;
import io.github.sapha.meeting.Participant;
import io.github.sapha.money.Baht;
import io.github.sapha.plan.Plan;
import io.github.sapha.plan.PlanLevel;
import io.github.sapha.council.Term;
import io.github.sapha.plan.Project;
import io.github.sapha.plan.ProjectStatus;
import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Pointer;
import io.github.sapha.validation.Rules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * A catalogue of named breakages, one per rule of the catalogue, each
 * declaring exactly the rule ids and JSON Pointer paths it causes in a
 * registry that was valid before, such as one from {@link SyntheticRegistry}.
 *
 * <p>Several mutations can be stacked: each works on its own councils, plans,
 * networks, meetings and people (it claims them), and only appends to or
 * replaces in the lists that other mutations point into, so every declared
 * path stays true.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Mutations {
  /** What a mutation needs: the registry so far, the random source, and what is claimed. */
  private static final class Work {
    Registry registry;
    final Random random;
    final Set<String> claimed = new HashSet<>();
    final Gazetteer gazetteer = Gazetteer.thailand();
    int fresh;

    Work(Registry registry, Random random) {
      this.registry = registry;
      this.random = random;
    }

    boolean free(String... keys) {
      for (String key : keys) {
        if (claimed.contains(key)) {
          return false;
        }
      }
      return true;
    }

    void claim(String... keys) {
      claimed.addAll(List.of(keys));
    }

    /** A random index from 0 to size - 1 that satisfies the test, or -1. */
    int pick(int size, IntPredicate ok) {
      if (size == 0) {
        return -1;
      }
      int start = random.nextInt(size);
      for (int k = 0; k < size; k++) {
        int i = (start + k) % size;
        if (ok.test(i)) {
          return i;
        }
      }
      return -1;
    }

    PersonId freshPersonId() {
      return PersonId.of("person-mutation-" + (++fresh));
    }

    PlanId freshPlanId() {
      return PlanId.of("plan-mutation-" + (++fresh));
    }

    Person newPerson() {
      Person person =
          Person.builder().id(freshPersonId()).name(PersonName.of("สมมติ", "ทดสอบ")).build();
      registry = Registry.builder().from(registry).addPerson(person).build();
      return person;
    }

    void council(int i, Council council) {
      List<Council> councils = new ArrayList<>(registry.councils());
      councils.set(i, council);
      registry = Registry.builder().from(registry).councils(councils).build();
    }

    void plan(int i, Plan plan) {
      List<Plan> plans = new ArrayList<>(registry.plans());
      plans.set(i, plan);
      registry = Registry.builder().from(registry).plans(plans).build();
    }

    void network(int i, Network network) {
      List<Network> networks = new ArrayList<>(registry.networks());
      networks.set(i, network);
      registry = Registry.builder().from(registry).networks(networks).build();
    }

    void meeting(int i, Meeting meeting) {
      List<Meeting> meetings = new ArrayList<>(registry.meetings());
      meetings.set(i, meeting);
      registry = Registry.builder().from(registry).meetings(meetings).build();
    }

    int districtNetwork(DistrictCode district) {
      for (int n = 0; n < registry.networks().size(); n++) {
        Network network = registry.networks().get(n);
        if (network.level() == NetworkLevel.DISTRICT && network.area().filter(district::equals).isPresent()) {
          return n;
        }
      }
      return -1;
    }

    int planIndex(PlanId id) {
      for (int p = 0; p < registry.plans().size(); p++) {
        if (registry.plans().get(p).id().equals(id)) {
          return p;
        }
      }
      return -1;
    }

    /** People whom other parts of the registry point at: post holders, meeting participants. */
    Set<PersonId> pointedAt() {
      Set<PersonId> ids = new HashSet<>();
      registry.councils().forEach(c -> c.posts().forEach(p -> p.holder().ifPresent(ids::add)));
      registry.networks().forEach(n -> n.posts().forEach(p -> p.holder().ifPresent(ids::add)));
      registry.organizations().forEach(o -> o.posts().forEach(p -> p.holder().ifPresent(ids::add)));
      registry.meetings().forEach(m -> m.participants().forEach(p -> ids.add(p.person())));
      return ids;
    }

    /**
     * Checks if a council holds meetings: adding members to it would raise its
     * quorum, so mutations that add members leave it alone.
     */
    boolean meets(Council council) {
      return registry.meetings().stream().anyMatch(m -> m.body().filter(council.id()::equals).isPresent());
    }

    /** A known sub-district of another district than the given one. */
    SubdistrictCode elsewhere(DistrictCode district) {
      List<Subdistrict> all = gazetteer.subdistricts();
      for (int k = 0; k < all.size(); k++) {
        Subdistrict s = all.get((random.nextInt(all.size()) + k) % all.size());
        if (!s.district().equals(district)) {
          return s.code();
        }
      }
      throw new IllegalStateException("The gazetteer has one district only");
    }
  }

  /** A mutation kind: a name and how to apply it, if it finds a target. */
  private interface Breaker {
    Optional<List<ExpectedViolation>> apply(Work work);
  }

  private static final class Kind {
    final String name;
    final Breaker breaker;

    Kind(String name, Breaker breaker) {
      this.name = name;
      this.breaker = breaker;
    }
  }

  private static final ImmutableList<Kind> KINDS = ImmutableList.of(
      new Kind("unknown-integration-area", Mutations::unknownIntegrationArea),
      new Kind("local-government-outside-district", Mutations::localGovernmentOutsideDistrict),
      new Kind("misspelt-area-name", Mutations::misspeltAreaName),
      new Kind("retired-integration-area", Mutations::retiredIntegrationArea),
      new Kind("council-named-after-neighbour", Mutations::councilNamedAfterNeighbour),
      new Kind("buddhist-era-meeting-date", Mutations::buddhistEraMeetingDate),
      new Kind("community-registered-after-as-of", Mutations::communityRegisteredAfterAsOf),
      new Kind("registered-before-act", Mutations::registeredBeforeAct),
      new Kind("duplicate-area", Mutations::duplicateArea),
      new Kind("no-communities", Mutations::noCommunities),
      new Kind("community-without-representative", Mutations::communityWithoutRepresentative),
      new Kind("too-many-representatives", Mutations::tooManyRepresentatives),
      new Kind("person-represents-twice", Mutations::personRepresentsTwice),
      new Kind("qualified-persons-over-cap", Mutations::qualifiedPersonsOverCap),
      new Kind("no-chair", Mutations::noChair),
      new Kind("officer-not-member", Mutations::officerNotMember),
      new Kind("overlapping-secretaries", Mutations::overlappingSecretaries),
      new Kind("member-of-two-councils", Mutations::memberOfTwoCouncils),
      new Kind("officer-outlives-membership", Mutations::officerOutlivesMembership),
      new Kind("membership-before-act", Mutations::membershipBeforeAct),
      new Kind("duplicate-registration-number", Mutations::duplicateRegistrationNumber),
      new Kind("council-outside-district", Mutations::councilOutsideDistrict),
      new Kind("district-outside-province", Mutations::districtOutsideProvince),
      new Kind("dissolved-council", Mutations::dissolvedCouncil),
      new Kind("network-chair-not-member", Mutations::networkChairNotMember),
      new Kind("council-in-two-networks", Mutations::councilInTwoNetworks),
      new Kind("network-cycle", Mutations::networkCycle),
      new Kind("unknown-participant", Mutations::unknownParticipant),
      new Kind("quorum-not-reached", Mutations::quorumNotReached),
      new Kind("meeting-before-registration", Mutations::meetingBeforeRegistration),
      new Kind("unknown-parent-plan", Mutations::unknownParentPlan),
      new Kind("plan-cycle", Mutations::planCycle),
      new Kind("same-level-parent", Mutations::sameLevelParent),
      new Kind("plan-area-outside-parent", Mutations::planAreaOutsideParent),
      new Kind("plan-period-outside-parent", Mutations::planPeriodOutsideParent),
      new Kind("plan-owner-level-mismatch", Mutations::planOwnerLevelMismatch),
      new Kind("children-over-budget", Mutations::childrenOverBudget),
      new Kind("projects-over-budget", Mutations::projectsOverBudget),
      new Kind("integration-area-outside", Mutations::integrationAreaOutside),
      new Kind("completed-project-in-progress", Mutations::completedProjectInProgress),
      new Kind("plan-of-another-council", Mutations::planOfAnotherCouncil),
      new Kind("wrong-check-digit", Mutations::wrongCheckDigit),
      new Kind("person-recorded-twice", Mutations::personRecordedTwice),
      new Kind("dangling-member", Mutations::danglingMember));

  private Mutations() {}

  /**
   * Gets the names of every mutation, in catalogue order.
   *
   * @return the names, not null
   */
  public static List<String> names() {
    return KINDS.stream().map(k -> k.name).collect(ImmutableList.toImmutableList());
  }

  /**
   * Applies one named mutation.
   *
   * @param registry a registry valid under the default policy, not null
   * @param name the mutation's name, one of {@link #names()}, not null
   * @param seed chooses the target
   * @return the mutated registry, or empty if the registry has nothing this mutation can break
   *     (such as another province, in a registry of one district)
   * @throws IllegalArgumentException if the name is no mutation's
   */
  public static Optional<MutatedRegistry> apply(Registry registry, String name, long seed) {
    requireNonNull(registry, "registry");
    Kind kind = kind(name);
    Work work = new Work(registry, new Random(seed));
    return kind.breaker.apply(work)
        .map(expected -> new MutatedRegistry(work.registry, List.of(new AppliedMutation(name, expected))));
  }

  /**
   * Applies one named mutation {@code times} times, each on its own targets, as
   * stacked mutations are: a registry that breaks one rule n times, for tests
   * that compare what the validator reports as n grows.
   *
   * @param registry a registry valid under the default policy, not null
   * @param name the mutation's name, one of {@link #names()}, not null
   * @param times how many times, at least 0
   * @param seed chooses the targets
   * @return the mutated registry, with one applied mutation each time, not null
   * @throws IllegalArgumentException if the name is no mutation's, or the registry has too few targets for
   *     that many
   */
  public static MutatedRegistry apply(Registry registry, String name, int times, long seed) {
    requireNonNull(registry, "registry");
    Kind kind = kind(name);
    if (times < 0) {
      throw new IllegalArgumentException("times must not be negative: " + times);
    }
    Work work = new Work(registry, new Random(seed));
    List<AppliedMutation> applied = new ArrayList<>();
    // A mutation that finds no target usually finds none again, but a few draw their target at random.
    int misses = 0;
    while (applied.size() < times) {
      Optional<List<ExpectedViolation>> expected = kind.breaker.apply(work);
      if (expected.isPresent()) {
        applied.add(new AppliedMutation(name, expected.get()));
        misses = 0;
      } else if (++misses == 20) {
        throw new IllegalArgumentException(
            "Could apply mutation \"" + name + "\" only " + applied.size() + " of " + times + " times to "
                + registry + "; use a larger registry");
      }
    }
    return new MutatedRegistry(work.registry, applied);
  }

  /**
   * Applies {@code count} mutations of randomly chosen kinds, each on its own targets.
   *
   * @param registry a registry valid under the default policy, not null
   * @param count how many mutations, at least 0
   * @param seed chooses the kinds and targets
   * @return the mutated registry, not null
   * @throws IllegalArgumentException if the registry cannot take that many mutations
   */
  public static MutatedRegistry apply(Registry registry, int count, long seed) {
    requireNonNull(registry, "registry");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    Work work = new Work(registry, new Random(seed));
    List<AppliedMutation> applied = new ArrayList<>();
    int attempts = 0;
    while (applied.size() < count) {
      if (++attempts > 50 * (count + 10)) {
        throw new IllegalArgumentException(
            "Could apply only " + applied.size() + " of " + count + " mutations to " + registry
                + "; use a larger scale");
      }
      Kind kind = KINDS.get(work.random.nextInt(KINDS.size()));
      Optional<List<ExpectedViolation>> expected = kind.breaker.apply(work);
      expected.ifPresent(e -> applied.add(new AppliedMutation(kind.name, e)));
    }
    return new MutatedRegistry(work.registry, applied);
  }

  private static Kind kind(String name) {
    requireNonNull(name, "name");
    return KINDS.stream().filter(k -> k.name.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "Unknown mutation \"" + name + "\": expected one of " + names()));
  }

  // ---- the mutations --------------------------------------------------------------------------

  // Paths are built from FieldNames, as the validator builds them, so that both say the same field.

  private static Pointer councilAt(int index) {
    return Pointer.ROOT.field(COUNCILS).index(index);
  }

  private static Pointer networkAt(int index) {
    return Pointer.ROOT.field(NETWORKS).index(index);
  }

  private static Pointer organizationAt(int index) {
    return Pointer.ROOT.field(ORGANIZATIONS).index(index);
  }

  private static Pointer personAt(int index) {
    return Pointer.ROOT.field(PEOPLE).index(index);
  }

  private static Pointer meetingAt(int index) {
    return Pointer.ROOT.field(MEETINGS).index(index);
  }

  private static Pointer planAt(int index) {
    return Pointer.ROOT.field(PLANS).index(index);
  }

  private static ExpectedViolation expected(String rule, Pointer path) {
    return new ExpectedViolation(rule, path.toString());
  }

  private static Optional<List<ExpectedViolation>> one(String rule, Pointer path) {
    return Optional.of(List.of(expected(rule, path)));
  }

  private static Optional<List<ExpectedViolation>> unknownIntegrationArea(Work w) {
    int p = w.pick(w.registry.plans().size(), i -> w.free("plan:" + i)
        && w.registry.plans().get(i).integrationArea().isPresent());
    if (p < 0) {
      return Optional.empty();
    }
    Plan plan = w.registry.plans().get(p);
    DistrictCode district = (DistrictCode) plan.area().orElseThrow();
    for (int n = 99; n > 0; n--) {
      SubdistrictCode code = SubdistrictCode.parse(district.value() + String.format("%02d", n));
      if (!w.gazetteer.contains(code) && w.gazetteer.retired(code).isEmpty()) {
        w.claim("plan:" + p);
        w.plan(p, Plan.builder().from(plan).integrationArea(code).build());
        return one(Rules.GEO_UNKNOWN_CODE, planAt(p).field(INTEGRATION_AREA));
      }
    }
    return Optional.empty();
  }

  /** Needs a district where a code was retired: in Bangkok, Nakhon Ratchasima, Ubon, Chiang Mai or Uttaradit. */
  private static Optional<List<ExpectedViolation>> retiredIntegrationArea(Work w) {
    int p = w.pick(w.registry.plans().size(), i -> w.free("plan:" + i)
        && w.registry.plans().get(i).integrationArea().isPresent()
        && !retiredIn(w, w.registry.plans().get(i).area().orElseThrow()).isEmpty());
    if (p < 0) {
      return Optional.empty();
    }
    Plan plan = w.registry.plans().get(p);
    List<SubdistrictCode> retired = retiredIn(w, plan.area().orElseThrow());
    w.claim("plan:" + p);
    w.plan(p, Plan.builder().from(plan).integrationArea(retired.get(w.random.nextInt(retired.size()))).build());
    return one(Rules.GEO_RETIRED_CODE, planAt(p).field(INTEGRATION_AREA));
  }

  private static List<SubdistrictCode> retiredIn(Work w, AreaCode district) {
    return w.gazetteer.retiredSubdistricts().stream()
        .map(RetiredSubdistrict::code)
        .filter(district::contains)
        .collect(Collectors.toList());
  }

  private static Optional<List<ExpectedViolation>> localGovernmentOutsideDistrict(Work w) {
    int o = w.pick(w.registry.organizations().size(), i -> w.free("org:" + i)
        && w.registry.organizations().get(i).kind() == OrganizationKind.LOCAL_GOVERNMENT
        && w.registry.organizations().get(i).area().isPresent());
    if (o < 0) {
      return Optional.empty();
    }
    Organization organization = w.registry.organizations().get(o);
    DistrictCode district = (DistrictCode) organization.area().get();
    DistrictCode other = w.elsewhere(district).district();
    w.claim("org:" + o);
    List<Organization> organizations = new ArrayList<>(w.registry.organizations());
    organizations.set(o, Organization.builder().from(organization).area(other).build());
    w.registry = Registry.builder().from(w.registry).organizations(organizations).build();
    return one(Rules.GEO_OUTSIDE_PARENT, organizationAt(o).field(LOCAL_GOVERNMENT).field(AREA).index(0));
  }

  private static Optional<List<ExpectedViolation>> misspeltAreaName(Work w) {
    int c = w.pick(w.registry.councils().size(), i -> w.free("council:" + i)
        && w.registry.councils().get(i).area().name().filter(n -> n.length() > 2).isPresent());
    if (c < 0) {
      return Optional.empty();
    }
    Council council = w.registry.councils().get(c);
    String name = council.area().name().get();
    int cut = 1 + w.random.nextInt(name.length() - 1);
    String misspelt = name.substring(0, cut) + "ฯ" + name.substring(cut);
    w.claim("council:" + c);
    w.council(c, Council.builder().from(council).area(council.area().withName(misspelt)).build());
    return one(Rules.GEO_NAME_MISMATCH, councilAt(c).field(AREA).field(NAME));
  }

  private static Optional<List<ExpectedViolation>> buddhistEraMeetingDate(Work w) {
    // A held meeting: a planned one may lie after the as-of date.
    int m = w.pick(w.registry.meetings().size(), i -> w.free("meeting:" + i)
        && w.registry.meetings().get(i).status() == MeetingStatus.HELD);
    if (m < 0) {
      return Optional.empty();
    }
    Meeting meeting = w.registry.meetings().get(m);
    w.claim("meeting:" + m);
    w.meeting(m, Meeting.builder().from(meeting).date(meeting.date().plusYears(543)).build());
    Pointer path = meetingAt(m).field(DATE);
    return Optional.of(List.of(
        expected(Rules.DATE_BUDDHIST_ERA_YEAR, path), expected(Rules.DATE_AFTER_AS_OF, path)));
  }

  private static Optional<List<ExpectedViolation>> communityRegisteredAfterAsOf(Work w) {
    int c = w.pick(w.registry.councils().size(), i -> w.free("council:" + i)
        && !w.registry.councils().get(i).communities().isEmpty());
    if (c < 0) {
      return Optional.empty();
    }
    Council council = w.registry.councils().get(c);
    List<Community> communities = new ArrayList<>(council.communities());
    communities.set(0, Community.builder().from(communities.get(0))
        .registered(w.registry.asOf().plusDays(1 + w.random.nextInt(30))).build());
    w.claim("council:" + c);
    w.council(c, Council.builder().from(council).communities(communities).build());
    return one(Rules.DATE_AFTER_AS_OF, councilAt(c).field(COMMUNITIES).index(0).field(REGISTERED));
  }

  private static Optional<List<ExpectedViolation>> registeredBeforeAct(Work w) {
    int c = w.pick(w.registry.councils().size(), i -> w.free("council:" + i)
        && w.registry.councils().get(i).registration().isPresent()
        && w.registry.councils().get(i).dissolved().isEmpty());
    if (c < 0) {
      return Optional.empty();
    }
    Council council = w.registry.councils().get(c);
    Registration registration = council.registration().get();
    w.claim("council:" + c);
    w.council(c, Council.builder().from(council)
        .registration(new Registration(registration.number(), LocalDate.of(2007, 6, 1))).build());
    return one(Rules.COUNCIL_BEFORE_ACT, councilAt(c).field(REGISTRATION).field(DATE));
  }

  private static Optional<List<ExpectedViolation>> duplicateArea(Work w) {
    List<Council> councils = w.registry.councils();
    int j = w.pick(councils.size(), i -> w.free("council:" + i)
        && !councils.get(i).area().isLocalGovernmentArea()
        && w.free("district:" + district(councils.get(i))));
    if (j < 0) {
      return Optional.empty();
    }
    DistrictCode district = district(councils.get(j));
    int first = -1;
    for (int i = 0; i < j; i++) {
      if (w.free("council:" + i) && !councils.get(i).area().isLocalGovernmentArea()
          && district(councils.get(i)).equals(district) && councils.get(i).isActiveOn(w.registry.asOf())) {
        first = i;
        break;
      }
    }
    int network = w.districtNetwork(district);
    if (first < 0 || network < 0) {
      return Optional.empty();
    }
    // The plans the council owns stay where they were, now outside its area.
    List<Integer> plans = new ArrayList<>();
    for (int p = 0; p < w.registry.plans().size(); p++) {
      if (w.registry.plans().get(p).owner().equals(councils.get(j).id())) {
        plans.add(p);
      }
    }
    if (plans.stream().anyMatch(p -> !w.free("plan:" + p))) {
      return Optional.empty();
    }
    w.claim("council:" + first, "council:" + j, "district:" + district, "network:" + network);
    plans.forEach(p -> w.claim("plan:" + p));
    // Named as the first council is, so that its name does not point at the sub-district it left.
    w.council(j, Council.builder().from(councils.get(j))
        .nameTh(councils.get(first).nameTh()).area(councils.get(first).area()).build());
    List<ExpectedViolation> expected = new ArrayList<>();
    expected.add(expected(Rules.COUNCIL_DUPLICATE_AREA, councilAt(j).field(AREA)));
    expected.add(expected(Rules.NETWORK_COVERAGE_CLAIM, networkAt(network).field(CLAIMS_FULL_COVERAGE)));
    plans.forEach(p -> expected.add(expected(Rules.PLAN_OWNER_AREA_MISMATCH, planAt(p).field(AREA))));
    return Optional.of(expected);
  }

  private static DistrictCode district(Council council) {
    return council.area().subdistricts().first().district();
  }

  private static Optional<List<ExpectedViolation>> noCommunities(Work w) {
    Set<BodyId> meetingBodies = new HashSet<>();
    w.registry.meetings().forEach(m -> {
      m.body().ifPresent(meetingBodies::add);
      meetingBodies.addAll(m.organisers());
    });
    Set<PersonId> networkChairs = new HashSet<>();
    w.registry.networks().forEach(n -> n.posts().forEach(p -> p.holder().ifPresent(networkChairs::add)));
    int c = w.pick(w.registry.councils().size(), i -> {
      Council council = w.registry.councils().get(i);
      return w.free("council:" + i)
          && !meetingBodies.contains(council.id())
          && council.members().stream().noneMatch(m -> networkChairs.contains(m.person()));
    });
    if (c < 0) {
      return Optional.empty();
    }
    w.claim("council:" + c);
    w.council(c, Council.builder().from(w.registry.councils().get(c))
        .communities(List.of()).members(List.of()).posts(List.of()).build());
    return one(Rules.COUNCIL_TOO_FEW_COMMUNITIES, councilAt(c).field(COMMUNITIES));
  }

  private static Optional<List<ExpectedViolation>> communityWithoutRepresentative(Work w) {
    Set<PersonId> pointedAt = w.pointedAt();
    for (int attempt = 0; attempt < 5; attempt++) {
      int c = w.pick(w.registry.councils().size(), i -> w.free("council:" + i));
      if (c < 0) {
        return Optional.empty();
      }
      Council council = w.registry.councils().get(c);
      int k = w.pick(council.communities().size(), i -> {
        CommunityId community = council.communities().get(i).id();
        return council.members().stream()
            .filter(m -> m.community().filter(community::equals).isPresent())
            .noneMatch(m -> pointedAt.contains(m.person()));
      });
      if (k < 0) {
        continue;
      }
      CommunityId community = council.communities().get(k).id();
      List<Membership> members = council.members().stream()
          .filter(m -> m.community().filter(community::equals).isEmpty())
          .collect(Collectors.toList());
      w.claim("council:" + c);
      w.council(c, Council.builder().from(council).members(members).build());
      return one(Rules.COUNCIL_COMMUNITY_WITHOUT_REPRESENTATIVE, councilAt(c).field(COMMUNITIES).index(k));
    }
    return Optional.empty();
  }

  private static Optional<List<ExpectedViolation>> tooManyRepresentatives(Work w) {
    int c = w.pick(w.registry.councils().size(), i -> w.free("council:" + i)
        && !w.registry.councils().get(i).communities().isEmpty()
        && !w.registry.councils().get(i).members().isEmpty()
        && !w.meets(w.registry.councils().get(i)));
    if (c < 0) {
      return Optional.empty();
    }
    w.claim("council:" + c);
    Council council = w.registry.councils().get(c);
    CommunityId community = council.communities().get(0).id();
    long sent = council.members().stream().filter(m -> m.community().filter(community::equals).isPresent()).count();
    Council.Builder changed = Council.builder().from(council);
    for (long r = sent; r <= 2; r++) {
      changed.addMember(Membership.representative(w.newPerson().id(), community, council.members().get(0).term()));
    }
    w.council(c, changed.build());
    return one(Rules.COUNCIL_TOO_MANY_REPRESENTATIVES, councilAt(c).field(COMMUNITIES).index(0));
  }

  private static Optional<List<ExpectedViolation>> personRepresentsTwice(Work w) {
    int c = w.pick(w.registry.councils().size(), i -> w.free("council:" + i)
        && singleRepresentative(w.registry.councils().get(i)) >= 0
        && !w.meets(w.registry.councils().get(i)));
    if (c < 0) {
      return Optional.empty();
    }
    Council council = w.registry.councils().get(c);
    CommunityId lonely = council.communities().get(singleRepresentative(council)).id();
    Membership other = council.members().stream()
        .filter(m -> m.kind() == MemberKind.COMMUNITY_REPRESENTATIVE && !m.community().get().equals(lonely))
        .findFirst().orElse(null);
    if (other == null) {
      return Optional.empty();
    }
    w.claim("council:" + c);
    w.council(c, Council.builder().from(council)
        .addMember(Membership.representative(other.person(), lonely, other.term())).build());
    return one(Rules.COUNCIL_PERSON_REPRESENTS_TWICE, councilAt(c).field(MEMBERS).index(council.members().size()));
  }

  /** The index of a community with exactly one representative, or -1. */
  private static int singleRepresentative(Council council) {
    for (int k = 0; k < council.communities().size(); k++) {
      CommunityId id = council.communities().get(k).id();
      if (council.members().stream().filter(m -> m.community().filter(id::equals).isPresent()).count() == 1) {
        return k;
      }
    }
    return -1;
  }

  private static Optional<List<ExpectedViolation>> qualifiedPersonsOverCap(Work w) {
    int c = w.pick(w.registry.councils().size(), i -> w.free("council:" + i)
        && !w.registry.councils().get(i).members().isEmpty()
        && !w.meets(w.registry.councils().get(i)));
    if (c < 0) {
      return Optional.empty();
    }
    Council council = w.registry.councils().get(c);
    long representatives = council.members().stream().filter(m -> m.kind() == MemberKind.COMMUNITY_REPRESENTATIVE).count();
    long qualified = council.members().size() - representatives;
    long cap = new BigDecimal("0.5").multiply(BigDecimal.valueOf(representatives)).setScale(0, RoundingMode.FLOOR).longValue();
    w.claim("council:" + c);
    Council.Builder changed = Council.builder().from(council);
    for (long q = qualified; q <= cap; q++) {
      changed.addMember(Membership.qualifiedPerson(w.newPerson().id(), council.members().get(0).term()));
    }
    w.council(c, changed.build());
    return one(Rules.COUNCIL_QUALIFIED_PERSONS_CAP, councilAt(c).field(MEMBERS));
  }

  private static Optional<List<ExpectedViolation>> noChair(Work w) {
    int c = w.pick(w.registry.councils().size(), i -> w.free("council:" + i)
        && w.registry.councils().get(i).posts().size() == 2
        && w.registry.councils().get(i).posts().get(0).role() == PostRole.CHAIR);
    if (c < 0) {
      return Optional.empty();
    }
    Council council = w.registry.councils().get(c);
    w.claim("council:" + c);
    w.council(c, Council.builder().from(council).posts(council.posts().subList(1, 2)).build());
    return one(Rules.COUNCIL_CHAIR_COUNT, councilAt(c).field(POSTS));
  }

  private static Optional<List<ExpectedViolation>> officerNotMember(Work w) {
    int c = w.pick(w.registry.councils().size(), i -> w.free("council:" + i)
        && w.registry.councils().get(i).posts().size() == 2);
    if (c < 0) {
      return Optional.empty();
    }
    Council council = w.registry.councils().get(c);
    w.claim("council:" + c);
    Post secretary = council.posts().get(1);
    Person stranger = w.newPerson();
    w.council(c, Council.builder().from(council)
        .posts(List.of(council.posts().get(0), Post.builder().from(secretary).holder(stranger.id()).build())).build());
    return one(Rules.COUNCIL_OFFICER_NOT_MEMBER, councilAt(c).field(POSTS).index(1).field(HOLDER));
  }

  private static Optional<List<ExpectedViolation>> overlappingSecretaries(Work w) {
    int c = w.pick(w.registry.councils().size(), i -> w.free("council:" + i)
        && w.registry.councils().get(i).posts().size() == 2
        && w.registry.councils().get(i).members().size() >= 3);
    if (c < 0) {
      return Optional.empty();
    }
    Council council = w.registry.councils().get(c);
    Set<PersonId> officers = new HashSet<>();
    council.posts().forEach(p -> p.holder().ifPresent(officers::add));
    Membership other = council.members().stream().filter(m -> !officers.contains(m.person())).findFirst().orElse(null);
    if (other == null) {
      return Optional.empty();
    }
    w.claim("council:" + c);
    w.council(c, Council.builder().from(council)
        .addPost(Post.held(PostRole.SECRETARY, other.person(), other.term())).build());
    return one(Rules.COUNCIL_POST_OVERLAP, councilAt(c).field(POSTS).index(2).field(TERM));
  }

  private static Optional<List<ExpectedViolation>> memberOfTwoCouncils(Work w) {
    List<Council> councils = w.registry.councils();
    int i = w.pick(councils.size(), k -> w.free("council:" + k) && !councils.get(k).members().isEmpty());
    int j = w.pick(councils.size(), k -> k != i && w.free("council:" + k) && !councils.get(k).members().isEmpty()
        && !w.meets(councils.get(k)));
    if (i < 0 || j < 0) {
      return Optional.empty();
    }
    Council home = councils.get(i);
    int m = w.pick(home.members().size(), k -> home.members().get(k).isActiveOn(w.registry.asOf()));
    if (m < 0) {
      return Optional.empty();
    }
    Membership member = home.members().get(m);
    Council other = councils.get(j);
    w.claim("council:" + i, "council:" + j);
    w.council(j, Council.builder().from(other)
        .addMember(Membership.qualifiedPerson(member.person(), other.members().get(0).term())).build());
    Pointer path = j > i
        ? councilAt(j).field(MEMBERS).index(other.members().size()).field(PERSON)
        : councilAt(i).field(MEMBERS).index(m).field(PERSON);
    return one(Rules.COUNCIL_MEMBER_IN_TWO_COUNCILS, path);
  }

  private static Optional<List<ExpectedViolation>> councilOutsideDistrict(Work w) {
    List<Network> networks = w.registry.networks();
    int n = w.pick(networks.size(), k -> w.free("network:" + k) && networks.get(k).level() == NetworkLevel.DISTRICT);
    if (n < 0) {
      return Optional.empty();
    }
    AreaCode district = networks.get(n).area().get();
    // A council of another district whose own district network (which lists it too) no other mutation has
    // claimed, so that this mutation can be stacked on itself.
    for (Council foreign : w.registry.councils()) {
      if (foreign.area().liesIn(district)) {
        continue;
      }
      int listing = -1;
      int k = -1;
      for (int m = 0; m < networks.size() && listing < 0; m++) {
        k = networks.get(m).level() == NetworkLevel.DISTRICT ? networks.get(m).councils().indexOf(foreign.id()) : -1;
        listing = k >= 0 ? m : -1;
      }
      if (listing >= 0 && !w.free("network:" + listing)) {
        continue;
      }
      Pointer added = networkAt(n).field(COUNCILS).index(networks.get(n).councils().size());
      List<ExpectedViolation> expected = new ArrayList<>();
      expected.add(expected(Rules.NETWORK_COUNCIL_OUTSIDE_DISTRICT, added));
      // The council's own district network lists it too: the later listing is council-in-two-networks.
      if (listing >= 0) {
        w.claim("network:" + listing);
        expected.add(expected(Rules.NETWORK_COUNCIL_IN_TWO_NETWORKS,
            listing < n ? added : networkAt(listing).field(COUNCILS).index(k)));
      }
      w.claim("network:" + n);
      w.network(n, Network.builder().from(networks.get(n)).addCouncil(foreign.id()).build());
      return Optional.of(expected);
    }
    return Optional.empty();
  }

  private static Optional<List<ExpectedViolation>> districtOutsideProvince(Work w) {
    List<Network> networks = w.registry.networks();
    int n = w.pick(networks.size(), k -> w.free("network:" + k) && networks.get(k).level() == NetworkLevel.PROVINCIAL);
    if (n < 0) {
      return Optional.empty();
    }
    AreaCode province = networks.get(n).area().get();
    Optional<Network> foreign = networks.stream()
        .filter(x -> x.level() == NetworkLevel.DISTRICT && x.area().filter(a -> !province.contains(a)).isPresent())
        .findFirst();
    if (foreign.isEmpty()) {
      return Optional.empty();
    }
    w.claim("network:" + n);
    w.network(n, Network.builder().from(networks.get(n)).addNetwork(foreign.get().id()).build());
    return one(Rules.NETWORK_DISTRICT_OUTSIDE_PROVINCE, networkAt(n).field(NETWORKS).index(networks.get(n).networks().size()));
  }

  private static Optional<List<ExpectedViolation>> dissolvedCouncil(Work w) {
    List<Council> councils = w.registry.councils();
    int c = w.pick(councils.size(), i -> w.free("council:" + i)
        && councils.get(i).isActiveOn(w.registry.asOf())
        && !w.meets(councils.get(i))
        && w.free("district:" + district(councils.get(i))));
    if (c < 0) {
      return Optional.empty();
    }
    DistrictCode district = district(councils.get(c));
    int network = w.districtNetwork(district);
    if (network < 0 || !w.registry.networks().get(network).claimsFullCoverage()) {
      return Optional.empty();
    }
    w.claim("council:" + c, "district:" + district, "network:" + network);
    w.council(c, Council.builder().from(councils.get(c)).dissolved(w.registry.asOf().minusDays(1)).build());
    return one(Rules.NETWORK_COVERAGE_CLAIM, networkAt(network).field(CLAIMS_FULL_COVERAGE));
  }

  private static Optional<List<ExpectedViolation>> networkChairNotMember(Work w) {
    List<Network> networks = w.registry.networks();
    int n = w.pick(networks.size(), k -> w.free("network:" + k)
        && networks.get(k).level() != NetworkLevel.NATIONAL
        && networks.get(k).posts().size() == 1
        && networks.get(k).posts().get(0).role() == PostRole.CHAIR);
    if (n < 0) {
      return Optional.empty();
    }
    Network network = networks.get(n);
    Person stranger = w.newPerson();
    w.claim("network:" + n);
    w.network(n, Network.builder().from(network)
        .posts(List.of(Post.builder().from(network.posts().get(0)).holder(stranger.id()).build())).build());
    return one(Rules.NETWORK_CHAIR_NOT_MEMBER, networkAt(n).field(POSTS).index(0).field(HOLDER));
  }

  private static Optional<List<ExpectedViolation>> unknownParticipant(Work w) {
    int m = w.pick(w.registry.meetings().size(), i -> w.free("meeting:" + i)
        && !w.registry.meetings().get(i).participants().isEmpty());
    if (m < 0) {
      return Optional.empty();
    }
    Meeting meeting = w.registry.meetings().get(m);
    List<Participant> participants = new ArrayList<>(meeting.participants());
    participants.set(0, Participant.builder().from(participants.get(0)).person(w.freshPersonId()).build());
    w.claim("meeting:" + m);
    w.meeting(m, Meeting.builder().from(meeting).participants(participants).build());
    return one(Rules.MEETING_UNKNOWN_PARTICIPANT, meetingAt(m).field(PARTICIPANTS).index(0).field(PERSON));
  }

  private static Optional<List<ExpectedViolation>> quorumNotReached(Work w) {
    List<Meeting> meetings = w.registry.meetings();
    int m = w.pick(meetings.size(), i -> w.free("meeting:" + i)
        && meetings.get(i).level() == MeetingLevel.COUNCIL
        && meetings.get(i).attendance().isPresent()
        && meetings.get(i).body().flatMap(w.registry::council).isPresent());
    if (m < 0) {
      return Optional.empty();
    }
    Meeting meeting = meetings.get(m);
    Council council = meeting.body().flatMap(w.registry::council).get();
    int c = w.registry.councils().indexOf(council);
    if (!w.free("council:" + c)) {
      return Optional.empty();
    }
    long members = council.members().stream().filter(x -> x.isActiveOn(meeting.date())).count();
    int quorum = new BigDecimal("0.5").multiply(BigDecimal.valueOf(members)).setScale(0, RoundingMode.CEILING).intValueExact();
    if (quorum < 1) {
      return Optional.empty();
    }
    w.claim("meeting:" + m, "council:" + c);
    w.meeting(m, Meeting.builder().from(meeting).attendance(quorum - 1).build());
    return one(Rules.MEETING_QUORUM, meetingAt(m).field(ATTENDANCE));
  }

  /** A sub-district plan that a mutation may take, with its parent free too. */
  private static int subdistrictPlan(Work w, IntPredicate more) {
    List<Plan> plans = w.registry.plans();
    return w.pick(plans.size(), i -> w.free("plan:" + i)
        && plans.get(i).level() == PlanLevel.SUBDISTRICT
        && plans.get(i).parent().map(w::planIndex).filter(p -> p >= 0 && w.free("plan:" + p)).isPresent()
        && more.test(i));
  }

  private static Optional<List<ExpectedViolation>> unknownParentPlan(Work w) {
    int p = subdistrictPlan(w, i -> true);
    if (p < 0) {
      return Optional.empty();
    }
    Plan plan = w.registry.plans().get(p);
    w.claim("plan:" + p, "plan:" + w.planIndex(plan.parent().get()));
    w.plan(p, Plan.builder().from(plan).parent(w.freshPlanId()).build());
    return one(Rules.PLAN_UNKNOWN_PARENT, planAt(p).field(PARENT));
  }

  private static Optional<List<ExpectedViolation>> planCycle(Work w) {
    int a = subdistrictPlan(w, i -> true);
    if (a < 0) {
      return Optional.empty();
    }
    Plan first = w.registry.plans().get(a);
    int b = subdistrictPlan(w, i -> i != a && w.registry.plans().get(i).parent().equals(first.parent()));
    if (b < 0) {
      return Optional.empty();
    }
    Plan second = w.registry.plans().get(b);
    w.claim("plan:" + a, "plan:" + b, "plan:" + w.planIndex(first.parent().get()));
    w.plan(a, Plan.builder().from(first).parent(second.id()).build());
    w.plan(b, Plan.builder().from(second).parent(first.id()).build());
    List<ExpectedViolation> expected = new ArrayList<>();
    // The cycle is reported once, on its plan that comes first in document order.
    expected.add(expected(Rules.PLAN_CYCLE, planAt(Math.min(a, b)).field(PARENT)));
    for (int[] pair : new int[][] {{a, b}, {b, a}}) {
      Pointer at = planAt(pair[0]);
      expected.add(expected(Rules.PLAN_LEVEL_ORDER, at.field(PARENT)));
      expected.add(expected(Rules.PLAN_AREA_OUTSIDE_PARENT, at.field(AREA)));
      childrenOverBudget(w, pair[1], List.of(pair[0])).ifPresent(expected::add);
    }
    return Optional.of(expected);
  }

  /** The children-over-budget violation at {@code parent} if these children's budgets exceed its own. */
  private static Optional<ExpectedViolation> childrenOverBudget(Work w, int parent, List<Integer> children) {
    Plan plan = w.registry.plans().get(parent);
    Baht sum = children.stream()
        .map(c -> w.registry.plans().get(c).budget().orElse(Baht.ZERO))
        .collect(Baht.summing());
    return plan.budget().filter(b -> sum.compareTo(b) > 0)
        .map(b -> expected(Rules.PLAN_CHILDREN_OVER_BUDGET, planAt(parent).field(BUDGET)));
  }

  private static Optional<List<ExpectedViolation>> sameLevelParent(Work w) {
    int a = subdistrictPlan(w, i -> true);
    if (a < 0) {
      return Optional.empty();
    }
    Plan child = w.registry.plans().get(a);
    int b = subdistrictPlan(w, i -> i != a && w.registry.plans().get(i).parent().equals(child.parent()));
    if (b < 0) {
      return Optional.empty();
    }
    w.claim("plan:" + a, "plan:" + b, "plan:" + w.planIndex(child.parent().get()));
    w.plan(a, Plan.builder().from(child).parent(w.registry.plans().get(b).id()).build());
    List<ExpectedViolation> expected = new ArrayList<>();
    expected.add(expected(Rules.PLAN_LEVEL_ORDER, planAt(a).field(PARENT)));
    expected.add(expected(Rules.PLAN_AREA_OUTSIDE_PARENT, planAt(a).field(AREA)));
    childrenOverBudget(w, b, List.of(a)).ifPresent(expected::add);
    return Optional.of(expected);
  }

  private static Optional<List<ExpectedViolation>> planAreaOutsideParent(Work w) {
    int a = subdistrictPlan(w, i -> w.registry.plans().get(i).localGovernment().isEmpty());
    if (a < 0) {
      return Optional.empty();
    }
    Plan plan = w.registry.plans().get(a);
    SubdistrictCode code = (SubdistrictCode) plan.area().get();
    w.claim("plan:" + a);
    w.plan(a, Plan.builder().from(plan).area(w.elsewhere(code.district())).build());
    List<ExpectedViolation> expected = new ArrayList<>();
    expected.add(expected(Rules.PLAN_AREA_OUTSIDE_PARENT, planAt(a).field(AREA)));
    if (w.registry.council(plan.owner()).isPresent()) {
      expected.add(expected(Rules.PLAN_OWNER_AREA_MISMATCH, planAt(a).field(AREA)));
    }
    return Optional.of(expected);
  }

  private static Optional<List<ExpectedViolation>> planPeriodOutsideParent(Work w) {
    int a = subdistrictPlan(w, i -> true);
    if (a < 0) {
      return Optional.empty();
    }
    Plan plan = w.registry.plans().get(a);
    Plan parent = w.registry.plans().get(w.planIndex(plan.parent().get()));
    w.claim("plan:" + a);
    w.plan(a, Plan.builder().from(plan)
        .period(FiscalYearRange.of(plan.period().first(), parent.period().last().plusYears(2))).build());
    return one(Rules.PLAN_PERIOD_OUTSIDE_PARENT, planAt(a).field(PERIOD));
  }

  private static Optional<List<ExpectedViolation>> planOwnerLevelMismatch(Work w) {
    int a = subdistrictPlan(w, i -> true);
    if (a < 0) {
      return Optional.empty();
    }
    Plan plan = w.registry.plans().get(a);
    int network = w.districtNetwork(((SubdistrictCode) plan.area().get()).district());
    if (network < 0) {
      return Optional.empty();
    }
    w.claim("plan:" + a);
    w.plan(a, Plan.builder().from(plan).owner(w.registry.networks().get(network).id()).build());
    return one(Rules.PLAN_OWNER_LEVEL_MISMATCH, planAt(a).field(OWNER));
  }

  private static Optional<List<ExpectedViolation>> childrenOverBudget(Work w) {
    List<Plan> plans = w.registry.plans();
    for (int attempt = 0; attempt < 5; attempt++) {
      int d = w.pick(plans.size(), i -> w.free("plan:" + i) && plans.get(i).level() == PlanLevel.DISTRICT
          && plans.get(i).budget().isPresent() && plans.get(i).projects().isEmpty());
      if (d < 0) {
        return Optional.empty();
      }
      PlanId id = plans.get(d).id();
      List<Integer> children = new ArrayList<>();
      for (int i = 0; i < plans.size(); i++) {
        if (plans.get(i).parent().filter(id::equals).isPresent()) {
          children.add(i);
        }
      }
      if (children.stream().anyMatch(i -> !w.free("plan:" + i))) {
        continue;
      }
      Baht sum = children.stream().map(i -> plans.get(i).budget().orElse(Baht.ZERO)).collect(Baht.summing());
      if (sum.compareTo(Baht.of(1)) < 0) {
        continue;
      }
      w.claim("plan:" + d);
      children.forEach(i -> w.claim("plan:" + i));
      w.plan(d, Plan.builder().from(plans.get(d)).budget(sum.minus(Baht.of(1))).build());
      return one(Rules.PLAN_CHILDREN_OVER_BUDGET, planAt(d).field(BUDGET));
    }
    return Optional.empty();
  }

  private static Optional<List<ExpectedViolation>> projectsOverBudget(Work w) {
    int a = subdistrictPlan(w, i -> w.registry.plans().get(i).projectsBudget().compareTo(Baht.of(1)) >= 0);
    if (a < 0) {
      return Optional.empty();
    }
    Plan plan = w.registry.plans().get(a);
    w.claim("plan:" + a, "plan:" + w.planIndex(plan.parent().get()));
    w.plan(a, Plan.builder().from(plan).budget(plan.projectsBudget().minus(Baht.of(1))).build());
    return one(Rules.PLAN_PROJECTS_OVER_BUDGET, planAt(a).field(PROJECTS));
  }

  private static Optional<List<ExpectedViolation>> integrationAreaOutside(Work w) {
    int p = w.pick(w.registry.plans().size(), i -> w.free("plan:" + i)
        && w.registry.plans().get(i).integrationArea().isPresent());
    if (p < 0) {
      return Optional.empty();
    }
    Plan plan = w.registry.plans().get(p);
    w.claim("plan:" + p);
    w.plan(p, Plan.builder().from(plan).integrationArea(w.elsewhere((DistrictCode) plan.area().get())).build());
    return one(Rules.PLAN_INTEGRATION_AREA_OUTSIDE, planAt(p).field(INTEGRATION_AREA));
  }

  private static Optional<List<ExpectedViolation>> wrongCheckDigit(Work w) {
    List<Person> people = w.registry.people();
    int p = w.pick(people.size(), i -> w.free("person:" + i)
        && people.get(i).citizenId().filter(CitizenId::hasValidCheckDigit).isPresent());
    if (p < 0) {
      return Optional.empty();
    }
    Person person = people.get(p);
    String digits = person.citizenId().get().value();
    String wrong = digits.substring(0, 12) + (char) ('0' + (digits.charAt(12) - '0' + 1) % 10);
    w.claim("person:" + p);
    List<Person> changed = new ArrayList<>(people);
    changed.set(p, Person.builder().from(person).citizenId(CitizenId.parse(wrong)).build());
    w.registry = Registry.builder().from(w.registry).people(changed).build();
    return one(Rules.PERSON_CITIZEN_ID_CHECK_DIGIT, personAt(p).field(CITIZEN_ID));
  }

  private static Optional<List<ExpectedViolation>> danglingMember(Work w) {
    Set<PersonId> pointedAt = w.pointedAt();
    int c = w.pick(w.registry.councils().size(), i -> w.free("council:" + i));
    if (c < 0) {
      return Optional.empty();
    }
    Council council = w.registry.councils().get(c);
    int m = w.pick(council.members().size(), k -> !pointedAt.contains(council.members().get(k).person()));
    if (m < 0) {
      return Optional.empty();
    }
    List<Membership> members = new ArrayList<>(council.members());
    members.set(m, Membership.builder().from(members.get(m)).person(w.freshPersonId()).build());
    w.claim("council:" + c);
    w.council(c, Council.builder().from(council).members(members).build());
    return one(Rules.REFERENCE_DANGLING, councilAt(c).field(MEMBERS).index(m).field(PERSON));
  }

  /** Ends the chair's membership a month before the as-of date while the post goes on; a newcomer takes the seat. */
  private static Optional<List<ExpectedViolation>> officerOutlivesMembership(Work w) {
    Set<PersonId> networkOfficers = new HashSet<>();
    w.registry.networks().forEach(n -> n.posts().forEach(p -> p.holder().ifPresent(networkOfficers::add)));
    List<Council> councils = w.registry.councils();
    int c = w.pick(councils.size(), i -> {
      Council council = councils.get(i);
      return w.free("council:" + i)
          && !w.meets(council)
          && !council.posts().isEmpty()
          && council.posts().get(0).role() == PostRole.CHAIR
          && council.posts().get(0).term().isOpen()
          && council.posts().get(0).holder().filter(networkOfficers::contains).isEmpty()
          && council.members().stream()
              .filter(m -> m.person().equals(council.posts().get(0).holder().orElse(null)))
              .count() == 1;
    });
    if (c < 0) {
      return Optional.empty();
    }
    Council council = councils.get(c);
    PersonId chair = council.posts().get(0).holder().get();
    LocalDate lastDay = w.registry.asOf().minusMonths(1);
    Council.Builder changed = Council.builder().from(council).members(List.of());
    for (Membership member : council.members()) {
      if (member.person().equals(chair)) {
        if (!member.term().start().isBefore(lastDay)) {
          return Optional.empty();
        }
        changed.addMember(Membership.builder().from(member).term(Term.of(member.term().start(), lastDay)).build());
      } else {
        changed.addMember(member);
      }
    }
    Membership chairs = council.members().stream().filter(m -> m.person().equals(chair)).findFirst().get();
    changed.addMember(Membership.builder().from(chairs).person(w.newPerson().id()).term(Term.from(lastDay.plusDays(1))).build());
    w.claim("council:" + c);
    w.council(c, changed.build());
    return one(Rules.COUNCIL_OFFICER_OUTLIVES_MEMBERSHIP, councilAt(c).field(POSTS).index(0).field(TERM));
  }

  private static Optional<List<ExpectedViolation>> membershipBeforeAct(Work w) {
    int c = w.pick(w.registry.councils().size(), i -> w.free("council:" + i)
        && !w.registry.councils().get(i).members().isEmpty());
    if (c < 0) {
      return Optional.empty();
    }
    Council council = w.registry.councils().get(c);
    int m = w.random.nextInt(council.members().size());
    Membership member = council.members().get(m);
    List<Membership> members = new ArrayList<>(council.members());
    Term early = member.term().end().isPresent()
        ? Term.of(LocalDate.of(2007, 12, 1), member.term().end().get())
        : Term.from(LocalDate.of(2007, 12, 1));
    members.set(m, Membership.builder().from(member).term(early).build());
    w.claim("council:" + c);
    w.council(c, Council.builder().from(council).members(members).build());
    return one(Rules.COUNCIL_MEMBERSHIP_BEFORE_ACT, councilAt(c).field(MEMBERS).index(m).field(TERM));
  }

  private static Optional<List<ExpectedViolation>> duplicateRegistrationNumber(Work w) {
    List<Council> councils = w.registry.councils();
    int i = w.pick(councils.size(), k -> w.free("council:" + k) && councils.get(k).registration().isPresent());
    int j = w.pick(councils.size(), k -> k > i && i >= 0 && w.free("council:" + k)
        && councils.get(k).registration().isPresent());
    if (i < 0 || j < 0) {
      return Optional.empty();
    }
    Registration registration = councils.get(j).registration().get();
    w.claim("council:" + i, "council:" + j);
    w.council(j, Council.builder().from(councils.get(j))
        .registration(new Registration(councils.get(i).registration().get().number(), registration.date())).build());
    return one(Rules.COUNCIL_DUPLICATE_REGISTRATION_NUMBER, councilAt(j).field(REGISTRATION).field(NUMBER));
  }

  /** Adds a district network for a council's district that lists the council again. */
  private static Optional<List<ExpectedViolation>> councilInTwoNetworks(Work w) {
    List<Network> networks = w.registry.networks();
    int n = w.pick(networks.size(), k -> w.free("network:" + k)
        && networks.get(k).level() == NetworkLevel.DISTRICT
        && !networks.get(k).councils().isEmpty());
    if (n < 0) {
      return Optional.empty();
    }
    Network network = networks.get(n);
    int added = networks.size();
    w.claim("network:" + n, "network:" + added);
    Network second = Network.builder()
        .id(BodyId.of("network-mutation-" + (++w.fresh)))
        .level(NetworkLevel.DISTRICT)
        .nameTh(network.nameTh())
        .area(network.area().get())
        .addCouncil(network.councils().get(w.random.nextInt(network.councils().size())))
        .build();
    w.registry = Registry.builder().from(w.registry).addNetwork(second).build();
    return one(Rules.NETWORK_COUNCIL_IN_TWO_NETWORKS, networkAt(added).field(COUNCILS).index(0));
  }

  /** Makes a provincial network's first district network list the provincial network. */
  private static Optional<List<ExpectedViolation>> networkCycle(Work w) {
    List<Network> networks = w.registry.networks();
    int p = w.pick(networks.size(), k -> w.free("network:" + k)
        && networks.get(k).level() == NetworkLevel.PROVINCIAL
        && !networks.get(k).networks().isEmpty());
    if (p < 0) {
      return Optional.empty();
    }
    BodyId first = networks.get(p).networks().get(0);
    int d = -1;
    for (int k = 0; k < networks.size(); k++) {
      if (networks.get(k).id().equals(first)) {
        d = k;
      }
    }
    if (d < 0 || !w.free("network:" + d)) {
      return Optional.empty();
    }
    Network district = networks.get(d);
    w.claim("network:" + p, "network:" + d);
    w.network(d, Network.builder().from(district).addNetwork(networks.get(p).id()).build());
    // The walk in document order meets whichever comes first; the link back closes the cycle.
    return one(Rules.NETWORK_CYCLE, d < p
        ? networkAt(p).field(NETWORKS).index(0)
        : networkAt(d).field(NETWORKS).index(district.networks().size()));
  }

  private static Optional<List<ExpectedViolation>> meetingBeforeRegistration(Work w) {
    List<Meeting> meetings = w.registry.meetings();
    int m = w.pick(meetings.size(), i -> w.free("meeting:" + i)
        && meetings.get(i).body().flatMap(w.registry::council).flatMap(Council::registration).isPresent());
    if (m < 0) {
      return Optional.empty();
    }
    Meeting meeting = meetings.get(m);
    Council council = meeting.body().flatMap(w.registry::council).get();
    int c = w.registry.councils().indexOf(council);
    if (!w.free("council:" + c)) {
      return Optional.empty();
    }
    w.claim("meeting:" + m, "council:" + c);
    w.meeting(m, Meeting.builder().from(meeting).date(council.registration().get().date().minusDays(1)).build());
    return one(Rules.MEETING_BODY_INACTIVE, meetingAt(m).field(DATE));
  }

  private static Optional<List<ExpectedViolation>> completedProjectInProgress(Work w) {
    List<Plan> plans = w.registry.plans();
    int p = w.pick(plans.size(), i -> w.free("plan:" + i) && !plans.get(i).projects().isEmpty());
    if (p < 0) {
      return Optional.empty();
    }
    Plan plan = plans.get(p);
    List<Project> projects = new ArrayList<>(plan.projects());
    projects.set(0, Project.builder().from(projects.get(0))
        .status(ProjectStatus.COMPLETED).progress(w.random.nextInt(100)).build());
    w.claim("plan:" + p);
    w.plan(p, Plan.builder().from(plan).projects(projects).build());
    return one(Rules.PLAN_PROJECT_STATUS_PROGRESS, planAt(p).field(PROJECTS).index(0).field(STATUS));
  }

  /** Hands a sub-district plan to the council of another sub-district of the same district. */
  private static Optional<List<ExpectedViolation>> planOfAnotherCouncil(Work w) {
    List<Plan> plans = w.registry.plans();
    int p = w.pick(plans.size(), i -> w.free("plan:" + i)
        && plans.get(i).level() == PlanLevel.SUBDISTRICT
        && plans.get(i).localGovernment().isEmpty()
        && w.registry.council(plans.get(i).owner()).isPresent());
    if (p < 0) {
      return Optional.empty();
    }
    Plan plan = plans.get(p);
    SubdistrictCode area = (SubdistrictCode) plan.area().get();
    Optional<Council> other = w.registry.councils().stream()
        .filter(c -> c.area().liesIn(area.district()) && !c.area().subdistricts().contains(area))
        .findFirst();
    if (other.isEmpty()) {
      return Optional.empty();
    }
    int c = w.registry.councils().indexOf(other.get());
    if (!w.free("council:" + c)) {
      return Optional.empty();
    }
    w.claim("plan:" + p, "council:" + c);
    w.plan(p, Plan.builder().from(plan).owner(other.get().id()).build());
    return one(Rules.PLAN_OWNER_AREA_MISMATCH, planAt(p).field(AREA));
  }

  /** Appends a second record of a person with a citizen id: the same number under a new person id. */
  private static Optional<List<ExpectedViolation>> personRecordedTwice(Work w) {
    List<Person> people = w.registry.people();
    int p = w.pick(people.size(), i -> w.free("person:" + i)
        && people.get(i).citizenId().filter(CitizenId::hasValidCheckDigit).isPresent());
    if (p < 0) {
      return Optional.empty();
    }
    int added = people.size();
    w.claim("person:" + p, "person:" + added);
    Person twice = Person.builder().from(people.get(p)).id(w.freshPersonId()).build();
    w.registry = Registry.builder().from(w.registry).addPerson(twice).build();
    return one(Rules.PERSON_DUPLICATE_CITIZEN_ID, personAt(added).field(CITIZEN_ID));
  }

  /** Names a council after another sub-district of its district. */
  private static Optional<List<ExpectedViolation>> councilNamedAfterNeighbour(Work w) {
    List<Council> councils = w.registry.councils();
    int c = w.pick(councils.size(), i -> w.free("council:" + i)
        && councils.get(i).area().subdistricts().size() == 1
        && w.gazetteer.contains(councils.get(i).area().subdistricts().first()));
    if (c < 0) {
      return Optional.empty();
    }
    Council council = councils.get(c);
    SubdistrictCode own = council.area().subdistricts().first();
    String ownName = w.gazetteer.subdistrict(own).orElseThrow().nameTh();
    List<Subdistrict> others = w.gazetteer.subdistricts(own.district()).stream()
        .filter(s -> !s.nameTh().equals(ownName) && !s.nameTh().contains(" ")
            && !s.nameTh().contains("ตำบล") && !s.nameTh().contains("แขวง"))
        .collect(Collectors.toList());
    if (others.isEmpty()) {
      return Optional.empty();
    }
    Subdistrict other = others.get(w.random.nextInt(others.size()));
    w.claim("council:" + c);
    w.council(c, Council.builder().from(council).nameTh("สภาองค์กรชุมชน" + other.kind().thai() + other.nameTh()).build());
    return one(Rules.GEO_BODY_NAME_MISMATCH, councilAt(c).field(NAME_TH));
  }
}
