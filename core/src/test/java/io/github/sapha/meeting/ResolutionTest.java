package io.github.sapha.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class ResolutionTest {
  private static final String TEXT = "เห็นชอบแผนพัฒนาตำบล";

  @Test
  void test_of() {
    Resolution resolution = Resolution.of(TEXT, ResolutionOutcome.ADOPTED);
    assertThat(resolution.text()).isEqualTo(TEXT);
    assertThat(resolution.outcome()).isEqualTo(ResolutionOutcome.ADOPTED);
  }

  @Test
  void test_of_refusesBlankOrPaddedText() {
    assertThatThrownBy(() -> Resolution.of(" ", ResolutionOutcome.ADOPTED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resolution: text must not be blank");
    assertThatThrownBy(() -> Resolution.of(TEXT + " ", ResolutionOutcome.DEFERRED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resolution: text \"" + TEXT + " \" has leading or trailing white space");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(
            Resolution.of(TEXT, ResolutionOutcome.ADOPTED), new Resolution(TEXT, ResolutionOutcome.ADOPTED))
        .addEqualityGroup(Resolution.of(TEXT, ResolutionOutcome.REJECTED))
        .addEqualityGroup(Resolution.of("เลื่อนการพิจารณา", ResolutionOutcome.ADOPTED))
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = new NullPointerTester().setDefault(String.class, TEXT);
    tester.testAllPublicStaticMethods(Resolution.class);
    tester.testAllPublicConstructors(Resolution.class);
  }
}
