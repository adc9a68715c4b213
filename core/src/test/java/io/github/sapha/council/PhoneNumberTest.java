package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {
  private static final String MESSAGE =
      "Invalid phone number: expected 8 to 15 digits after an optional '+'"
          + " (the value is personal data and is not shown)";
  private static final PhoneNumber OFFICE = PhoneNumber.parse("053-731-234");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "053-731-234      | 053731234",
        "+66 81 234 5678  | +66812345678",
        "(053) 731.234    | 053731234",
        "๐๕๓-๗๓๑-๒๓๔      | 053731234",
        "+๖๖ 81 234 5678  | +66812345678",
        "12345678         | 12345678",
        "123456789012345  | 123456789012345",
        "' +66812345678'  | +66812345678"
      })
  void test_parse_keepsDigitsAndLeadingPlus(String text, String value) {
    assertThat(PhoneNumber.parse(text).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "1234567", "+1234567", "1234567890123456", "053-731-23x", "66+812345678", "++66812345678",
        "053/731/234", "053_731_234", "tel. 053731234"
      })
  void test_parse_refusesWithoutShowingTheValue(String text) {
    assertThatThrownBy(() -> PhoneNumber.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(MESSAGE);
  }

  @Test
  void test_parse_messageNeverHoldsTheDigits() {
    assertThatThrownBy(() -> PhoneNumber.parse("053-731-23x"))
        .message()
        .doesNotContain("053")
        .doesNotContain("731");
  }

  @Test
  void test_toString_hidesTheNumber() {
    assertThat(OFFICE).hasToString("PhoneNumber[***]");
    assertThat(PhoneNumber.parse("+66 81 234 5678").toString()).doesNotContainPattern("[0-9+]");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(OFFICE, PhoneNumber.parse("053731234"), PhoneNumber.parse("(053) 731 234"))
        .addEqualityGroup(PhoneNumber.parse("+6653731234"))
        .addEqualityGroup(PhoneNumber.parse("053731235"))
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(PhoneNumber.class);
    tester.testAllPublicInstanceMethods(OFFICE);
  }
}
