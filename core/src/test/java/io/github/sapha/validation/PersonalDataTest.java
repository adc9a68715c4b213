package io.github.sapha.validation;

import static io.github.sapha.validation.Fixtures.COUNCIL_HUAI_KHRAI;
import static io.github.sapha.validation.Fixtures.DISTRICT_NETWORK;
import static io.github.sapha.validation.Fixtures.LG_MAE_SAI;
import static io.github.sapha.validation.Fixtures.MEETING;
import static io.github.sapha.validation.Fixtures.TERM_START;
import static io.github.sapha.validation.Fixtures.base;
import static io.github.sapha.validation.Fixtures.community;
import static io.github.sapha.validation.Fixtures.error;
import static io.github.sapha.validation.Fixtures.person;
import static io.github.sapha.validation.Fixtures.validate;
import static io.github.sapha.validation.Fixtures.withMembers;
import static io.github.sapha.validation.Fixtures.withMeeting;
import static io.github.sapha.validation.Fixtures.withNetwork;
import static io.github.sapha.validation.Fixtures.withOrganization;
import static io.github.sapha.validation.Fixtures.withPeople;
import static io.github.sapha.validation.Fixtures.withPerson;
import static io.github.sapha.validation.Fixtures.withPosts;
import static io.github.sapha.validation.Fixtures.wrongCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PersonName;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.Term;
import io.github.sapha.meeting.Participant;
import io.github.sapha.meeting.ParticipantRole;
import io.github.sapha.registry.Registry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** person.citizen-id-check-digit, and no violation ever shows a person's name, phone number or citizen id. */
class PersonalDataTest {
  /** A citizen id with a right check digit, worked by hand: weighted sum 144, (11 - 144 % 11) % 10 = 0. */
  private static final String VALID_CITIZEN_ID = "1101700203450";
  private static final PersonId P1 = person("570902", 1);
  private static final PersonId OUTSIDER = PersonId.of("person-outsider");
  private static final Term SEAT = Term.from(TERM_START);

  // ---- person.citizen-id-check-digit --------------------------------------------------------

  @Test
  void test_citizenIdCheckDigit_wrongDigitIsReportedWithoutTheNumber() {
    Registry registry = withCitizenId(P1, wrongCheckDigit(citizenIdOf(P1)));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.PERSON_CITIZEN_ID_CHECK_DIGIT, "/people/3/citizenId",
                "The citizen id of person person-570902-1 has a wrong check digit (the number is not shown)"));
  }

  @Test
  void test_citizenIdCheckDigit_rightDigitIsFine() {
    assertThat(CitizenId.parse(VALID_CITIZEN_ID).hasValidCheckDigit()).isTrue();
    assertThat(validate(withCitizenId(P1, VALID_CITIZEN_ID)).violations()).isEmpty();
    assertThat(validate(withCitizenId(P1, "1-1017-00203-45-0")).violations()).isEmpty();
  }

  @Test
  void test_citizenIdCheckDigit_everyOtherLastDigitIsWrong() {
    for (int digit = 1; digit <= 9; digit++) {
      String wrong = VALID_CITIZEN_ID.substring(0, 12) + digit;
      assertThat(validate(withCitizenId(P1, wrong)).violations(Rules.PERSON_CITIZEN_ID_CHECK_DIGIT))
          .as(wrong)
          .hasSize(1);
    }
  }

  @Test
  void test_citizenIdCheckDigit_personWithoutCitizenIdIsFine() {
    Registry registry = withPerson(base(), P1, p -> p.citizenId(Optional.empty()));
    assertThat(validate(registry).violations()).isEmpty();
  }

  private static Registry withCitizenId(PersonId person, String citizenId) {
    return withPerson(base(), person, p -> p.citizenId(CitizenId.parse(citizenId)));
  }

  private static String citizenIdOf(PersonId person) {
    return base().person(person).orElseThrow().citizenId().orElseThrow().value();
  }

  // ---- no personal data in violations -------------------------------------------------------

  @Test
  void test_violations_nameNoPersonalDataOnlyPersonIds() {
    Registry registry = withPersonProblems();
    ValidationReport report = validate(registry);
    assertThat(report.rules())
        .containsExactly(
            Rules.COUNCIL_MEMBER_IN_TWO_COUNCILS,
            Rules.COUNCIL_OFFICER_NOT_MEMBER,
            Rules.COUNCIL_PERSON_REPRESENTS_TWICE,
            Rules.COUNCIL_POST_OVERLAP,
            Rules.MEETING_UNKNOWN_PARTICIPANT,
            Rules.NETWORK_CHAIR_NOT_MEMBER,
            Rules.PERSON_CITIZEN_ID_CHECK_DIGIT,
            Rules.REFERENCE_DANGLING);

    List<String> secrets = secretsOf(registry);
    assertThat(secrets).hasSizeGreaterThan(50);
    for (Violation violation : report.violations()) {
      String shown =
          String.join("\n",
              violation.message(),
              violation.path().toString(),
              violation.suggestion().orElse(""),
              violation.reference().orElse(""),
              violation.toString());
      for (String secret : secrets) {
        assertThat(shown).as("%s must not show personal data", violation.rule()).doesNotContain(secret);
      }
    }

    // People are named by id instead.
    assertThat(messagesOf(report, Rules.PERSON_CITIZEN_ID_CHECK_DIGIT))
        .containsExactly(
            "The citizen id of person person-570902-1 has a wrong check digit (the number is not shown)",
            "The citizen id of person person-570908-2 has a wrong check digit (the number is not shown)");
    assertThat(messagesOf(report, Rules.COUNCIL_OFFICER_NOT_MEMBER))
        .containsExactly(
            "Person person-570908-2 holds the post of secretary of council council-570902 from 2016-01-01 but is not a "
                + "member of the council then");
    assertThat(messagesOf(report, Rules.COUNCIL_MEMBER_IN_TWO_COUNCILS))
        .containsExactly(
            "Person person-570908-3 is an active member of both council council-570902 and council council-570908 "
                + "on 2017-05-18");
    assertThat(messagesOf(report, Rules.COUNCIL_PERSON_REPRESENTS_TWICE))
        .containsExactly(
            "Person person-570902-1 represents both community community-570902-1 and community community-570902-2 "
                + "of council council-570902");
    assertThat(messagesOf(report, Rules.COUNCIL_POST_OVERLAP))
        .containsExactly(
            "The post of chair of council council-570902 is held by person-570902-1 and person-570902-3 at the same "
                + "time, from 2017-01-01");
    assertThat(messagesOf(report, Rules.NETWORK_CHAIR_NOT_MEMBER))
        .containsExactly(
            "The chair of network network-5709, person person-outsider, sits on none of the network's councils on "
                + "2017-05-18");
  }

  @Test
  void test_personReferencesHoldingPersonalData_areNeverShown() {
    // A phone number, a citizen id and a Latin name are all well-formed ids: typed into person
    // references, they are read, resolve to no one, and every rule that names the reference
    // must leave them out.
    PersonId phone = PersonId.of("0812345678");
    PersonId citizenId = PersonId.of(VALID_CITIZEN_ID);
    PersonId name = PersonId.of("Somchai.Jaidee");
    Registry registry =
        withMembers(base(), COUNCIL_HUAI_KHRAI,
            Membership.representative(person("570902", 1), community("570902", 1), SEAT),
            Membership.representative(person("570902", 2), community("570902", 2), SEAT),
            Membership.representative(citizenId, community("570902", 1), SEAT),
            Membership.representative(citizenId, community("570902", 2), SEAT));
    registry =
        withPosts(registry, COUNCIL_HUAI_KHRAI,
            Post.held(PostRole.CHAIR, phone, SEAT),
            Post.held(PostRole.CHAIR, name, SEAT));
    registry = withNetwork(registry, DISTRICT_NETWORK, n -> n.posts(List.of(Post.held(PostRole.CHAIR, phone, SEAT))));
    registry = withMeeting(registry, MEETING, m -> m.addParticipant(Participant.of(name, ParticipantRole.SPOKE)));
    ValidationReport report = validate(registry);

    assertThat(report.rules())
        .contains(
            Rules.REFERENCE_DANGLING,
            Rules.COUNCIL_OFFICER_NOT_MEMBER,
            Rules.COUNCIL_POST_OVERLAP,
            Rules.COUNCIL_PERSON_REPRESENTS_TWICE,
            Rules.NETWORK_CHAIR_NOT_MEMBER,
            Rules.MEETING_UNKNOWN_PARTICIPANT);
    for (Violation violation : report.violations()) {
      assertThat(violation.toString())
          .doesNotContain("0812345678")
          .doesNotContain(VALID_CITIZEN_ID)
          .doesNotContain("Somchai");
    }
    assertThat(messagesOf(report, Rules.COUNCIL_POST_OVERLAP))
        .containsExactly(
            "The post of chair of council council-570902 is held by (id not shown: no such person) and (id not"
                + " shown: no such person) at the same time, from 2016-01-01");
    assertThat(messagesOf(report, Rules.MEETING_UNKNOWN_PARTICIPANT))
        .containsExactly(
            "The participant (id not shown: no such person) of meeting meeting-570908-1 resolves to no person");
    assertThat(messagesOf(report, Rules.REFERENCE_DANGLING))
        .hasSize(5)
        .containsOnly("No person has this id (not shown: it may be personal data)");
  }

  /**
   * The base with: wrong check digits for person-570902-1 and person-570908-2; person-570908-2 as secretary
   * of Huai Khrai; person-570908-3 also a member of Huai Khrai; person-570902-1 representing both of Huai
   * Khrai's communities and sharing the chair with person-570902-3; an outsider with personal data chairing
   * the district network; and an unknown person as mayor and at the meeting.
   */
  private static Registry withPersonProblems() {
    Registry registry = withPerson(base(), P1, p -> p.citizenId(CitizenId.parse(wrongCheckDigit(citizenIdOf(P1)))));
    PersonId banDai2 = person("570908", 2);
    registry = withPerson(registry, banDai2, p -> p.citizenId(CitizenId.parse(wrongCheckDigit(citizenIdOf(banDai2)))));
    registry =
        withMembers(registry, COUNCIL_HUAI_KHRAI,
            Membership.representative(P1, community("570902", 1), SEAT),
            Membership.representative(person("570902", 2), community("570902", 2), SEAT),
            Membership.qualifiedPerson(person("570902", 3), SEAT),
            Membership.representative(P1, community("570902", 2), SEAT),
            Membership.representative(person("570908", 3), community("570902", 1), SEAT));
    registry =
        withPosts(registry, COUNCIL_HUAI_KHRAI,
            Post.held(PostRole.CHAIR, P1, Term.of(TERM_START, LocalDate.of(2017, 1, 1))),
            Post.held(PostRole.CHAIR, person("570902", 3), Term.from(LocalDate.of(2017, 1, 1))),
            Post.held(PostRole.SECRETARY, banDai2, SEAT));
    registry = withPeople(registry, OUTSIDER);
    registry = withNetwork(registry, DISTRICT_NETWORK, n -> n.posts(List.of(Post.held(PostRole.CHAIR, OUTSIDER, SEAT))));
    registry = withOrganization(registry, LG_MAE_SAI, o -> o.addPost(
        Post.builder().role(PostRole.OTHER).label("นายกเทศมนตรี").holder(PersonId.of("person-ghost")).term(SEAT).build()));
    return withMeeting(registry, MEETING,
        m -> m.addParticipant(Participant.of(PersonId.of("person-ghost"), ParticipantRole.ATTENDED)));
  }

  /** Every name part, phone number and citizen id of the registry's people, as stored. */
  private static List<String> secretsOf(Registry registry) {
    List<String> secrets = new ArrayList<>();
    for (Person person : registry.people()) {
      addName(secrets, person.name());
      person.nameEn().ifPresent(name -> addName(secrets, name));
      person.phone().ifPresent(phone -> secrets.add(phone.value()));
      person.citizenId().ifPresent(id -> secrets.add(id.value()));
    }
    return secrets;
  }

  private static void addName(List<String> secrets, PersonName name) {
    secrets.add(name.given());
    name.family().ifPresent(secrets::add);
    secrets.add(name.display());
  }

  private static List<String> messagesOf(ValidationReport report, String rule) {
    List<String> messages = new ArrayList<>();
    report.violations(rule).forEach(v -> messages.add(v.message()));
    return messages;
  }
}
