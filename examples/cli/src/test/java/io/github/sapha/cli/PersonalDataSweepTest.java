package io.github.sapha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Community;
import io.github.sapha.council.CommunityKind;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.MeetingId;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Network;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonName;
import io.github.sapha.council.PhoneNumber;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.Registration;
import io.github.sapha.council.Term;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.jackson.SaphaJsonException;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingLevel;
import io.github.sapha.meeting.Participant;
import io.github.sapha.meeting.ParticipantRole;
import io.github.sapha.registry.Registry;
import io.github.sapha.validation.ValidationReport;
import io.github.sapha.validation.Validator;
import io.github.sapha.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data never shows: people with marker names, phone numbers and
 * citizen ids are pushed through every error path of the model, the reader,
 * the validator and the command line (text and JSON), and everything they
 * print, say or throw, stack traces included, is scanned for the markers.
 */
class PersonalDataSweepTest {
  private static final String GIVEN = "มาร์คเกอร์";
  private static final String FAMILY = "ลับเฉพาะ";
  private static final String GIVEN_EN = "Markerson";
  private static final String FAMILY_EN = "Secretia";
  private static final String PHONE = "0899990001";
  /** Thirteen digits whose check digit is wrong: the weighted sum is 419, so it should be 0. */
  private static final String CITIZEN_ID = "3999900000011";
  private static final List<String> MARKERS = List.of(GIVEN, FAMILY, GIVEN_EN, FAMILY_EN, PHONE, CITIZEN_ID, "899990001");

  private static final LocalDate AS_OF = LocalDate.of(2017, 5, 18);
  private static final Term TERM = Term.from(LocalDate.of(2016, 1, 1));

  @TempDir static Path dir;

  /** Everything that was shown, to scan. */
  private final List<String> shown = new ArrayList<>();

  private void scan() {
    assertThat(shown).isNotEmpty();
    for (String text : shown) {
      for (String marker : MARKERS) {
        assertThat(text).as("shown text").doesNotContain(marker);
      }
    }
  }

  /** Runs something that must fail, and keeps its message and stack trace. */
  private void fails(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      shown.add(trace.toString());
      return;
    }
    throw new AssertionError("expected a failure");
  }

  private static Person marked(String id) {
    return Person.builder()
        .id(PersonId.of(id))
        .name(PersonName.builder().title("นาย").given(GIVEN).family(FAMILY).build())
        .nameEn(PersonName.of(GIVEN_EN, FAMILY_EN))
        .phone(PhoneNumber.parse(PHONE))
        .citizenId(CitizenId.parse(CITIZEN_ID))
        .build();
  }

  /**
   * A registry where the marked people break rules: a wrong check digit, a chair of a network who
   * sits on no council, a member of two councils, and references typed as the marker phone and
   * citizen id, which resolve to no one.
   */
  private static Registry troubled() {
    SubdistrictCode banDai = SubdistrictCode.parse("570908");
    SubdistrictCode huaiKhrai = SubdistrictCode.parse("570902");
    PersonId p1 = PersonId.of("person-1");
    PersonId p2 = PersonId.of("person-2");
    Council first =
        Council.builder()
            .id(BodyId.of("council-570908"))
            .nameTh("สภาองค์กรชุมชนตำบลบ้านด้าย")
            .area(CouncilArea.subdistrict(banDai))
            .registration(Registration.of("ชม.570908/2553", LocalDate.of(2010, 3, 7)))
            .addCommunity(Community.builder().id(CommunityId.of("k-1")).nameTh("บ้านด้าย").kind(CommunityKind.VILLAGE).build())
            .addMember(Membership.representative(p1, CommunityId.of("k-1"), TERM))
            .addMember(Membership.qualifiedPerson(PersonId.of(CITIZEN_ID), TERM))
            .addPost(Post.held(PostRole.CHAIR, PersonId.of(PHONE), TERM))
            .addPost(Post.held(PostRole.SECRETARY, p2, TERM))
            .build();
    Council second =
        Council.builder()
            .id(BodyId.of("council-570902"))
            .nameTh("สภาองค์กรชุมชนตำบลห้วยไคร้")
            .area(CouncilArea.subdistrict(huaiKhrai))
            .registration(Registration.of("ชม.570902/2553", LocalDate.of(2010, 3, 7)))
            .addMember(Membership.qualifiedPerson(p1, TERM))
            .build();
    Network network =
        Network.builder()
            .id(BodyId.of("network-5709"))
            .level(NetworkLevel.DISTRICT)
            .nameTh("เครือข่ายอำเภอแม่สาย")
            .area(banDai.district())
            .addCouncils(first.id(), second.id())
            .addPost(Post.held(PostRole.CHAIR, p2, TERM))
            .build();
    Meeting meeting =
        Meeting.builder()
            .id(MeetingId.of("m-1"))
            .titleTh("ประชุม")
            .date(AS_OF)
            .level(MeetingLevel.COUNCIL)
            .body(first.id())
            .addParticipant(Participant.of(PersonId.of(PHONE), ParticipantRole.SPOKE))
            .build();
    return Registry.builder()
        .asOf(AS_OF)
        .addCouncils(first, second)
        .addNetwork(network)
        .addPeople(marked("person-1"), marked("person-2"))
        .addMeeting(meeting)
        .build();
  }

  @Test
  void test_model_toStringAndEveryStructuralRefusalLeaveMarkersOut() {
    Registry registry = troubled();
    shown.add(registry.toString());
    for (Person person : registry.people()) {
      shown.add(person.toString());
      shown.add(person.name().toString());
      shown.add(person.nameEn().orElseThrow().toString());
      shown.add(person.phone().orElseThrow().toString());
      shown.add(person.citizenId().orElseThrow().toString());
    }
    // Posts, seats and parts name people by id; the ids typed as a phone or citizen id here name
    // no one, and only the validator knows that: it leaves them out (see the next test). The
    // others show well-formed ids, which are not personal data.
    registry.councils().forEach(c -> shown.add(c.toString()));
    registry.networks().forEach(n -> shown.add(n.toString() + n.posts()));
    registry.meetings().forEach(m -> shown.add(m.toString()));
    fails(() -> PersonName.of(" " + GIVEN, FAMILY));
    fails(() -> PersonName.of(GIVEN, FAMILY + "\t"));
    fails(() -> PersonName.builder().title(" ").given(GIVEN).build());
    fails(() -> PhoneNumber.parse(PHONE + "x"));
    fails(() -> PhoneNumber.parse(PHONE + PHONE));
    fails(() -> CitizenId.parse(CITIZEN_ID + "1"));
    fails(() -> CitizenId.parse("x" + CITIZEN_ID));
    fails(() -> Person.builder().name(PersonName.of(GIVEN, FAMILY)).phone(PhoneNumber.parse(PHONE)).build());
    fails(() -> Registry.builder().from(registry).addPeople(marked("person-1")).build());
    scan();
  }

  @Test
  void test_validator_reportsTheMarkedPeopleByIdOnly() {
    ValidationReport report = Validator.defaults().validate(troubled());
    assertThat(report.rules())
        .contains("person.citizen-id-check-digit", "reference.dangling", "meeting.unknown-participant",
            "council.member-in-two-councils", "network.chair-not-member", "council.officer-not-member");
    for (Violation violation : report.violations()) {
      shown.add(violation.toString());
      shown.add(violation.message() + violation.suggestion().orElse("") + violation.path());
    }
    shown.add(report.toString());
    scan();
  }

  /** Documents that put the markers where a person, a person reference or a person's field belongs. */
  private static List<String> brokenDocuments() {
    String head = "{\"schemaVersion\": 1, \"asOf\": \"2017-05-18\", ";
    String person = "{\"id\": \"p-1\", \"name\": {\"given\": \"" + GIVEN + "\"}}";
    String council = "\"councils\": [{\"id\": \"c-1\", \"nameTh\": \"ก\", \"area\": {\"subdistricts\": [\"570908\"]}, ";
    String term = "\"term\": {\"start\": \"2016-01-01\"}";
    return List.of(
        head + "\"people\": [\"" + GIVEN + " " + FAMILY + "\"]}",
        head + "\"people\": [\"" + PHONE + "\"]}",
        head + "\"people\": [" + PHONE.substring(1) + "]}",
        head + "\"people\": [" + GIVEN + "]}",
        head + "\"people\": [{\"id\": \"" + GIVEN + "\", \"name\": {\"given\": \"x\"}}]}",
        head + "\"people\": [{\"id\": \"p-1\", \"name\": {\"given\": \" " + GIVEN + "\"}}]}",
        head + "\"people\": [{\"id\": \"p-1\", \"name\": {\"given\": " + GIVEN_EN + "}}]}",
        head + "\"people\": [{\"id\": \"p-1\", \"name\": \"" + GIVEN + "\"}]}",
        head + "\"people\": [{\"id\": \"p-1\", \"name\": {\"given\": \"x\"}, \"phone\": \"" + PHONE + "x\"}]}",
        head + "\"people\": [{\"id\": \"p-1\", \"name\": {\"given\": \"x\"}, \"phone\": " + PHONE.substring(1) + "}]}",
        head + "\"people\": [{\"id\": \"p-1\", \"name\": {\"given\": \"x\"}, \"citizenId\": \"" + CITIZEN_ID + "0\"}]}",
        head + "\"people\": [{\"id\": \"p-1\", \"name\": {\"given\": \"x\"}, \"" + PHONE + "\": 1}]}",
        head + "\"people\": [{\"id\": \"p-1\", \"name\": {\"given\": \"x\", \"" + FAMILY_EN + "\": 1}}]}",
        head + "\"people\": [" + person + ", " + person + "]}",
        head + council + "\"posts\": [{\"role\": \"chair\", \"holder\": \"" + GIVEN + " " + FAMILY + "\", " + term + "}]}]}",
        head + council + "\"posts\": [{\"role\": \"chair\", \"holder\": " + PHONE.substring(1) + ", " + term + "}]}]}",
        head + council + "\"members\": [{\"person\": \"+66" + PHONE.substring(1) + "\", \"kind\": \"qualified-person\", "
            + term + "}]}]}",
        head + council + "\"members\": [{\"person\": {\"given\": \"" + GIVEN + "\"}, \"kind\": \"qualified-person\", "
            + term + "}]}]}",
        head + "\"meetings\": [{\"id\": \"m-1\", \"titleTh\": \"ก\", \"date\": \"2017-01-01\", \"level\": \"council\", "
            + "\"participants\": [{\"person\": \"" + FAMILY_EN + " " + GIVEN_EN + "\", \"role\": \"spoke\"}]}]}",
        head + "\"meetings\": [{\"id\": \"m-1\", \"titleTh\": \"ก\", \"date\": \"2017-01-01\", \"level\": \"council\", "
            + "\"participants\": [{\"person\": " + GIVEN + ", \"role\": \"spoke\"}]}]}");
  }

  @Test
  void test_reader_refusesEveryMarkedDocumentWithoutShowingAMarker() {
    for (String document : brokenDocuments()) {
      fails(() -> SaphaJson.defaults().read(document));
      fails(() -> SaphaJson.defaults().read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
      fails(() -> SaphaJson.defaults().mapper().readValue(document, Registry.class));
    }
    for (String line : List.of("\"" + GIVEN + "\"", GIVEN, PHONE, "{\"id\": \"" + PHONE + " \", \"name\": {\"given\": \"x\"}}",
        "{\"id\": \"p\", \"name\": {\"given\": \"x\"}} " + GIVEN)) {
      Supplier<Long> count =
          () -> SaphaJson.defaults().readPersonLines(new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8))).count();
      fails(count::get);
    }
    assertThat(shown).allMatch(text -> text.startsWith(SaphaJsonException.class.getName()));
    scan();
  }

  @Test
  void test_commandLine_printsNoMarkerInTextOrJson() throws IOException {
    int i = 0;
    for (String document : brokenDocuments()) {
      Path path = Files.writeString(dir.resolve("broken-" + i++ + ".json"), document, StandardCharsets.UTF_8);
      for (String[] args : List.of(new String[] {"validate", path.toString()},
          new String[] {"validate", path.toString(), "--format", "json"}, new String[] {"coverage", path.toString()})) {
        CliRun run = new CliRun(args);
        assertThat(run.code).as("%s", run).isEqualTo(2);
        shown.add(run.out + run.err);
      }
    }
    Path troubled = dir.resolve("troubled.json");
    Files.write(troubled, SaphaJson.defaults().writeBytes(troubled()));
    CliRun text = new CliRun("validate", troubled.toString());
    CliRun json = new CliRun("validate", troubled.toString(), "--format", "json");
    CliRun coverage = new CliRun("coverage", troubled.toString());
    assertThat(text.code).isEqualTo(1);
    assertThat(text.out).contains("ERROR   person.citizen-id-check-digit /people/0/citizenId");
    assertThat(json.code).isEqualTo(1);
    assertThat(coverage.code).isZero();
    shown.addAll(List.of(text.out + text.err, json.out + json.err, coverage.out + coverage.err));
    scan();
  }
}
