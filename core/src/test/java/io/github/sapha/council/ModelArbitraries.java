package io.github.sapha.council;

import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingLevel;
import io.github.sapha.meeting.Participant;
import io.github.sapha.meeting.ParticipantRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Test support: jqwik arbitraries for model objects. Each one only draws
 * plain values and hands them to a factory of {@link Models} or of the model
 * itself, so the model's construction stays independent of jqwik.
 *
 * <p>Ids carry a prefix per kind ("p-", "c-", "n-", "o-", "m-") so that
 * councils, networks and organisations never share an id; lists of objects
 * have unique ids.
 */
public final class ModelArbitraries {
  private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  private static final int DAYS = 40 * 366;
  /** Most objects in a generated list; small lists keep properties fast. */
  private static final int MAX_SIZE = 6;
  /**
   * Capitals that start no word of any model toString() ("Person", "Council",
   * "CODI", "Id", "Meeting", "Network", "Organization", "Registry"), so a
   * Latin name in a toString() can only be a leak, never a coincidence.
   */
  private static final String LATIN_CAPITALS = "ABEFGHJKLQSTUVWXYZ";
  private static final String THAI_LETTERS =
      "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะัาำิีึืุูเแโใไ็่้๊๋์";

  private ModelArbitraries() {}

  // ---- dates and terms -----------------------------------------------------------------------

  /** Days from 2000 to 2039. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, DAYS).map(FIRST_DAY::plusDays);
  }

  /** Open and closed terms, from one day to about ten years long. */
  public static Arbitrary<Term> terms() {
    return Combinators.combine(dates(), Arbitraries.integers().between(0, 3650).optional(0.7))
        .as((start, length) -> length.map(days -> Term.of(start, start.plusDays(days))).orElseGet(() -> Term.from(start)));
  }

  // ---- personal data -------------------------------------------------------------------------

  /** Thai names of 2 to 12 letters, vowels and tone marks. */
  public static Arbitrary<String> thaiNames() {
    return Arbitraries.strings().withChars(THAI_LETTERS).ofMinLength(2).ofMaxLength(12);
  }

  /** Capitalised Latin names of 3 to 12 letters (see {@link #LATIN_CAPITALS}). */
  public static Arbitrary<String> latinNames() {
    return Combinators.combine(
            Arbitraries.strings().withChars(LATIN_CAPITALS).ofLength(1),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(11))
        .as(String::concat);
  }

  /** Thai or Latin names. */
  public static Arbitrary<String> names() {
    return Arbitraries.oneOf(thaiNames(), latinNames());
  }

  /** Names with an optional title and family name, Thai or Latin parts mixed. */
  public static Arbitrary<PersonName> personNames() {
    return Combinators.combine(
            Arbitraries.of("นาย", "นาง", "นางสาว", "ดร.").optional(0.5), names(), names().optional(0.8))
        .as((title, given, family) -> PersonName.builder().title(title).given(given).family(family).build());
  }

  /** Thirteen ASCII digits whose last is the right check digit. */
  public static Arbitrary<String> validCitizenIdDigits() {
    return Arbitraries.strings().numeric().ofLength(12).map(Models::withCheckDigit);
  }

  /** Thirteen ASCII digits, the check digit right or not (a wrong one is not a structural fault). */
  public static Arbitrary<String> citizenIdDigits() {
    return Arbitraries.oneOf(validCitizenIdDigits(), Arbitraries.strings().numeric().ofLength(13));
  }

  /** Phone numbers as their value: an optional '+' and 8 to 15 digits. */
  public static Arbitrary<String> phoneValues() {
    return Combinators.combine(
            Arbitraries.of("", "+"), Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(15))
        .as(String::concat);
  }

  /** A person with the given id number and random personal data. */
  public static Arbitrary<Person> person(int number) {
    return Combinators.combine(
            personNames(),
            personNames().optional(0.5),
            phoneValues().map(PhoneNumber::parse).optional(0.7),
            citizenIdDigits().map(CitizenId::parse).optional(0.7))
        .as((name, nameEn, phone, citizenId) -> Models.person("p-" + number, name, nameEn, phone, citizenId));
  }

  /** Up to six people with unique ids, in no particular id order. */
  public static Arbitrary<List<Person>> people() {
    return uniqueNumbers().flatMap(numbers -> combineAll(numbers.stream().map(ModelArbitraries::person).toList()));
  }

  // ---- councils and their parts --------------------------------------------------------------

  private static Arbitrary<PersonId> personIds() {
    return Arbitraries.integers().between(0, 999).map(n -> PersonId.of("p-" + n));
  }

  /** Community representatives and qualified persons with random terms. */
  public static Arbitrary<Membership> memberships(Arbitrary<PersonId> people) {
    Arbitrary<CommunityId> communities = Arbitraries.integers().between(1, 20).map(n -> CommunityId.of("cm-" + n));
    return Arbitraries.oneOf(
        Combinators.combine(people, communities, terms()).as(Membership::representative),
        Combinators.combine(people, terms()).as(Membership::qualifiedPerson));
  }

  /** Posts of any role, held or vacant, with a label for role other. */
  public static Arbitrary<Post> posts(Arbitrary<PersonId> people) {
    return Combinators.combine(Arbitraries.of(PostRole.class), people.optional(0.8), terms())
        .as(
            (role, holder, term) ->
                Post.builder()
                    .role(role)
                    .label(role == PostRole.OTHER ? Optional.of("ผู้ช่วย") : Optional.empty())
                    .holder(holder)
                    .term(term)
                    .build());
  }

  /** Sub-districts 570901 to 570920 (well formed; not all are in the gazetteer). */
  public static Arbitrary<SubdistrictCode> maeSaiSubdistricts() {
    return Arbitraries.integers().between(1, 20).map(n -> SubdistrictCode.of(570900 + n));
  }

  /** A sub-district council with the given id number, registered or not, perhaps dissolved. */
  public static Arbitrary<Council> council(int number) {
    return Combinators.combine(
            maeSaiSubdistricts(),
            dates().optional(0.8),
            Arbitraries.integers().between(0, 3650).optional(0.3),
            memberships(personIds()).list().ofMaxSize(MAX_SIZE),
            posts(personIds()).list().ofMaxSize(MAX_SIZE))
        .as(
            (subdistrict, registered, dissolvedAfter, members, posts) ->
                Models.council(
                    "c-" + number,
                    subdistrict,
                    registered,
                    registered.flatMap(date -> dissolvedAfter.map(date::plusDays)),
                    members,
                    posts));
  }

  /** Up to six councils with unique ids. */
  public static Arbitrary<List<Council>> councils() {
    return uniqueNumbers().flatMap(numbers -> combineAll(numbers.stream().map(ModelArbitraries::council).toList()));
  }

  /** A network with the given id number at any level, its area fitting the level. */
  public static Arbitrary<Network> network(int number) {
    Arbitrary<BodyId> councilIds = Arbitraries.integers().between(0, 999).map(n -> BodyId.of("c-" + n));
    Arbitrary<BodyId> networkIds = Arbitraries.integers().between(0, 999).map(n -> BodyId.of("n-" + n));
    return Combinators.combine(
            Arbitraries.of(NetworkLevel.class),
            councilIds.list().ofMaxSize(MAX_SIZE),
            networkIds.list().ofMaxSize(3),
            posts(personIds()).list().ofMaxSize(3),
            Arbitraries.of(true, false))
        .as(
            (level, councils, networks, posts, claimsFull) ->
                Network.builder()
                    .from(Models.network("n-" + number, level, areaOf(level), councils, networks))
                    .posts(posts)
                    .claimsFullCoverage(claimsFull && level != NetworkLevel.NATIONAL)
                    .build());
  }

  private static Optional<AreaCode> areaOf(NetworkLevel level) {
    switch (level) {
      case DISTRICT:
        return Optional.of(DistrictCode.of(5709));
      case PROVINCIAL:
        return Optional.of(ProvinceCode.of(57));
      default:
        return Optional.empty();
    }
  }

  /** Up to six networks with unique ids. */
  public static Arbitrary<List<Network>> networks() {
    return uniqueNumbers().flatMap(numbers -> combineAll(numbers.stream().map(ModelArbitraries::network).toList()));
  }

  /** An organisation (not a local government) with the given id number. */
  public static Arbitrary<Organization> organization(int number) {
    return Combinators.combine(
            Arbitraries.of(
                OrganizationKind.CODI,
                OrganizationKind.CODI_REGIONAL_OFFICE,
                OrganizationKind.GOVERNMENT_OFFICE,
                OrganizationKind.OTHER),
            Arbitraries.of(BodyId.of("o-codi")).optional(0.5),
            posts(personIds()).list().ofMaxSize(3))
        .as(
            (kind, parent, posts) ->
                Organization.builder()
                    .id(BodyId.of("o-" + number))
                    .kind(kind)
                    .nameTh("องค์กร " + number)
                    .parent(parent)
                    .posts(posts)
                    .build());
  }

  /** Up to six organisations with unique ids. */
  public static Arbitrary<List<Organization>> organizations() {
    return uniqueNumbers()
        .flatMap(numbers -> combineAll(numbers.stream().map(ModelArbitraries::organization).toList()));
  }

  // ---- meetings ------------------------------------------------------------------------------

  /** Participants in any role, with a note for role other. */
  public static Arbitrary<Participant> participants(Arbitrary<PersonId> people) {
    return Combinators.combine(people, Arbitraries.of(ParticipantRole.class))
        .as(
            (person, role) ->
                Participant.builder()
                    .person(person)
                    .role(role)
                    .note(role == ParticipantRole.OTHER ? Optional.of("ถ่ายภาพ") : Optional.empty())
                    .build());
  }

  /** A meeting with the given id number, of a council or of no one body. */
  public static Arbitrary<Meeting> meeting(int number) {
    Arbitrary<BodyId> bodies = Arbitraries.integers().between(0, 999).map(n -> BodyId.of("c-" + n));
    return Combinators.combine(
            dates(),
            Arbitraries.of(MeetingLevel.class),
            bodies.optional(0.7),
            bodies.list().ofMaxSize(3),
            participants(personIds()).list().ofMaxSize(MAX_SIZE))
        .as(
            (date, level, body, organisers, participants) ->
                Models.meeting("m-" + number, date, level, body, organisers, participants));
  }

  /** Up to six meetings with unique ids. */
  public static Arbitrary<List<Meeting>> meetings() {
    return uniqueNumbers().flatMap(numbers -> combineAll(numbers.stream().map(ModelArbitraries::meeting).toList()));
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static Arbitrary<List<Integer>> uniqueNumbers() {
    return Arbitraries.integers().between(0, 999).list().ofMaxSize(MAX_SIZE).uniqueElements();
  }

  private static <T> Arbitrary<List<T>> combineAll(List<Arbitrary<T>> arbitraries) {
    return Combinators.combine(arbitraries).as(list -> list);
  }
}
