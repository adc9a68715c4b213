package io.github.sapha.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.PersonId;
import io.github.sapha.testing.IdSamples;
import org.junit.jupiter.api.Test;

class ParticipantTest {
  private static final PersonId P1 = PersonId.of("p-1");
  private static final BodyId MITTRAPHAP = BodyId.of("lg-mittraphap");
  private static final Participant ATTENDED = Participant.of(P1, ParticipantRole.ATTENDED);
  private static final Participant WELCOMED =
      Participant.builder()
          .person(P1)
          .role(ParticipantRole.WELCOMED)
          .capacity(MITTRAPHAP)
          .note("กล่าวต้อนรับในนามเทศบาล")
          .build();

  @Test
  void test_of() {
    assertThat(ATTENDED.person()).isEqualTo(P1);
    assertThat(ATTENDED.role()).isEqualTo(ParticipantRole.ATTENDED);
    assertThat(ATTENDED.capacity()).isEmpty();
    assertThat(ATTENDED.note()).isEmpty();
    assertThat(WELCOMED.capacity()).contains(MITTRAPHAP);
    assertThat(WELCOMED.note()).contains("กล่าวต้อนรับในนามเทศบาล");
  }

  @Test
  void test_toString() {
    assertThat(ATTENDED).hasToString("Participant[p-1 attended]");
    assertThat(WELCOMED).hasToString("Participant[p-1 welcomed for lg-mittraphap]");
  }

  @Test
  void test_builder_otherNeedsNote() {
    assertThatThrownBy(() -> Participant.of(P1, ParticipantRole.OTHER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("participant p-1: role other needs a note saying what the part was");
    assertThat(Participant.builder().person(P1).role(ParticipantRole.OTHER).note("ถ่ายภาพ").build().note())
        .contains("ถ่ายภาพ");
  }

  @Test
  void test_builder_refusesBlankOrPaddedNote() {
    assertThatThrownBy(() -> Participant.builder().from(WELCOMED).note("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("participant p-1: note must not be blank");
    assertThatThrownBy(() -> Participant.builder().from(WELCOMED).note("welcome ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("participant p-1: note has leading or trailing white space (value not shown: personal data)");
  }

  @Test
  void test_builder_requiresPersonAndRole() {
    assertThatThrownBy(() -> Participant.builder().role(ParticipantRole.SPOKE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("participant: person must be set");
    assertThatThrownBy(() -> Participant.builder().person(P1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("participant p-1: role must be set");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(ATTENDED, Participant.of(P1, ParticipantRole.ATTENDED))
        .addEqualityGroup(WELCOMED, Participant.builder().from(WELCOMED).build())
        .addEqualityGroup(Participant.of(PersonId.of("p-2"), ParticipantRole.ATTENDED))
        .addEqualityGroup(Participant.of(P1, ParticipantRole.SPOKE))
        .addEqualityGroup(Participant.builder().from(ATTENDED).capacity(MITTRAPHAP).build())
        .addEqualityGroup(Participant.builder().from(ATTENDED).note("มาสาย").build())
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = IdSamples.nullTester();
    tester.testAllPublicStaticMethods(Participant.class);
    tester.testAllPublicInstanceMethods(Participant.builder());
  }
}
