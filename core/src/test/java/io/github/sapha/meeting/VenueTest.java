package io.github.sapha.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.sapha.council.BodyId;
import io.github.sapha.testing.IdSamples;
import org.junit.jupiter.api.Test;

class VenueTest {
  private static final String HALL = "ห้องประชุมเทศบาลตำบลแม่สายมิตรภาพ";
  private static final BodyId MITTRAPHAP = BodyId.of("lg-mittraphap");

  @Test
  void test_of_wordsOnly() {
    Venue venue = Venue.of(HALL);
    assertThat(venue.description()).isEqualTo(HALL);
    assertThat(venue.localGovernment()).isEmpty();
  }

  @Test
  void test_at_localGovernmentPremises() {
    Venue venue = Venue.at(HALL, MITTRAPHAP);
    assertThat(venue.description()).isEqualTo(HALL);
    assertThat(venue.localGovernment()).contains(MITTRAPHAP);
    assertThat(venue).hasToString("Venue[" + HALL + " at lg-mittraphap]");
  }

  @Test
  void test_of_refusesBlankOrPaddedDescription() {
    assertThatThrownBy(() -> Venue.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("venue: description must not be blank");
    assertThatThrownBy(() -> Venue.at(" " + HALL, MITTRAPHAP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("venue: description \" " + HALL + "\" has leading or trailing white space");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(Venue.of(HALL), Venue.of(new String(HALL)))
        .addEqualityGroup(Venue.at(HALL, MITTRAPHAP), Venue.at(HALL, BodyId.of("lg-mittraphap")))
        .addEqualityGroup(Venue.at(HALL, BodyId.of("lg-other")))
        .addEqualityGroup(Venue.of("วัดบ้านด้าย"))
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester =
        IdSamples.nullTester().setDefault(String.class, HALL);
    tester.testAllPublicStaticMethods(Venue.class);
  }
}
