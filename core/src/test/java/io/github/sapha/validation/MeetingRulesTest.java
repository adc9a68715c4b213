package io.github.sapha.validation;

import static io.github.sapha.validation.Fixtures.COUNCIL_BAN_DAI;
import static io.github.sapha.validation.Fixtures.DISTRICT_NETWORK;
import static io.github.sapha.validation.Fixtures.LG_MAE_SAI;
import static io.github.sapha.validation.Fixtures.MEETING;
import static io.github.sapha.validation.Fixtures.MEETING_DATE;
import static io.github.sapha.validation.Fixtures.base;
import static io.github.sapha.validation.Fixtures.community;
import static io.github.sapha.validation.Fixtures.error;
import static io.github.sapha.validation.Fixtures.person;
import static io.github.sapha.validation.Fixtures.validate;
import static io.github.sapha.validation.Fixtures.withCouncil;
import static io.github.sapha.validation.Fixtures.withMeeting;
import static io.github.sapha.validation.Fixtures.withPeople;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.Membership;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.Term;
import io.github.sapha.meeting.MeetingLevel;
import io.github.sapha.meeting.MeetingStatus;
import io.github.sapha.meeting.Participant;
import io.github.sapha.meeting.ParticipantRole;
import io.github.sapha.meeting.Resolution;
import io.github.sapha.meeting.ResolutionOutcome;
import io.github.sapha.meeting.Venue;
import io.github.sapha.registry.Registry;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** meeting.unknown-participant, meeting.quorum, meeting.body-inactive and meeting status, on the base's council meeting of Ban Dai (3 members). */
class MeetingRulesTest {
  private static final PersonId GHOST_PERSON = PersonId.of("person-ghost");
  private static final BodyId GHOST_BODY = BodyId.of("body-ghost");

  // ---- meeting.unknown-participant ----------------------------------------------------------

  @Test
  void test_unknownParticipant_person() {
    Registry registry =
        withMeeting(base(), MEETING, m -> m.addParticipant(Participant.of(GHOST_PERSON, ParticipantRole.ATTENDED)));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.MEETING_UNKNOWN_PARTICIPANT, "/meetings/0/participants/2/person",
                "The participant (id not shown: no such person) of meeting meeting-570908-1 resolves to no person"));
  }

  @Test
  void test_unknownParticipant_capacity() {
    Registry registry =
        withMeeting(base(), MEETING, m -> m.addParticipant(
            Participant.builder().person(person("570901", 1)).role(ParticipantRole.SPOKE).capacity(GHOST_BODY).build()));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.MEETING_UNKNOWN_PARTICIPANT, "/meetings/0/participants/2/capacity",
                "The participant's capacity body-ghost of meeting meeting-570908-1 resolves to no council, network "
                    + "or organization"));
  }

  @Test
  void test_unknownParticipant_organiser() {
    Registry registry = withMeeting(base(), MEETING, m -> m.addOrganiser(GHOST_BODY));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.MEETING_UNKNOWN_PARTICIPANT, "/meetings/0/organisers/1",
                "The organiser body-ghost of meeting meeting-570908-1 resolves to no council, network or organization"));
  }

  @Test
  void test_unknownParticipant_venueThatIsNotALocalGovernment() {
    Registry registry = withMeeting(base(), MEETING, m -> m.venue(Venue.at("ศาลาประชาคม", COUNCIL_BAN_DAI)));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.MEETING_UNKNOWN_PARTICIPANT, "/meetings/0/venue/localGovernment",
                "The venue council-570908 of meeting meeting-570908-1 resolves to no local government organization"));
  }

  @Test
  void test_unknownParticipant_knownPeopleAndBodiesOfAnyKindAreFine() {
    Registry registry =
        withMeeting(base(), MEETING, m -> m
            .addParticipant(
                Participant.builder().person(person("570901", 1)).role(ParticipantRole.SPOKE).capacity(LG_MAE_SAI).build())
            .addParticipant(
                Participant.builder()
                    .person(person("570902", 1))
                    .role(ParticipantRole.ATTENDED)
                    .capacity(DISTRICT_NETWORK)
                    .build())
            .addOrganisers(DISTRICT_NETWORK, LG_MAE_SAI)
            .venue(Venue.of("ศาลาประชาคมหมู่ 1")));
    assertThat(validate(registry).violations()).isEmpty();
  }

  // ---- meeting.quorum -----------------------------------------------------------------------

  @Test
  void test_quorum_oneBelowQuorum() {
    Registry registry = withMeeting(base(), MEETING, m -> m.attendance(1));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.MEETING_QUORUM, "/meetings/0/attendance",
                "Meeting meeting-570908-1 of council council-570908 adopted a resolution with 1 attending, below the "
                    + "quorum of 2 (0.5 of its 3 members on 2017-04-01)"));
  }

  @Test
  void test_quorum_exactlyAtQuorumIsFine() {
    assertThat(base().meeting(MEETING).orElseThrow().attendance()).isEqualTo(OptionalInt.of(2));
    assertThat(validate(base()).violations()).isEmpty();
  }

  @Test
  void test_quorum_withoutAnAdoptedResolutionIsNotChecked() {
    Registry registry =
        withMeeting(base(), MEETING, m -> m
            .attendance(1)
            .resolutions(List.of(
                Resolution.of("ขยายเวลาโครงการ", ResolutionOutcome.REJECTED),
                Resolution.of("จัดตั้งกองทุน", ResolutionOutcome.DEFERRED))));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_quorum_onlyCouncilMeetingsAreChecked() {
    Registry registry = withMeeting(base(), MEETING, m -> m.attendance(1).level(MeetingLevel.DISTRICT));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_quorum_uncountedAttendanceIsNotChecked() {
    Registry registry = withMeeting(base(), MEETING, m -> m.attendance(OptionalInt.empty()));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_quorum_membersJoiningOnTheMeetingDateCount() {
    assertThat(validate(withTwoMembersJoiningOn(MEETING_DATE)).violations())
        .containsExactly(
            error(Rules.MEETING_QUORUM, "/meetings/0/attendance",
                "Meeting meeting-570908-1 of council council-570908 adopted a resolution with 2 attending, below the "
                    + "quorum of 3 (0.5 of its 5 members on 2017-04-01)"));
  }

  @Test
  void test_quorum_membersJoiningTheDayAfterDoNotCount() {
    assertThat(validate(withTwoMembersJoiningOn(MEETING_DATE.plusDays(1))).violations()).isEmpty();
  }

  @Test
  void test_quorum_countsPeopleNotSeats() {
    // The fourth person holds two seats: four members on the day, so two attending are a quorum.
    PersonId fourth = person("570908", 4);
    Registry registry = withCouncil(withPeople(base(), fourth), COUNCIL_BAN_DAI, c -> c
        .addMember(Membership.representative(fourth, community("570908", 1), Term.from(MEETING_DATE)))
        .addMember(Membership.qualifiedPerson(fourth, Term.from(MEETING_DATE))));
    assertThat(validate(registry).violations(Rules.MEETING_QUORUM)).isEmpty();
  }

  private static Registry withTwoMembersJoiningOn(LocalDate joined) {
    PersonId fourth = person("570908", 4);
    PersonId fifth = person("570908", 5);
    Registry registry = withPeople(base(), fourth, fifth);
    return withCouncil(registry, COUNCIL_BAN_DAI, c -> c
        .addMember(Membership.representative(fourth, community("570908", 1), Term.from(joined)))
        .addMember(Membership.representative(fifth, community("570908", 2), Term.from(joined))));
  }

  // ---- meeting.body-inactive ----------------------------------------------------------------

  @Test
  void test_bodyInactive_meetingTheDayBeforeTheCouncilsRegistration() {
    Registry registry = withMeeting(base(), MEETING, m -> m.date(Fixtures.REGISTERED.minusDays(1)));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.MEETING_BODY_INACTIVE, "/meetings/0/date",
                "Meeting meeting-570908-1 of council council-570908 is dated 2010-02-28, before the council's "
                    + "registration on 2010-03-01"));
  }

  @Test
  void test_bodyInactive_meetingOnTheDayOfRegistrationIsFine() {
    Registry registry = withMeeting(base(), MEETING, m -> m.date(Fixtures.REGISTERED));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_bodyInactive_meetingTheDayAfterTheCouncilsDissolution() {
    Registry registry = withCouncil(base(), COUNCIL_BAN_DAI, c -> c.dissolved(MEETING_DATE.minusDays(1)));
    assertThat(validate(registry).violations(Rules.MEETING_BODY_INACTIVE))
        .containsExactly(
            error(Rules.MEETING_BODY_INACTIVE, "/meetings/0/date",
                "Meeting meeting-570908-1 of council council-570908 is dated 2017-04-01, after the council's "
                    + "dissolution on 2017-03-31"));
  }

  @Test
  void test_bodyInactive_meetingOnTheDayOfDissolutionIsFine() {
    Registry registry = withCouncil(base(), COUNCIL_BAN_DAI, c -> c.dissolved(MEETING_DATE));
    assertThat(validate(registry).violations(Rules.MEETING_BODY_INACTIVE)).isEmpty();
  }

  @Test
  void test_bodyInactive_cancelledMeetingIsNotChecked() {
    Registry registry = withMeeting(base(), MEETING,
        m -> m.date(Fixtures.REGISTERED.minusDays(1)).status(MeetingStatus.CANCELLED));
    assertThat(validate(registry).violations()).isEmpty();
  }

  // ---- meeting status -----------------------------------------------------------------------

  @Test
  void test_status_plannedMeetingAfterTheAsOfDateIsFine() {
    Registry registry = withMeeting(base(), MEETING, m -> m.date(Fixtures.AS_OF.plusMonths(2)).status(MeetingStatus.PLANNED));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_status_heldMeetingAfterTheAsOfDateIsAnError() {
    Registry registry = withMeeting(base(), MEETING, m -> m.date(Fixtures.AS_OF.plusDays(1)));
    assertThat(validate(registry).violations(Rules.DATE_AFTER_AS_OF))
        .containsExactly(
            error(Rules.DATE_AFTER_AS_OF, "/meetings/0/date",
                "The date of meeting meeting-570908-1, 2017-05-19, is after the registry's as-of date 2017-05-18"));
  }

  @Test
  void test_status_onlyHeldMeetingsCountForQuorum() {
    for (MeetingStatus status : List.of(MeetingStatus.PLANNED, MeetingStatus.CANCELLED)) {
      Registry registry = withMeeting(base(), MEETING, m -> m.attendance(1).status(status));
      assertThat(validate(registry).violations()).as("%s", status).isEmpty();
    }
  }

  @Test
  void test_status_plannedMeetingInABuddhistEraYearIsStillReported() {
    Registry registry = withMeeting(base(), MEETING,
        m -> m.date(LocalDate.of(2561, 3, 1)).status(MeetingStatus.PLANNED));
    assertThat(validate(registry).violations()).extracting(Violation::rule)
        .containsExactly(Rules.DATE_BUDDHIST_ERA_YEAR);
  }
}
