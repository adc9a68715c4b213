package io.github.sapha.diff;

import static io.github.sapha.registry.FieldNames.*;

import io.github.sapha.council.Community;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Network;
import io.github.sapha.council.Organization;
import io.github.sapha.council.Person;
import io.github.sapha.council.Post;
import io.github.sapha.council.Registration;
import io.github.sapha.council.Term;
import io.github.sapha.designation.Designation;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingStatus;
import io.github.sapha.meeting.Participant;
import io.github.sapha.plan.Plan;
import io.github.sapha.plan.Project;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of each object of a registry, in the order of format v1, with
 * their field names (the model's accessors) and how nested lists are matched:
 * memberships by person and community, posts by role, holder and term start,
 * participants by person and role, communities and projects by id.
 */
final class ObjectFields {
  private ObjectFields() {}

  static void council(FieldDiffer d, Council a, Council b) {
    d.value(NAME_TH, a.nameTh(), b.nameTh());
    d.value(NAME_EN, a.nameEn(), b.nameEn());
    d.part(AREA, java.util.Optional.of(a.area()), java.util.Optional.of(b.area()), ObjectFields::area);
    d.part(REGISTRATION, a.registration(), b.registration(), ObjectFields::registration);
    d.value(DISSOLVED, a.dissolved(), b.dissolved());
    d.keyed(COMMUNITIES, a.communities(), b.communities(), Community::id, ObjectFields::community);
    d.keyed(MEMBERS, a.members(), b.members(), m -> Arrays.asList(m.person(), m.community().orElse(null)),
        ObjectFields::membership);
    posts(d, a.posts(), b.posts());
  }

  private static void area(FieldDiffer d, CouncilArea a, CouncilArea b) {
    d.value(SUBDISTRICTS, List.copyOf(a.subdistricts()), List.copyOf(b.subdistricts()));
    d.value(LOCAL_GOVERNMENT, a.localGovernment(), b.localGovernment());
    d.value(NAME, a.name(), b.name());
  }

  private static void registration(FieldDiffer d, Registration a, Registration b) {
    d.value(NUMBER, a.number(), b.number());
    d.value(DATE, a.date(), b.date());
  }

  private static void community(FieldDiffer d, Community a, Community b) {
    d.value(NAME_TH, a.nameTh(), b.nameTh());
    d.value(NAME_EN, a.nameEn(), b.nameEn());
    d.value(KIND, a.kind(), b.kind());
    d.value(VILLAGE, a.village(), b.village());
    d.value(REGISTERED, a.registered(), b.registered());
  }

  private static void membership(FieldDiffer d, Membership a, Membership b) {
    d.value(KIND, a.kind(), b.kind());
    d.part(TERM, java.util.Optional.of(a.term()), java.util.Optional.of(b.term()), ObjectFields::term);
  }

  private static void term(FieldDiffer d, Term a, Term b) {
    d.value(START, a.start(), b.start());
    d.value(END, a.end(), b.end());
  }

  private static void posts(FieldDiffer d, List<Post> a, List<Post> b) {
    d.keyed(POSTS, a, b, p -> Arrays.asList(p.role(), p.holder().orElse(null), p.term().start()),
        (pd, pa, pb) -> {
          pd.value(LABEL, pa.label(), pb.label());
          pd.part(TERM, java.util.Optional.of(pa.term()), java.util.Optional.of(pb.term()), ObjectFields::term);
        });
  }

  static void network(FieldDiffer d, Network a, Network b) {
    d.value(LEVEL, a.level(), b.level());
    d.value(NAME_TH, a.nameTh(), b.nameTh());
    d.value(NAME_EN, a.nameEn(), b.nameEn());
    d.value(AREA, a.area(), b.area());
    d.value(COUNCILS, a.councils(), b.councils());
    d.value(NETWORKS, a.networks(), b.networks());
    posts(d, a.posts(), b.posts());
    d.value(CLAIMS_FULL_COVERAGE, a.claimsFullCoverage(), b.claimsFullCoverage());
  }

  static void organization(FieldDiffer d, Organization a, Organization b) {
    d.value(KIND, a.kind(), b.kind());
    d.value(NAME_TH, a.nameTh(), b.nameTh());
    d.value(NAME_EN, a.nameEn(), b.nameEn());
    d.value(PARENT, a.parent(), b.parent());
    d.value(LOCAL_GOVERNMENT, a.localGovernment(), b.localGovernment());
    d.value(AREA, a.area(), b.area());
    posts(d, a.posts(), b.posts());
  }

  /** Everything of a person but the id is personal data: reported as changed, never with values. */
  static void person(FieldDiffer d, Person a, Person b) {
    d.personal(NAME, a.name(), b.name());
    d.personal(NAME_EN, a.nameEn(), b.nameEn());
    d.personal(PHONE, a.phone(), b.phone());
    d.personal(CITIZEN_ID, a.citizenId(), b.citizenId());
  }

  static void meeting(FieldDiffer d, Meeting a, Meeting b) {
    d.value(TITLE_TH, a.titleTh(), b.titleTh());
    d.value(TITLE_EN, a.titleEn(), b.titleEn());
    d.value(DATE, a.date(), b.date());
    d.value(LEVEL, a.level(), b.level());
    d.value(STATUS, written(a.status()), written(b.status()));
    d.value(BODY, a.body(), b.body());
    d.value(VENUE, a.venue(), b.venue());
    d.value(ORGANISERS, a.organisers(), b.organisers());
    d.keyed(PARTICIPANTS, a.participants(), b.participants(), p -> Arrays.asList(p.person(), p.role()),
        ObjectFields::participant);
    d.value(ATTENDANCE, a.attendance(), b.attendance());
    d.value(AGENDA, a.agenda(), b.agenda());
    d.value(RESOLUTIONS, a.resolutions(), b.resolutions());
    d.value(SOURCES, a.sources(), b.sources());
  }

  /** A meeting's status as format v1 has it: absent when held. */
  private static java.util.Optional<MeetingStatus> written(MeetingStatus status) {
    return status == MeetingStatus.HELD ? java.util.Optional.empty() : java.util.Optional.of(status);
  }

  private static void participant(FieldDiffer d, Participant a, Participant b) {
    d.value(CAPACITY, a.capacity(), b.capacity());
    d.value(NOTE, a.note(), b.note());
  }

  static void plan(FieldDiffer d, Plan a, Plan b) {
    d.value(TITLE_TH, a.titleTh(), b.titleTh());
    d.value(TITLE_EN, a.titleEn(), b.titleEn());
    d.value(LEVEL, a.level(), b.level());
    d.value(OWNER, a.owner(), b.owner());
    d.value(COMMUNITY, a.community(), b.community());
    d.value(AREA, a.area(), b.area());
    d.value(LOCAL_GOVERNMENT, a.localGovernment(), b.localGovernment());
    d.value(PERIOD, a.period(), b.period());
    d.value(THEMES, List.copyOf(a.themes()), List.copyOf(b.themes()));
    d.value(GOALS, a.goals(), b.goals());
    d.value(STATUS, a.status(), b.status());
    d.value(BUDGET, a.budget(), b.budget());
    d.value(PARENT, a.parent(), b.parent());
    d.value(ALIGNS_WITH, a.alignsWith(), b.alignsWith());
    d.valueIfAny(DESIGNATIONS, a.designations(), b.designations());
    d.value(INTEGRATION_AREA, a.integrationArea(), b.integrationArea());
    d.keyed(PROJECTS, a.projects(), b.projects(), Project::id, ObjectFields::project);
  }

  private static void project(FieldDiffer d, Project a, Project b) {
    d.value(TITLE_TH, a.titleTh(), b.titleTh());
    d.value(TITLE_EN, a.titleEn(), b.titleEn());
    d.value(THEMES, List.copyOf(a.themes()), List.copyOf(b.themes()));
    d.value(BUDGET, a.budget(), b.budget());
    d.value(FUNDING, a.funding(), b.funding());
    d.value(TARGET, a.target(), b.target());
    d.value(STATUS, a.status(), b.status());
    d.value(PROGRESS, a.progress(), b.progress());
  }

  static void designation(FieldDiffer d, Designation a, Designation b) {
    d.value(NAME_TH, a.nameTh(), b.nameTh());
    d.value(NAME_EN, a.nameEn(), b.nameEn());
    d.value(KIND, a.kind(), b.kind());
    d.value(AREAS, List.copyOf(a.areas()), List.copyOf(b.areas()));
    d.value(VALID_FROM, a.validFrom(), b.validFrom());
    d.value(VALID_TO, a.validTo(), b.validTo());
    d.value(SOURCES, a.sources(), b.sources());
    d.value(CERTAINTY, a.certainty(), b.certainty());
    d.value(NOTE, a.note(), b.note());
  }
}
