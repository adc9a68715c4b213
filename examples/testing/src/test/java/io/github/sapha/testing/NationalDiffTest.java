package io.github.sapha.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.Council;
import io.github.sapha.council.DesignationId;
import io.github.sapha.council.Organization;
import io.github.sapha.council.OrganizationKind;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PersonName;
import io.github.sapha.council.PhoneNumber;
import io.github.sapha.designation.Designation;
import io.github.sapha.designation.DesignationKind;
import io.github.sapha.designation.SourceCertainty;
import io.github.sapha.diff.ChangeKind;
import io.github.sapha.diff.FieldChange;
import io.github.sapha.diff.ObjectChange;
import io.github.sapha.diff.RegistryCollection;
import io.github.sapha.diff.RegistryDiff;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.plan.Plan;
import io.github.sapha.plan.PlanStatus;
import io.github.sapha.registry.Registry;
import io.github.sapha.testing.SyntheticRegistry.Scale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The national synthetic registry against a copy of itself with known edits
 * in every collection: the diff counts exactly what was edited, one field per
 * edited field and no index shifts (so its work on the 160,000 unchanged
 * objects is matching them, not reporting them), and applying it gives the
 * copy. Nothing is timed.
 */
class NationalDiffTest {
  private static Registry national;
  private static Registry edited;
  /** What the edits did: for each collection, how many objects were added, removed, changed and moved. */
  private static final Map<RegistryCollection, int[]> EDITS = new EnumMap<>(RegistryCollection.class);

  @BeforeAll
  static void editACopy() {
    national = SyntheticRegistry.generate(3, Scale.NATIONAL);
    for (RegistryCollection collection : RegistryCollection.values()) {
      EDITS.put(collection, new int[ChangeKind.values().length]);
    }
    Registry.Builder copy = Registry.builder().asOf(national.asOf().plusDays(1));

    // Every thousandth council renamed: 8 changed.
    List<Council> councils = national.councils();
    for (int i = 0; i < councils.size(); i++) {
      Council council = councils.get(i);
      copy.addCouncil(i % 1000 == 0 ? edit(RegistryCollection.COUNCILS, ChangeKind.CHANGED,
          Council.builder().from(council).nameTh(council.nameTh() + " (ใหม่)").build()) : council);
    }
    copy.addAllNetworks(national.networks());

    // One office added at the end.
    copy.addAllOrganizations(national.organizations());
    copy.addOrganization(edit(RegistryCollection.ORGANIZATIONS, ChangeKind.ADDED,
        Organization.builder().id(BodyId.of("office-new")).kind(OrganizationKind.GOVERNMENT_OFFICE)
            .nameTh("สำนักงานพัฒนาชุมชนแห่งใหม่").build()));

    // Every 30,000th person's phone changed (5), three people removed, four added.
    List<Person> people = national.people();
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      if (i == 17 || i == 70_000 || i == 140_000) {
        EDITS.get(RegistryCollection.PEOPLE)[ChangeKind.REMOVED.ordinal()]++;
      } else if (i % 30_000 == 1) {
        copy.addPerson(edit(RegistryCollection.PEOPLE, ChangeKind.CHANGED,
            Person.builder().from(person).phone(PhoneNumber.parse("0891234" + (100 + i % 900))).build()));
      } else {
        copy.addPerson(person);
      }
    }
    for (int k = 1; k <= 4; k++) {
      copy.addPerson(edit(RegistryCollection.PEOPLE, ChangeKind.ADDED,
          Person.builder().id(PersonId.of("person-new-" + k)).name(PersonName.of("ทดสอบ", "ใหม่")).build()));
    }

    // The first meeting moved to the end: 1 moved, and no other meeting reported.
    List<Meeting> meetings = national.meetings();
    copy.addAllMeetings(meetings.subList(1, meetings.size()));
    copy.addMeeting(edit(RegistryCollection.MEETINGS, ChangeKind.MOVED, meetings.get(0)));

    // Every thousandth plan cancelled: 9 changed.
    List<Plan> plans = national.plans();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      copy.addPlan(i % 1000 == 0 ? edit(RegistryCollection.PLANS, ChangeKind.CHANGED,
          Plan.builder().from(plan).status(PlanStatus.CANCELLED).build()) : plan);
    }

    // Designations: the first two removed, every hundredth extended, the Chiang Rai zone added.
    List<Designation> designations = national.designations();
    for (int i = 0; i < designations.size(); i++) {
      Designation designation = designations.get(i);
      if (i < 2) {
        EDITS.get(RegistryCollection.DESIGNATIONS)[ChangeKind.REMOVED.ordinal()]++;
      } else if (i % 100 == 0) {
        copy.addDesignation(edit(RegistryCollection.DESIGNATIONS, ChangeKind.CHANGED,
            Designation.builder().from(designation).validTo(designation.validTo().orElseThrow().plusYears(1)).build()));
      } else {
        copy.addDesignation(designation);
      }
    }
    copy.addDesignation(edit(RegistryCollection.DESIGNATIONS, ChangeKind.ADDED,
        Designation.builder().id(DesignationId.of("sez-chiang-rai")).nameTh("เขตพัฒนาเศรษฐกิจพิเศษเชียงราย")
            .kind(DesignationKind.SPECIAL_ECONOMIC_ZONE).addArea(AreaCode.parse("5703"))
            .addArea(AreaCode.parse("5708")).addArea(AreaCode.parse("5709"))
            .validFrom(java.time.LocalDate.of(2015, 1, 1)).certainty(SourceCertainty.NEWS_REPORTS).build()));
    edited = copy.build();
  }

  private static <T> T edit(RegistryCollection collection, ChangeKind kind, T object) {
    EDITS.get(collection)[kind.ordinal()]++;
    return object;
  }

  @Test
  void test_diff_countsExactlyWhatWasEdited() {
    RegistryDiff diff = RegistryDiff.between(national, edited);
    for (RegistryCollection collection : RegistryCollection.values()) {
      for (ChangeKind kind : ChangeKind.values()) {
        assertThat(diff.count(collection, kind))
            .as("%s %s", collection.field(), kind.label())
            .isEqualTo(EDITS.get(collection)[kind.ordinal()]);
      }
    }
    assertThat(diff.summary())
        .isEqualTo("asOf 2018-09-30 to 2018-10-01; councils: 8 changed; organizations: 1 added;"
            + " people: 4 added, 3 removed, 5 changed; meetings: 1 moved; plans: 9 changed;"
            + " designations: 1 added, 2 removed, 9 changed");
    int total = EDITS.values().stream().flatMapToInt(java.util.Arrays::stream).sum();
    assertThat(diff.changes()).hasSize(total);
  }

  @Test
  void test_diff_reportsOneFieldPerEditedField_andNoIndexShifts() {
    RegistryDiff diff = RegistryDiff.between(national, edited);
    List<String> fields = new ArrayList<>();
    for (ObjectChange change : diff.changes()) {
      for (FieldChange field : change.fields()) {
        fields.add(change.collection().field() + " " + field.path().toString().replaceAll("/[0-9]+/", "/i/"));
      }
    }
    // The removed people and designations before them shift every later index, yet each edit is one field.
    assertThat(fields)
        .containsOnly(
            "councils /councils/i/nameTh", "people /people/i/phone", "plans /plans/i/status",
            "designations /designations/i/validTo")
        .hasSize(8 + 5 + 9 + 9);
    assertThat(diff.changes(RegistryCollection.PEOPLE))
        .filteredOn(c -> c.kind() == ChangeKind.CHANGED)
        .allSatisfy(c -> assertThat(c.fields()).singleElement().satisfies(f -> assertThat(f.isPersonal()).isTrue()));
  }

  @Test
  void test_apply_givesTheEditedRegistry_andTheReverseDiffGivesTheNationalOne() {
    RegistryDiff diff = RegistryDiff.between(national, edited);
    assertThat(diff.apply(national)).isEqualTo(edited);
    RegistryDiff back = RegistryDiff.between(edited, national);
    assertThat(back.apply(edited)).isEqualTo(national);
    assertThat(back.count(RegistryCollection.PEOPLE, ChangeKind.ADDED)).isEqualTo(3);
    assertThat(back.count(RegistryCollection.PEOPLE, ChangeKind.REMOVED)).isEqualTo(4);
    assertThat(RegistryDiff.between(edited, edited).isEmpty()).isTrue();
  }
}
