package io.github.sapha.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class BuddhistEraTest {

  @Test
  void test_fromCe_2017() {
    assertThat(BuddhistEra.fromCe(2017)).isEqualTo(2560);
  }

  @Test
  void test_toCe_2560() {
    assertThat(BuddhistEra.toCe(2560)).isEqualTo(2017);
  }

  @Test
  void test_fromCe_limitsOfLocalDate() {
    assertThat(BuddhistEra.fromCe(Year.MIN_VALUE)).isEqualTo(-999_999_456);
    assertThat(BuddhistEra.fromCe(Year.MAX_VALUE)).isEqualTo(1_000_000_542);
  }

  @Test
  void test_toCe_limitsOfLocalDate() {
    assertThat(BuddhistEra.toCe(-999_999_456)).isEqualTo(Year.MIN_VALUE);
    assertThat(BuddhistEra.toCe(1_000_000_542)).isEqualTo(Year.MAX_VALUE);
  }

  @Test
  void test_fromCe_outOfRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BuddhistEra.fromCe(1_000_000_000))
        .withMessage("CE year 1000000000 is outside the range -999999999 to 999999999");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BuddhistEra.fromCe(Integer.MIN_VALUE))
        .withMessage("CE year -2147483648 is outside the range -999999999 to 999999999");
  }

  @Test
  void test_toCe_outOfRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BuddhistEra.toCe(1_000_000_543))
        .withMessage("B.E. year 1000000543 is outside the range -999999456 to 1000000542");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BuddhistEra.toCe(-999_999_457))
        .withMessage("B.E. year -999999457 is outside the range -999999456 to 1000000542");
  }

  @Test
  void test_yearOf_changesOnFirstJanuary() {
    assertThat(BuddhistEra.yearOf(LocalDate.of(2017, 5, 18))).isEqualTo(2560);
    assertThat(BuddhistEra.yearOf(LocalDate.of(2017, 1, 1))).isEqualTo(2560);
    assertThat(BuddhistEra.yearOf(LocalDate.of(2016, 12, 31))).isEqualTo(2559);
  }

  @Test
  void test_staticMethods_refuseNull() {
    new NullPointerTester().testAllPublicStaticMethods(BuddhistEra.class);
  }
}
