package io.github.sapha.diff;

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
    d.value("nameTh", a.nameTh(), b.nameTh());
    d.value("nameEn", a.nameEn(), b.nameEn());
    d.part("area", java.util.Optional.of(a.area()), java.util.Optional.of(b.area()), ObjectFields::area);
    d.part("registration", a.registration(), b.registration(), ObjectFields::registration);
    d.value("dissolved", a.dissolved(), b.dissolved());
    d.keyed("communities", a.communities(), b.communities(), Community::id, ObjectFields::community);
    d.keyed("members", a.members(), b.members(), m -> Arrays.asList(m.person(), m.community().orElse(null)),
        ObjectFields::membership);
    posts(d, a.posts(), b.posts());
  }

  private static void area(FieldDiffer d, CouncilArea a, CouncilArea b) {
    d.value("subdistricts", List.copyOf(a.subdistricts()), List.copyOf(b.subdistricts()));
    d.value("localGovernment", a.localGovernment(), b.localGovernment());
    d.value("name", a.name(), b.name());
  }

  private static void registration(FieldDiffer d, Registration a, Registration b) {
    d.value("number", a.number(), b.number());
    d.value("date", a.date(), b.date());
  }

  private static void community(FieldDiffer d, Community a, Community b) {
    d.value("nameTh", a.nameTh(), b.nameTh());
    d.value("nameEn", a.nameEn(), b.nameEn());
    d.value("kind", a.kind(), b.kind());
    d.value("village", a.village(), b.village());
    d.value("registered", a.registered(), b.registered());
  }

  private static void membership(FieldDiffer d, Membership a, Membership b) {
    d.value("kind", a.kind(), b.kind());
    d.part("term", java.util.Optional.of(a.term()), java.util.Optional.of(b.term()), ObjectFields::term);
  }

  private static void term(FieldDiffer d, Term a, Term b) {
    d.value("start", a.start(), b.start());
    d.value("end", a.end(), b.end());
  }

  private static void posts(FieldDiffer d, List<Post> a, List<Post> b) {
    d.keyed("posts", a, b, p -> Arrays.asList(p.role(), p.holder().orElse(null), p.term().start()),
        (pd, pa, pb) -> {
          pd.value("label", pa.label(), pb.label());
          pd.part("term", java.util.Optional.of(pa.term()), java.util.Optional.of(pb.term()), ObjectFields::term);
        });
  }

  static void network(FieldDiffer d, Network a, Network b) {
    d.value("level", a.level(), b.level());
    d.value("nameTh", a.nameTh(), b.nameTh());
    d.value("nameEn", a.nameEn(), b.nameEn());
    d.value("area", a.area(), b.area());
    d.value("councils", a.councils(), b.councils());
    d.value("networks", a.networks(), b.networks());
    posts(d, a.posts(), b.posts());
    d.value("claimsFullCoverage", a.claimsFullCoverage(), b.claimsFullCoverage());
  }

  static void organization(FieldDiffer d, Organization a, Organization b) {
    d.value("kind", a.kind(), b.kind());
    d.value("nameTh", a.nameTh(), b.nameTh());
    d.value("nameEn", a.nameEn(), b.nameEn());
    d.value("parent", a.parent(), b.parent());
    d.value("localGovernment", a.localGovernment(), b.localGovernment());
    d.value("area", a.area(), b.area());
    posts(d, a.posts(), b.posts());
  }

  /** Everything of a person but the id is personal data: reported as changed, never with values. */
  static void person(FieldDiffer d, Person a, Person b) {
    d.personal("name", a.name(), b.name());
    d.personal("nameEn", a.nameEn(), b.nameEn());
    d.personal("phone", a.phone(), b.phone());
    d.personal("citizenId", a.citizenId(), b.citizenId());
  }

  static void meeting(FieldDiffer d, Meeting a, Meeting b) {
    d.value("titleTh", a.titleTh(), b.titleTh());
    d.value("titleEn", a.titleEn(), b.titleEn());
    d.value("date", a.date(), b.date());
    d.value("level", a.level(), b.level());
    d.value("status", written(a.status()), written(b.status()));
    d.value("body", a.body(), b.body());
    d.value("venue", a.venue(), b.venue());
    d.value("organisers", a.organisers(), b.organisers());
    d.keyed("participants", a.participants(), b.participants(), p -> Arrays.asList(p.person(), p.role()),
        ObjectFields::participant);
    d.value("attendance", a.attendance(), b.attendance());
    d.value("agenda", a.agenda(), b.agenda());
    d.value("resolutions", a.resolutions(), b.resolutions());
    d.value("sources", a.sources(), b.sources());
  }

  /** A meeting's status as format v1 has it: absent when held. */
  private static java.util.Optional<MeetingStatus> written(MeetingStatus status) {
    return status == MeetingStatus.HELD ? java.util.Optional.empty() : java.util.Optional.of(status);
  }

  private static void participant(FieldDiffer d, Participant a, Participant b) {
    d.value("capacity", a.capacity(), b.capacity());
    d.value("note", a.note(), b.note());
  }

  static void plan(FieldDiffer d, Plan a, Plan b) {
    d.value("titleTh", a.titleTh(), b.titleTh());
    d.value("titleEn", a.titleEn(), b.titleEn());
    d.value("level", a.level(), b.level());
    d.value("owner", a.owner(), b.owner());
    d.value("community", a.community(), b.community());
    d.value("area", a.area(), b.area());
    d.value("localGovernment", a.localGovernment(), b.localGovernment());
    d.value("period", a.period(), b.period());
    d.value("themes", List.copyOf(a.themes()), List.copyOf(b.themes()));
    d.value("goals", a.goals(), b.goals());
    d.value("status", a.status(), b.status());
    d.value("budget", a.budget(), b.budget());
    d.value("parent", a.parent(), b.parent());
    d.value("alignsWith", a.alignsWith(), b.alignsWith());
    d.valueIfAny("designations", a.designations(), b.designations());
    d.value("integrationArea", a.integrationArea(), b.integrationArea());
    d.keyed("projects", a.projects(), b.projects(), Project::id, ObjectFields::project);
  }

  private static void project(FieldDiffer d, Project a, Project b) {
    d.value("titleTh", a.titleTh(), b.titleTh());
    d.value("titleEn", a.titleEn(), b.titleEn());
    d.value("themes", List.copyOf(a.themes()), List.copyOf(b.themes()));
    d.value("budget", a.budget(), b.budget());
    d.value("funding", a.funding(), b.funding());
    d.value("target", a.target(), b.target());
    d.value("status", a.status(), b.status());
    d.value("progress", a.progress(), b.progress());
  }

  static void designation(FieldDiffer d, Designation a, Designation b) {
    d.value("nameTh", a.nameTh(), b.nameTh());
    d.value("nameEn", a.nameEn(), b.nameEn());
    d.value("kind", a.kind(), b.kind());
    d.value("areas", List.copyOf(a.areas()), List.copyOf(b.areas()));
    d.value("validFrom", a.validFrom(), b.validFrom());
    d.value("validTo", a.validTo(), b.validTo());
    d.value("sources", a.sources(), b.sources());
    d.value("certainty", a.certainty(), b.certainty());
    d.value("note", a.note(), b.note());
  }
}
