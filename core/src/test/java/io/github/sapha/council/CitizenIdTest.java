package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.sapha.testing.ThaiDigits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdTest {
  /**
   * Worked by hand: 1·13 + 1·12 + 0·11 + 1·10 + 7·9 + 0·8 + 0·7 + 2·6 + 0·5 + 3·4 + 4·3 + 5·2
   * = 144; 144 % 11 = 1; (11 - 1) % 10 = 0, so the check digit is 0.
   */
  private static final String VALID = "1101700203450";
  /** The same twelve digits with a wrong check digit. */
  private static final String WRONG_CHECK_DIGIT = "1101700203451";
  private static final String MESSAGE =
      "Invalid citizen id: expected 13 digits, optionally grouped by '-' or spaces"
          + " (the value is personal data and is not shown)";

  @Test
  void test_hasValidCheckDigit_handWorkedExample() {
    assertThat(Models.withCheckDigit("110170020345")).isEqualTo(VALID);
    assertThat(CitizenId.parse(VALID).hasValidCheckDigit()).isTrue();
    assertThat(CitizenId.parse(WRONG_CHECK_DIGIT).hasValidCheckDigit()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"000000000000", "123456789012", "999999999999", "310050012345", "574010000001"})
  void test_hasValidCheckDigit_onlyTheComputedDigitIsValid(String twelve) {
    String valid = Models.withCheckDigit(twelve);
    for (char last = '0'; last <= '9'; last++) {
      CitizenId id = CitizenId.parse(twelve + last);
      assertThat(id.hasValidCheckDigit()).as("check digit %s", last).isEqualTo(id.value().equals(valid));
    }
  }

  @Test
  void test_hasValidCheckDigit_wrapsTheTwoDigitResults() {
    // Third digit 1, the rest 0: sum 1·11 = 11, 11 % 11 = 0, (11 - 0) % 10 = 1.
    assertThat(CitizenId.parse("0010000000001").hasValidCheckDigit()).isTrue();
    assertThat(CitizenId.parse("0010000000000").hasValidCheckDigit()).isFalse();
    // First digit 1, the rest 0: sum 13, 13 % 11 = 2, (11 - 2) % 10 = 9.
    assertThat(CitizenId.parse("1000000000009").hasValidCheckDigit()).isTrue();
  }

  @Test
  void test_parse_keepsTheAsciiDigits() {
    assertThat(CitizenId.parse(VALID).value()).isEqualTo(VALID);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1-1017-00203-45-0", "1 1017 00203 45 0", "๑๑๐๑๗๐๐๒๐๓๔๕๐", "๑-๑๐๑๗-๐๐๒๐๓-๔๕-๐", "11017-00203450",
        "1-1017-00203-45-0 "
      })
  void test_parse_acceptsThaiDigitsAndGrouping(String text) {
    assertThat(CitizenId.parse(text)).isEqualTo(CitizenId.parse(VALID));
    assertThat(CitizenId.parse(text).value()).isEqualTo(VALID);
  }

  @Test
  void test_parse_thaiDigitsEqualAsciiDigits() {
    assertThat(CitizenId.parse(ThaiDigits.of(WRONG_CHECK_DIGIT)).value()).isEqualTo(WRONG_CHECK_DIGIT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "110170020345", "11017002034500", "1101700203450x", "1.1017.00203.45.0",
        "+1101700203450", "1101700203450\t", "ID 1101700203450", "１１０１７００２０３４５０"
      })
  void test_parse_refusesWithoutShowingTheValue(String text) {
    assertThatThrownBy(() -> CitizenId.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(MESSAGE)
        .message()
        .doesNotContain("110170020345");
  }

  @Test
  void test_toString_hidesTheDigits() {
    CitizenId id = CitizenId.parse(VALID);
    assertThat(id).hasToString("CitizenId[***]");
    assertThat(id.toString()).doesNotContain(VALID).doesNotContainPattern("[0-9]");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(
            CitizenId.parse(VALID), CitizenId.parse("1-1017-00203-45-0"), CitizenId.parse("๑๑๐๑๗๐๐๒๐๓๔๕๐"))
        .addEqualityGroup(CitizenId.parse(WRONG_CHECK_DIGIT))
        .addEqualityGroup(CitizenId.parse(Models.withCheckDigit("310050012345")))
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(CitizenId.class);
    tester.testAllPublicInstanceMethods(CitizenId.parse(VALID));
  }
}
