package io.github.sapha.validation;

import static io.github.sapha.registry.FieldNames.*;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.Council;
import io.github.sapha.council.Id;
import io.github.sapha.council.OrganizationKind;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingLevel;
import io.github.sapha.meeting.MeetingStatus;
import io.github.sapha.meeting.Participant;
import io.github.sapha.meeting.ResolutionOutcome;
import io.github.sapha.registry.Registry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** meeting.unknown-participant, meeting.quorum (held meetings only) and meeting.body-inactive. */
final class MeetingChecks {
  static final List<Definition> RULES = List.of(
      Definition.of(Rules.MEETING_UNKNOWN_PARTICIPANT, Severity.ERROR,
          "a participant, organiser or venue reference that resolves to nothing", MeetingChecks::unknownParticipant),
      Definition.of(Rules.MEETING_QUORUM, Severity.ERROR,
          "a resolution adopted at a council meeting whose attendance is below quorum", MeetingChecks::quorum),
      Definition.of(Rules.MEETING_BODY_INACTIVE, Severity.ERROR,
          "a meeting of a council dated before its registration or after its dissolution", MeetingChecks::bodyInactive));

  private MeetingChecks() {}

  private static void unknownParticipant(Run run, RuleContext out) {
    Registry registry = run.registry;
    List<Meeting> meetings = registry.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      Meeting meeting = meetings.get(i);
      Pointer at = Paths.meeting(i);
      for (int k = 0; k < meeting.participants().size(); k++) {
        Participant participant = meeting.participants().get(k);
        Pointer participantAt = at.field(PARTICIPANTS).index(k);
        if (registry.person(participant.person()).isEmpty()) {
          out.report(
              participantAt.field(PERSON),
              "The participant " + run.person(participant.person()) + " of meeting " + meeting.id()
                  + " resolves to no person");
        }
        participant.capacity()
            .filter(body -> registry.body(body).isEmpty())
            .ifPresent(body -> unknown(out, participantAt.field(CAPACITY), meeting,
                "participant's capacity", "council, network or organization", body));
      }
      for (int k = 0; k < meeting.organisers().size(); k++) {
        BodyId organiser = meeting.organisers().get(k);
        if (registry.body(organiser).isEmpty()) {
          unknown(out, at.field(ORGANISERS).index(k), meeting, "organiser", "council, network or organization", organiser);
        }
      }
      meeting.venue().flatMap(v -> v.localGovernment())
          .filter(lg -> registry.organization(lg).filter(o -> o.kind() == OrganizationKind.LOCAL_GOVERNMENT).isEmpty())
          .ifPresent(lg -> unknown(out, at.field(VENUE).field(LOCAL_GOVERNMENT), meeting,
              "venue", "local government organization", lg));
    }
  }

  private static void quorum(Run run, RuleContext out) {
    List<Meeting> meetings = run.registry.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      quorum(run, out, meetings.get(i), Paths.meeting(i));
    }
  }

  private static void bodyInactive(Run run, RuleContext out) {
    List<Meeting> meetings = run.registry.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      bodyInactive(run, out, meetings.get(i), Paths.meeting(i));
    }
  }

  /** meeting.body-inactive: a council's meeting dated before its registration or after its dissolution. */
  private static void bodyInactive(Run run, RuleContext out, Meeting meeting, Pointer at) {
    if (meeting.status() == MeetingStatus.CANCELLED) {
      return; // a meeting that did not take place has no date to be wrong about
    }
    Optional<Council> council = meeting.body().flatMap(run.registry::council);
    if (council.isEmpty()) {
      return;
    }
    LocalDate date = meeting.date();
    council.get().registration()
        .filter(r -> date.isBefore(r.date()))
        .ifPresent(r -> out.report(
            at.field(DATE),
            "Meeting " + meeting.id() + " of council " + council.get().id() + " is dated " + date
                + ", before the council's registration on " + r.date()));
    council.get().dissolved()
        .filter(date::isAfter)
        .ifPresent(d -> out.report(
            at.field(DATE),
            "Meeting " + meeting.id() + " of council " + council.get().id() + " is dated " + date
                + ", after the council's dissolution on " + d));
  }

  private static void unknown(RuleContext out, Pointer at, Meeting meeting, String role, String kind, Id id) {
    out.report(
        at,
        "The " + role + " " + id + " of meeting " + meeting.id() + " resolves to no " + kind);
  }

  private static void quorum(Run run, RuleContext out, Meeting meeting, Pointer at) {
    if (meeting.level() != MeetingLevel.COUNCIL
        || meeting.status() != MeetingStatus.HELD
        || meeting.attendance().isEmpty()
        || meeting.resolutions().stream().noneMatch(r -> r.outcome() == ResolutionOutcome.ADOPTED)) {
      return;
    }
    Optional<Council> council = meeting.body().flatMap(run.registry::council);
    if (council.isEmpty()) {
      return;
    }
    // People, not seats: someone holding two seats on the day, or recorded twice under one
    // citizen id, is one member at the meeting.
    long members =
        council.get().members().stream()
            .filter(m -> m.isActiveOn(meeting.date()))
            .map(m -> run.samePerson(m.person()))
            .distinct()
            .count();
    int quorum =
        run.policy.quorumShare().multiply(BigDecimal.valueOf(members)).setScale(0, RoundingMode.CEILING).intValueExact();
    int attendance = meeting.attendance().getAsInt();
    if (attendance < quorum) {
      out.report(
          at.field(ATTENDANCE),
          "Meeting " + meeting.id() + " of council " + council.get().id() + " adopted a resolution with "
              + attendance + " attending, below the quorum of " + quorum + " (" + run.policy.quorumShare().toPlainString()
              + " of its " + members + " members on " + meeting.date() + ")");
    }
  }
}
