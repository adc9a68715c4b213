package io.github.sapha.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PersonName;
import io.github.sapha.council.PhoneNumber;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.Term;
import io.github.sapha.council.MeetingId;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingLevel;
import io.github.sapha.meeting.MeetingStatus;
import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Pointer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a diff reports: objects matched by id, fields with both pointers, nested lists by what identifies them. */
class RegistryDiffTest {
  private static final LocalDate AS_OF = LocalDate.of(2017, 5, 18);
  private static final LocalDate START = LocalDate.of(2016, 1, 1);
  private static final PersonId P1 = PersonId.of("p-1");
  private static final PersonId P2 = PersonId.of("p-2");
  private static final PersonId P3 = PersonId.of("p-3");
  private static final CommunityId VILLAGE = CommunityId.of("community-1");

  private static Council council(String code, String name, List<Membership> members, List<Post> posts) {
    return Council.builder()
        .id(BodyId.of("council-" + code))
        .nameTh(name)
        .area(CouncilArea.subdistrict(SubdistrictCode.parse(code)))
        .addAllMembers(members)
        .addAllPosts(posts)
        .build();
  }

  private static Person person(PersonId id, String phone) {
    return Person.builder()
        .id(id)
        .name(PersonName.builder().given("สมชาย").family("ใจดี").build())
        .phone(PhoneNumber.parse(phone))
        .build();
  }

  private static final Membership M1 = Membership.representative(P1, VILLAGE, Term.from(START));
  private static final Membership M2 = Membership.qualifiedPerson(P2, Term.from(START));
  private static final Post CHAIR = Post.held(PostRole.CHAIR, P1, Term.from(START));
  private static final Post SECRETARY = Post.held(PostRole.SECRETARY, P2, Term.from(START));

  private static final Registry OLD =
      Registry.builder()
          .asOf(AS_OF)
          .addCouncils(
              council("570901", "แม่สาย", List.of(M1, M2), List.of(CHAIR, SECRETARY)),
              council("570902", "ห้วยไคร้", List.of(), List.of()),
              council("570908", "บ้านด้าย", List.of(), List.of()))
          .addPeople(person(P1, "0812345678"), person(P2, "0812345679"))
          .build();

  @Test
  void test_equalRegistries_haveNoDifferences() {
    RegistryDiff diff = RegistryDiff.between(OLD, OLD);
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.changes()).isEmpty();
    assertThat(diff.summary()).isEqualTo("no differences");
    assertThat(diff.apply(OLD)).isEqualTo(OLD);
  }

  @Test
  void test_changedField_hasItsPointerInBothDocumentsAndBothValues() {
    Registry renamed = OLD.without(BodyId.of("council-570901"))
        .with(council("570902", "ห้วยไคร้ใหม่", List.of(), List.of()));
    RegistryDiff diff = RegistryDiff.between(OLD, renamed);
    ObjectChange changed = diff.changes(RegistryCollection.COUNCILS).get(1);
    assertThat(changed.kind()).isEqualTo(ChangeKind.CHANGED);
    assertThat(changed.oldPath()).contains(Pointer.parse("/councils/1"));
    assertThat(changed.newPath()).contains(Pointer.parse("/councils/0"));
    FieldChange name = changed.fields().get(0);
    assertThat(name.oldPath()).contains(Pointer.parse("/councils/1/nameTh"));
    assertThat(name.newPath()).contains(Pointer.parse("/councils/0/nameTh"));
    assertThat(name.oldValue()).contains("ห้วยไคร้");
    assertThat(name.newValue()).contains("ห้วยไคร้ใหม่");
    assertThat(name).hasToString("changed /councils/0/nameTh (was /councils/1/nameTh)");
    assertThat(diff.changes()).extracting(Object::toString)
        .containsExactly(
            "removed councils council-570901 at /councils/0",
            "changed councils council-570902 at /councils/0 (was /councils/1) (1 field)");
    assertThat(diff.summary()).isEqualTo("councils: 1 removed, 1 changed");
  }

  @Test
  void test_nestedLists_areMatchedByWhatIdentifiesTheirElementsNotByIndex() {
    Membership newcomer = Membership.qualifiedPerson(P3, Term.from(AS_OF));
    Post endedSecretary = Post.held(PostRole.SECRETARY, P2, Term.of(START, AS_OF));
    Registry changed =
        OLD.with(council("570901", "แม่สาย", List.of(newcomer, M1, M2), List.of(endedSecretary)));
    List<FieldChange> fields = RegistryDiff.between(OLD, changed).changes().get(0).fields();
    assertThat(fields).extracting(Object::toString)
        .containsExactly(
            "added /councils/0/members/0",
            "removed /councils/0/posts/0",
            "added /councils/0/posts/0/term/end");
    assertThat(fields.get(0).newValue()).contains(newcomer);
    assertThat(fields.get(1).oldValue()).contains(CHAIR);
    assertThat(fields.get(2).oldPath()).isEmpty();
    assertThat(fields.get(2).newPath()).contains(Pointer.parse("/councils/0/posts/0/term/end"));
    assertThat(fields.get(2).newValue()).contains(AS_OF);
  }

  @Test
  void test_aListInAnotherOrder_isOneChangeOfTheWholeList() {
    Registry reordered = OLD.with(council("570901", "แม่สาย", List.of(M2, M1), List.of(CHAIR, SECRETARY)));
    List<FieldChange> fields = RegistryDiff.between(OLD, reordered).changes().get(0).fields();
    assertThat(fields).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo(Pointer.parse("/councils/0/members"));
      assertThat(f.oldValue()).contains(List.of(M1, M2));
      assertThat(f.newValue()).contains(List.of(M2, M1));
    });
  }

  @Test
  void test_personalData_isReportedAsChangedWithoutValues() {
    Registry changed = OLD.with(person(P2, "0899999999"));
    RegistryDiff diff = RegistryDiff.between(OLD, changed);
    FieldChange phone = diff.changes().get(0).fields().get(0);
    assertThat(phone.isPersonal()).isTrue();
    assertThat(phone.path()).isEqualTo(Pointer.parse("/people/1/phone"));
    assertThat(phone.oldValue()).isEmpty();
    assertThat(phone.newValue()).isEmpty();
    assertThat(phone).hasToString("changed /people/1/phone (personal data, values not shown)");
    assertThat(diff.toString() + diff.changes() + diff.changes().get(0).fields())
        .doesNotContain("0899999999").doesNotContain("0812345679").doesNotContain("สมชาย");
  }

  @Test
  void test_movedObjects_areReportedSoThatApplyingKeepsTheNewOrder() {
    Registry moved =
        Registry.builder()
            .from(OLD)
            .councils(List.of(OLD.councils().get(2), OLD.councils().get(0), OLD.councils().get(1)))
            .build();
    RegistryDiff diff = RegistryDiff.between(OLD, moved);
    assertThat(diff.changes()).extracting(Object::toString)
        .containsExactly("moved councils council-570908 at /councils/0 (was /councils/2)");
    assertThat(diff.apply(OLD)).isEqualTo(moved);
  }

  @Test
  void test_apply_givesTheNewRegistryWithAsOfAdditionsRemovalsAndChanges() {
    Registry newer =
        OLD.withAsOf(AS_OF.plusMonths(1))
            .without(BodyId.of("council-570902"))
            .with(council("570903", "เวียงพางคำ", List.of(), List.of()))
            .with(person(P1, "0800000000"))
            .without(P2)
            .with(person(P3, "0811111111"));
    RegistryDiff diff = RegistryDiff.between(OLD, newer);
    assertThat(diff.apply(OLD)).isEqualTo(newer);
    assertThat(diff.asOfChange()).hasValueSatisfying(f -> {
      assertThat(f.path()).isEqualTo(Pointer.parse("/asOf"));
      assertThat(f.oldValue()).contains(AS_OF);
    });
    assertThat(diff.count(RegistryCollection.PEOPLE, ChangeKind.CHANGED)).isEqualTo(1);
    assertThat(diff.summary())
        .isEqualTo("asOf 2017-05-18 to 2017-06-18; councils: 1 added, 1 removed;"
            + " people: 1 added, 1 removed, 1 changed");
  }

  @Test
  void test_apply_refusesARegistryThatIsNotTheDiffsOld() {
    RegistryDiff diff = RegistryDiff.between(OLD, OLD.with(council("570902", "ใหม่", List.of(), List.of())));
    assertThatThrownBy(() -> diff.apply(OLD.with(council("570902", "อื่น", List.of(), List.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The diff does not apply to this registry: councils council-570902 at /councils/1"
            + " is not as the diff's old registry had it");
    assertThatThrownBy(() -> diff.apply(OLD.withAsOf(AS_OF.plusDays(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The diff does not apply to this registry: it is as of 2017-05-19,"
            + " the diff's old registry as of 2017-05-18");
    RegistryDiff adding = RegistryDiff.between(OLD, OLD.with(council("570903", "ใหม่", List.of(), List.of())));
    assertThatThrownBy(() -> adding.apply(OLD.without(BodyId.of("council-570908"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The diff does not apply to this registry: councils has 2 objects,"
            + " not as many as the diff's old registry");
  }

  @Test
  void test_optionalValues_haveNoPointerWhereTheyAreAbsent() {
    Council named = Council.builder().from(OLD.councils().get(1)).nameEn("Huai Khrai").build();
    FieldChange added = RegistryDiff.between(OLD, OLD.with(named)).changes().get(0).fields().get(0);
    assertThat(added.kind()).isEqualTo(ChangeKind.ADDED);
    assertThat(added.oldPath()).isEqualTo(Optional.empty());
    assertThat(added.newPath()).contains(Pointer.parse("/councils/1/nameEn"));
    FieldChange removed = RegistryDiff.between(OLD.with(named), OLD).changes().get(0).fields().get(0);
    assertThat(removed.kind()).isEqualTo(ChangeKind.REMOVED);
    assertThat(removed.oldValue()).contains("Huai Khrai");
  }

  @Test
  void test_meetingStatus_isAFieldAbsentWhileHeld_asFormatV1WritesIt() {
    Meeting held =
        Meeting.builder().id(MeetingId.of("meeting-1")).titleTh("ประชุม").date(AS_OF).level(MeetingLevel.COUNCIL).build();
    Meeting cancelled = Meeting.builder().from(held).titleTh("ประชุมสามัญ").status(MeetingStatus.CANCELLED).build();
    List<FieldChange> fields =
        RegistryDiff.between(OLD.with(held), OLD.with(cancelled)).changes().get(0).fields();
    assertThat(fields).extracting(FieldChange::toString)
        .containsExactly("changed /meetings/0/titleTh", "added /meetings/0/status");
    assertThat(fields.get(1).newValue()).contains(MeetingStatus.CANCELLED);
  }
}
