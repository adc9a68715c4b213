package io.github.sapha.jackson;

import io.github.sapha.calendar.FiscalYear;
import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Community;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.CommunityKind;
import io.github.sapha.council.DesignationId;
import io.github.sapha.designation.Designation;
import io.github.sapha.designation.DesignationKind;
import io.github.sapha.designation.SourceCertainty;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.Id;
import io.github.sapha.council.MeetingId;
import io.github.sapha.council.MemberKind;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Network;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.council.Organization;
import io.github.sapha.council.OrganizationKind;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PersonName;
import io.github.sapha.council.PhoneNumber;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.ProjectId;
import io.github.sapha.council.Registration;
import io.github.sapha.council.Term;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.LocalGovernment;
import io.github.sapha.geography.LocalGovernmentCode;
import io.github.sapha.geography.LocalGovernmentKind;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingLevel;
import io.github.sapha.meeting.MeetingStatus;
import io.github.sapha.meeting.Participant;
import io.github.sapha.meeting.ParticipantRole;
import io.github.sapha.meeting.Resolution;
import io.github.sapha.meeting.ResolutionOutcome;
import io.github.sapha.meeting.SourceLink;
import io.github.sapha.meeting.Venue;
import io.github.sapha.money.Baht;
import io.github.sapha.plan.Funding;
import io.github.sapha.plan.FundingSource;
import io.github.sapha.plan.Plan;
import io.github.sapha.plan.PlanLevel;
import io.github.sapha.plan.PlanStatus;
import io.github.sapha.plan.Project;
import io.github.sapha.plan.ProjectStatus;
import io.github.sapha.plan.Target;
import io.github.sapha.plan.Theme;
import io.github.sapha.registry.Registry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random registries that the model accepts, built through its public
 * builders: every optional field sometimes present and sometimes not, every
 * enum constant, text with Thai, quotes, escapes, control characters and
 * characters outside the BMP, small collections (possibly empty). Not every
 * reference resolves: that is the validator's business, not the format's.
 */
final class RegistryGenerator {
  /** Pieces of text: Thai, Latin, JSON's special characters, a tab, a line feed, NUL, an emoji. */
  private static final String[] PIECES = {
    "สภา", "องค์กร", "ชุมชน", "ตำบล", "บ้านด้าย", "แม่สาย", "๒๕๖๐", "Mae Sai", "council", "A", "z", "9",
    "\"", "\\", "/", "'", "<b>", "&amp;", " ", "\t", "\n", "\u0000", "\u001f", "\u2028", "😀", "é", "ß", "{}", "[]"
  };
  private static final String[] EDGE = {"ก", "ส", "A", "z", "0", "\"", "\\", "😀", "ä", "}"};
  private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-";

  private final Random random;
  private int serial;

  private RegistryGenerator(Random random) {
    this.random = random;
  }

  /** Registries of a few of everything. */
  static Arbitrary<Registry> registries() {
    return Arbitraries.randomValue(random -> new RegistryGenerator(random).registry());
  }

  /** One registry of a few of everything, from a source of randomness of one's own. */
  static Registry registry(Random random) {
    return new RegistryGenerator(random).registry();
  }

  /** Single councils, for JSON Lines. */
  static Arbitrary<Council> councils() {
    return Arbitraries.randomValue(random -> new RegistryGenerator(random).council(BodyId.of("council-x")));
  }

  /** Single people, for JSON Lines. */
  static Arbitrary<Person> people() {
    return Arbitraries.randomValue(random -> new RegistryGenerator(random).person(PersonId.of("person-x")));
  }

  /** Single plans, for JSON Lines. */
  static Arbitrary<Plan> plans() {
    return Arbitraries.randomValue(random -> new RegistryGenerator(random).plan(PlanId.of("plan-x")));
  }

  Registry registry() {
    Registry.Builder registry = Registry.builder().asOf(date());
    repeat(3, () -> registry.addCouncil(council(id("council", BodyId::of))));
    repeat(3, () -> registry.addNetwork(network(id("network", BodyId::of))));
    repeat(3, () -> registry.addOrganization(organization(id("org", BodyId::of))));
    repeat(4, () -> registry.addPerson(person(id("person", PersonId::of))));
    repeat(2, () -> registry.addMeeting(meeting(id("meeting", MeetingId::of))));
    repeat(3, () -> registry.addPlan(plan(id("plan", PlanId::of))));
    repeat(2, () -> registry.addDesignation(designation(id("designation", DesignationId::of))));
    return registry.build();
  }

  /**
   * Pairs of a registry and an edited copy, for diffs: objects regenerated
   * with their id, removed, added and moved, nested lists reordered and
   * thinned, and sometimes the date moved.
   */
  static Arbitrary<List<Registry>> editedPairs() {
    return Arbitraries.randomValue(random -> new RegistryGenerator(random).editedPair());
  }

  List<Registry> editedPair() {
    Registry old = registry();
    Registry edited = old;
    for (Council council : old.councils()) {
      switch (random.nextInt(5)) {
        case 0 -> edited = edited.with(council(council.id()));
        case 1 -> edited = edited.without(council.id());
        case 2 -> {
          List<Membership> members = new ArrayList<>(council.members());
          java.util.Collections.shuffle(members, random);
          if (!members.isEmpty() && random.nextBoolean()) {
            members.remove(0);
          }
          List<Post> posts = new ArrayList<>(council.posts());
          posts.add(0, post());
          edited = edited.with(Council.builder().from(council).members(members).posts(posts).build());
        }
        default -> { }
      }
    }
    for (Network network : old.networks()) {
      switch (random.nextInt(4)) {
        case 0 -> edited = edited.with(network(network.id()));
        case 1 -> edited = edited.without(network.id());
        default -> { }
      }
    }
    for (Organization organization : old.organizations()) {
      switch (random.nextInt(4)) {
        case 0 -> edited = edited.with(organization(organization.id()));
        case 1 -> edited = edited.without(organization.id());
        default -> { }
      }
    }
    for (Person person : old.people()) {
      switch (random.nextInt(4)) {
        case 0 -> edited = edited.with(person(person.id()));
        case 1 -> edited = edited.without(person.id());
        default -> { }
      }
    }
    for (Meeting meeting : old.meetings()) {
      switch (random.nextInt(4)) {
        case 0 -> edited = edited.with(meeting(meeting.id()));
        case 1 -> edited = edited.without(meeting.id());
        default -> { }
      }
    }
    for (Plan plan : old.plans()) {
      switch (random.nextInt(4)) {
        case 0 -> edited = edited.with(plan(plan.id()));
        case 1 -> edited = edited.without(plan.id());
        default -> { }
      }
    }
    for (Designation designation : old.designations()) {
      switch (random.nextInt(4)) {
        case 0 -> edited = edited.with(designation(designation.id()));
        case 1 -> edited = edited.without(designation.id());
        default -> { }
      }
    }
    Registry[] box = {edited};
    repeat(2, () -> box[0] = box[0].with(council(BodyId.of("added-" + serial++ + "-council"))));
    repeat(2, () -> box[0] = box[0].with(person(PersonId.of("added-" + serial++ + "-person"))));
    repeat(1, () -> box[0] = box[0].with(plan(PlanId.of("added-" + serial++ + "-plan"))));
    repeat(1, () -> box[0] = box[0].with(designation(DesignationId.of("added-" + serial++ + "-designation"))));
    edited = box[0];
    if (random.nextBoolean()) {
      List<Council> councils = new ArrayList<>(edited.councils());
      java.util.Collections.shuffle(councils, random);
      List<Person> people = new ArrayList<>(edited.people());
      java.util.Collections.shuffle(people, random);
      edited = Registry.builder().from(edited).councils(councils).people(people).build();
    }
    if (random.nextBoolean()) {
      edited = edited.withAsOf(date());
    }
    return List.of(old, edited);
  }

  // ---- councils -------------------------------------------------------------------------------

  Council council(BodyId id) {
    Council.Builder council = Council.builder().id(id).nameTh(text());
    maybe(() -> council.nameEn(text()));
    CouncilArea area =
        random.nextBoolean()
            ? CouncilArea.subdistrict(subdistrict())
            : CouncilArea.localGovernment(id("lg", BodyId::of), subdistricts(1 + random.nextInt(3)));
    council.area(random.nextBoolean() ? area.withName(text()) : area);
    if (random.nextBoolean()) {
      LocalDate registered = date();
      council.registration(Registration.of(text(), registered));
      if (random.nextInt(4) == 0) {
        council.dissolved(registered.plusDays(random.nextInt(5000)));
      }
    }
    List<CommunityId> communities = new ArrayList<>();
    repeat(3, () -> {
      CommunityId community = id("community", CommunityId::of);
      communities.add(community);
      council.addCommunity(community(community));
    });
    repeat(3, () -> council.addMember(membership(communities)));
    repeat(3, () -> council.addPost(post()));
    return council.build();
  }

  Community community(CommunityId id) {
    Community.Builder community = Community.builder().id(id).nameTh(text()).kind(pick(CommunityKind.class));
    maybe(() -> community.nameEn(text()));
    maybe(() -> community.village(1 + random.nextInt(Community.MAX_VILLAGE_NUMBER)));
    maybe(() -> community.registered(date()));
    return community.build();
  }

  Membership membership(List<CommunityId> communities) {
    Term term = term();
    if (random.nextBoolean()) {
      return Membership.qualifiedPerson(id("person", PersonId::of), term);
    }
    CommunityId community = communities.isEmpty() || random.nextBoolean() ? id("community", CommunityId::of) : communities.get(0);
    return Membership.builder()
        .person(id("person", PersonId::of))
        .kind(MemberKind.COMMUNITY_REPRESENTATIVE)
        .community(community)
        .term(term)
        .build();
  }

  Post post() {
    PostRole role = pick(PostRole.class);
    Post.Builder post = Post.builder().role(role).term(term());
    if (role == PostRole.OTHER || random.nextBoolean()) {
      post.label(text());
    }
    maybe(() -> post.holder(id("person", PersonId::of)));
    return post.build();
  }

  Term term() {
    LocalDate start = date();
    return random.nextBoolean() ? Term.from(start) : Term.of(start, start.plusDays(random.nextInt(2000)));
  }

  // ---- networks and organisations -------------------------------------------------------------

  Network network(BodyId id) {
    NetworkLevel level = pick(NetworkLevel.class);
    Network.Builder network = Network.builder().id(id).level(level).nameTh(text());
    maybe(() -> network.nameEn(text()));
    switch (level) {
      case DISTRICT -> network.area(district());
      case PROVINCIAL -> network.area(province());
      default -> { }
    }
    repeat(3, () -> network.addCouncil(id("council", BodyId::of)));
    repeat(2, () -> network.addNetwork(id("network", BodyId::of)));
    repeat(2, () -> network.addPost(post()));
    if (level != NetworkLevel.NATIONAL && random.nextBoolean()) {
      network.claimsFullCoverage(true);
    }
    return network.build();
  }

  Organization organization(BodyId id) {
    OrganizationKind kind = pick(OrganizationKind.class);
    Organization.Builder organization = Organization.builder().id(id).kind(kind).nameTh(text());
    maybe(() -> organization.nameEn(text()));
    maybe(() -> organization.parent(id("org", BodyId::of)));
    if (kind == OrganizationKind.LOCAL_GOVERNMENT) {
      organization.localGovernment(localGovernment());
    }
    maybe(() -> organization.area(areaCode()));
    repeat(2, () -> organization.addPost(post()));
    return organization.build();
  }

  LocalGovernment localGovernment() {
    LocalGovernmentKind kind = pick(LocalGovernmentKind.class);
    LocalGovernment.Builder lg = LocalGovernment.builder().kind(kind).nameTh(text());
    maybe(() -> lg.code(LocalGovernmentCode.parse(String.format("%07d", random.nextInt(10_000_000)))));
    maybe(() -> lg.nameEn(text()));
    if (kind.coversProvince()) {
      lg.addArea(province());
    } else {
      lg.addAllArea(subdistricts(1 + random.nextInt(3)));
    }
    return lg.build();
  }

  // ---- people ---------------------------------------------------------------------------------

  Person person(PersonId id) {
    Person.Builder person = Person.builder().id(id).name(personName());
    maybe(() -> person.nameEn(personName()));
    maybe(() -> person.phone(PhoneNumber.parse((random.nextBoolean() ? "+" : "") + digits(8 + random.nextInt(8)))));
    maybe(() -> person.citizenId(CitizenId.parse(digits(13))));
    return person.build();
  }

  PersonName personName() {
    PersonName.Builder name = PersonName.builder().given(text());
    maybe(() -> name.title(text()));
    maybe(() -> name.family(text()));
    return name.build();
  }

  // ---- meetings -------------------------------------------------------------------------------

  Meeting meeting(MeetingId id) {
    Meeting.Builder meeting =
        Meeting.builder().id(id).titleTh(text()).date(date()).level(pick(MeetingLevel.class));
    maybe(() -> meeting.titleEn(text()));
    maybe(() -> meeting.status(pick(MeetingStatus.class)));
    maybe(() -> meeting.body(id("network", BodyId::of)));
    maybe(
        () ->
            meeting.venue(
                random.nextBoolean() ? Venue.at(text(), id("lg", BodyId::of)) : Venue.of(text())));
    repeat(3, () -> meeting.addOrganiser(id("org", BodyId::of)));
    repeat(3, () -> meeting.addParticipant(participant()));
    maybe(() -> meeting.attendance(random.nextInt(500)));
    repeat(3, () -> meeting.addAgenda(text()));
    repeat(2, () -> meeting.addResolution(Resolution.of(text(), pick(ResolutionOutcome.class))));
    repeat(2, () -> meeting.addSource(source()));
    return meeting.build();
  }

  Participant participant() {
    ParticipantRole role = pick(ParticipantRole.class);
    Participant.Builder participant = Participant.builder().person(id("person", PersonId::of)).role(role);
    maybe(() -> participant.capacity(id("org", BodyId::of)));
    if (role == ParticipantRole.OTHER || random.nextBoolean()) {
      participant.note(text());
    }
    return participant.build();
  }

  SourceLink source() {
    String url = (random.nextBoolean() ? "https" : "http") + "://example.org/" + serial++ + "?q=" + random.nextInt(99);
    return random.nextBoolean() ? SourceLink.of(url, text()) : SourceLink.of(url);
  }

  // ---- designations ---------------------------------------------------------------------------

  Designation designation(DesignationId id) {
    LocalDate from = date();
    Designation.Builder designation =
        Designation.builder().id(id).nameTh(text()).kind(pick(DesignationKind.class)).validFrom(from);
    maybe(() -> designation.nameEn(text()));
    designation.addArea(random.nextBoolean() ? district() : subdistrict());
    repeat(2, () -> designation.addArea(random.nextBoolean() ? district() : subdistrict()));
    maybe(() -> designation.validTo(from.plusDays(random.nextInt(2000))));
    repeat(2, () -> designation.addSource(source()));
    maybe(() -> designation.certainty(pick(SourceCertainty.class)));
    maybe(() -> designation.note(text()));
    return designation.build();
  }

  // ---- plans ----------------------------------------------------------------------------------

  Plan plan(PlanId id) {
    PlanLevel level = pick(PlanLevel.class);
    int first = 2500 + random.nextInt(100);
    Plan.Builder plan =
        Plan.builder()
            .id(id)
            .titleTh(text())
            .level(level)
            .owner(id("council", BodyId::of))
            .period(FiscalYearRange.of(FiscalYear.of(first), FiscalYear.of(first + random.nextInt(6))));
    maybe(() -> plan.titleEn(text()));
    switch (level) {
      case COMMUNITY, SUBDISTRICT -> plan.area(subdistrict());
      case DISTRICT -> plan.area(district());
      case PROVINCE -> plan.area(province());
      default -> { }
    }
    if (level == PlanLevel.COMMUNITY) {
      maybe(() -> plan.community(id("community", CommunityId::of)));
    }
    if (level == PlanLevel.DISTRICT) {
      maybe(() -> plan.integrationArea(subdistrict()));
    }
    maybe(() -> plan.localGovernment(id("lg", BodyId::of)));
    plan.addAllThemes(themes());
    repeat(3, () -> plan.addGoal(text()));
    maybe(() -> plan.status(pick(PlanStatus.class)));
    maybe(() -> plan.budget(amount()));
    maybe(() -> plan.parent(id("plan", PlanId::of)));
    repeat(2, () -> plan.addAlignsWith(id("plan", PlanId::of)));
    repeat(2, () -> plan.addDesignation(id("designation", DesignationId::of)));
    repeat(3, () -> plan.addProject(project(id("project", ProjectId::of))));
    return plan.build();
  }

  Project project(ProjectId id) {
    Project.Builder project = Project.builder().id(id).titleTh(text()).addAllThemes(themes());
    maybe(() -> project.titleEn(text()));
    List<FundingSource> sources = new ArrayList<>(EnumSet.allOf(FundingSource.class));
    java.util.Collections.shuffle(sources, random);
    int lines = random.nextInt(4);
    Baht budget = Baht.ZERO;
    for (int i = 0; i < lines; i++) {
      Baht amount = amount();
      budget = budget.plus(amount);
      project.addFunding(Funding.of(sources.get(i), amount));
    }
    project.budget(lines == 0 ? amount() : budget);
    maybe(() -> project.target(Target.of(1 + random.nextInt(1_000_000), text())));
    maybe(() -> project.status(pick(ProjectStatus.class)));
    maybe(() -> project.progress(random.nextInt(101)));
    return project.build();
  }

  EnumSet<Theme> themes() {
    EnumSet<Theme> themes = EnumSet.noneOf(Theme.class);
    repeat(3, () -> themes.add(pick(Theme.class)));
    return themes;
  }

  // ---- values ---------------------------------------------------------------------------------

  /** An id unique within this registry, with a random tail of every character ids allow. */
  <T extends Id> T id(String prefix, Function<String, T> of) {
    StringBuilder id = new StringBuilder(prefix).append('-').append(serial++);
    int tail = random.nextInt(6);
    for (int i = 0; i < tail; i++) {
      id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
    }
    return of.apply(id.toString());
  }

  /** Text the model accepts: not blank, no white space at either end, anything in between. */
  String text() {
    StringBuilder text = new StringBuilder(EDGE[random.nextInt(EDGE.length)]);
    int pieces = random.nextInt(5);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    if (pieces > 0) {
      text.append(EDGE[random.nextInt(EDGE.length)]);
    }
    return text.toString();
  }

  LocalDate date() {
    return LocalDate.of(1900, 1, 1).plusDays(random.nextInt(73_000));
  }

  Baht amount() {
    return Baht.ofSatang(random.nextInt(4) == 0 ? 0 : (long) (random.nextDouble() * 1_000_000_000_00L));
  }

  String digits(int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }

  ProvinceCode province() {
    return ProvinceCode.parse(Integer.toString(10 + random.nextInt(90)));
  }

  DistrictCode district() {
    return DistrictCode.parse(province().value() + twoDigits());
  }

  SubdistrictCode subdistrict() {
    return SubdistrictCode.parse(district().value() + twoDigits());
  }

  List<SubdistrictCode> subdistricts(int count) {
    List<SubdistrictCode> codes = new ArrayList<>();
    while (codes.size() < count) {
      SubdistrictCode code = subdistrict();
      if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    return codes;
  }

  AreaCode areaCode() {
    return switch (random.nextInt(3)) {
      case 0 -> province();
      case 1 -> district();
      default -> subdistrict();
    };
  }

  private String twoDigits() {
    int n = 1 + random.nextInt(99);
    return (n < 10 ? "0" : "") + n;
  }

  <E extends Enum<E>> E pick(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return constants[random.nextInt(constants.length)];
  }

  private void maybe(Runnable action) {
    if (random.nextBoolean()) {
      action.run();
    }
  }

  private void repeat(int most, Runnable action) {
    int times = random.nextInt(most + 1);
    for (int i = 0; i < times; i++) {
      action.run();
    }
  }
}
