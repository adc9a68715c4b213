package io.github.sapha.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTest {
  private static final String HOUSEHOLDS = "ครัวเรือน";

  @Test
  void test_of_twentyHouseholds() {
    Target target = Target.of(20, HOUSEHOLDS);

    assertThat(target.quantity()).isEqualTo(20);
    assertThat(target.unit()).isEqualTo(HOUSEHOLDS);
    assertThat(target).isEqualTo(new Target(20, HOUSEHOLDS));
  }

  @Test
  void test_of_quantityOne() {
    assertThat(Target.of(1, HOUSEHOLDS).quantity()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void test_of_quantityBelowOne(long quantity) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Target.of(quantity, HOUSEHOLDS))
        .withMessage("target: quantity " + quantity + " must be at least 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void test_of_blankUnit(String unit) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Target.of(20, unit))
        .withMessage("target: unit must not be blank");
  }

  @Test
  void test_of_paddedUnit() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Target.of(20, " households"))
        .withMessage("target: unit \" households\" has leading or trailing white space");
  }

  @Test
  void test_of_nullUnit() {
    assertThatNullPointerException().isThrownBy(() -> Target.of(20, null)).withMessage("unit");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(Target.of(20, HOUSEHOLDS), new Target(20, HOUSEHOLDS))
        .addEqualityGroup(Target.of(21, HOUSEHOLDS))
        .addEqualityGroup(Target.of(20, "households"))
        .testEquals();
  }
}
