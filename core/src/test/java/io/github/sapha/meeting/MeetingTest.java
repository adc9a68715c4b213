package io.github.sapha.meeting;

import static io.github.sapha.testing.Unmodifiable.assertUnmodifiable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.MeetingId;
import io.github.sapha.council.PersonId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingTest {
  private static final LocalDate DATE = LocalDate.of(2017, 5, 18);
  private static final BodyId NETWORK = BodyId.of("net-5709");
  private static final BodyId CODI_NORTH = BodyId.of("codi-north");
  private static final Venue VENUE = Venue.at("ห้องประชุมเทศบาล", BodyId.of("lg-mittraphap"));
  private static final Participant CHAIRED = Participant.of(PersonId.of("p-1"), ParticipantRole.CHAIRED);
  private static final Participant REPORTED = Participant.of(PersonId.of("p-2"), ParticipantRole.REPORTED);
  private static final Resolution RESOLUTION = Resolution.of("เห็นชอบแผน", ResolutionOutcome.ADOPTED);
  private static final SourceLink SOURCE = SourceLink.of("https://www.codi.or.th/news/1");
  private static final Meeting FORUM =
      Meeting.builder()
          .id(MeetingId.of("forum-2017-05-18"))
          .titleTh("เวทีสภาองค์กรชุมชนอำเภอแม่สาย")
          .titleEn("Mae Sai councils' forum")
          .date(DATE)
          .level(MeetingLevel.DISTRICT)
          .body(NETWORK)
          .venue(VENUE)
          .addOrganisers(NETWORK, CODI_NORTH)
          .addParticipants(CHAIRED, REPORTED)
          .attendance(120)
          .addAgenda("รายงานผล", "แผนปีหน้า")
          .addResolution(RESOLUTION)
          .addSource(SOURCE)
          .build();
  private static final Meeting MINIMAL =
      Meeting.builder()
          .id(MeetingId.of("m-1"))
          .titleTh("ประชุมสภา")
          .date(DATE)
          .level(MeetingLevel.COUNCIL)
          .build();

  @Test
  void test_builder_keepsEverythingInOrder() {
    assertThat(FORUM.titleEn()).contains("Mae Sai councils' forum");
    assertThat(FORUM.body()).contains(NETWORK);
    assertThat(FORUM.venue()).contains(VENUE);
    assertThat(FORUM.organisers()).containsExactly(NETWORK, CODI_NORTH);
    assertThat(FORUM.participants()).containsExactly(CHAIRED, REPORTED);
    assertThat(FORUM.attendance()).hasValue(120);
    assertThat(FORUM.agenda()).containsExactly("รายงานผล", "แผนปีหน้า");
    assertThat(FORUM.resolutions()).containsExactly(RESOLUTION);
    assertThat(FORUM.sources()).containsExactly(SOURCE);
    assertThat(MINIMAL.titleEn()).isEmpty();
    assertThat(MINIMAL.body()).isEmpty();
    assertThat(MINIMAL.venue()).isEmpty();
    assertThat(MINIMAL.attendance()).isEmpty();
    assertThat(MINIMAL.organisers()).isEmpty();
  }

  @Test
  void test_collections_unmodifiable() {
    assertUnmodifiable(FORUM.organisers(), NETWORK);
    assertUnmodifiable(FORUM.participants(), CHAIRED);
    assertUnmodifiable(FORUM.agenda(), "รายงานผล");
    assertUnmodifiable(FORUM.resolutions(), RESOLUTION);
    assertUnmodifiable(FORUM.sources(), SOURCE);
  }

  @Test
  void test_toString() {
    assertThat(FORUM).hasToString("Meeting[forum-2017-05-18 2017-05-18 district]");
    assertThat(MINIMAL).hasToString("Meeting[m-1 2017-05-18 council]");
  }

  @Test
  void test_builder_attendanceZeroIsAllowed() {
    assertThat(Meeting.builder().from(MINIMAL).attendance(0).build().attendance()).hasValue(0);
  }

  @Test
  void test_builder_refusesNegativeAttendance() {
    assertThatThrownBy(() -> Meeting.builder().from(MINIMAL).attendance(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meeting m-1: attendance -1 must not be negative");
  }

  @Test
  void test_builder_refusesBlankOrPaddedTitles() {
    assertThatThrownBy(() -> Meeting.builder().from(MINIMAL).titleTh(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meeting m-1: titleTh must not be blank");
    assertThatThrownBy(() -> Meeting.builder().from(MINIMAL).titleTh("ประชุม ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meeting m-1: titleTh \"ประชุม \" has leading or trailing white space");
    assertThatThrownBy(() -> Meeting.builder().from(MINIMAL).titleEn("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meeting m-1: titleEn must not be blank");
    assertThatThrownBy(() -> Meeting.builder().from(MINIMAL).titleEn("\tForum").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meeting m-1: titleEn \"\tForum\" has leading or trailing white space");
  }

  @Test
  void test_builder_refusesBlankOrPaddedAgendaItems() {
    assertThatThrownBy(() -> Meeting.builder().from(MINIMAL).addAgenda("รายงานผล", " ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meeting m-1: /agenda/1 must not be blank");
    assertThatThrownBy(() -> Meeting.builder().from(MINIMAL).addAgenda(" แผน", "รายงานผล").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meeting m-1: /agenda/0 \" แผน\" has leading or trailing white space");
  }

  @Test
  void test_builder_requiresIdTitleDateAndLevel() {
    assertThatThrownBy(() -> Meeting.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("meeting: id, titleTh, date and level must be set");
    assertThatThrownBy(() -> Meeting.builder().id(MeetingId.of("m")).titleTh("ก").date(DATE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("meeting m: level must be set");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(FORUM, Meeting.builder().from(FORUM).build())
        .addEqualityGroup(MINIMAL)
        .addEqualityGroup(Meeting.builder().from(MINIMAL).id(MeetingId.of("m-2")).build())
        .addEqualityGroup(Meeting.builder().from(MINIMAL).titleTh("ประชุม").build())
        .addEqualityGroup(Meeting.builder().from(MINIMAL).titleEn("Meeting").build())
        .addEqualityGroup(Meeting.builder().from(MINIMAL).date(DATE.plusDays(1)).build())
        .addEqualityGroup(Meeting.builder().from(MINIMAL).level(MeetingLevel.OTHER).build())
        .addEqualityGroup(Meeting.builder().from(MINIMAL).body(NETWORK).build())
        .addEqualityGroup(Meeting.builder().from(MINIMAL).venue(VENUE).build())
        .addEqualityGroup(Meeting.builder().from(MINIMAL).addOrganiser(NETWORK).build())
        .addEqualityGroup(Meeting.builder().from(MINIMAL).addParticipant(CHAIRED).build())
        .addEqualityGroup(Meeting.builder().from(MINIMAL).attendance(0).build())
        .addEqualityGroup(Meeting.builder().from(MINIMAL).addAgenda("แผน").build())
        .addEqualityGroup(Meeting.builder().from(MINIMAL).addResolution(RESOLUTION).build())
        .addEqualityGroup(Meeting.builder().from(MINIMAL).addSource(SOURCE).build())
        .addEqualityGroup(Meeting.builder().from(FORUM).organisers(List.of(CODI_NORTH, NETWORK)).build())
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Meeting.class);
    tester.testAllPublicInstanceMethods(Meeting.builder());
  }
}
