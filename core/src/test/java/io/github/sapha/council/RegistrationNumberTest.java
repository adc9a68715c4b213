package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationNumberTest {
  private static final String NUMBER = "สอช. 5709/2551";

  @Test
  void test_of_keepsTheTextAsGiven() {
    RegistrationNumber number = RegistrationNumber.of(NUMBER);
    assertThat(number.value()).isEqualTo(NUMBER);
    assertThat(number).hasToString(NUMBER);
    assertThat(RegistrationNumber.of(number.toString())).isEqualTo(number);
    assertThat(RegistrationNumber.SCHEME).isEqualTo("CODI");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void test_of_refusesBlank(String blank) {
    assertThatThrownBy(() -> RegistrationNumber.of(blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registration number: value must not be blank");
  }

  @Test
  void test_of_refusesPadded() {
    assertThatThrownBy(() -> RegistrationNumber.of(" 5709/2551"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registration number: value \" 5709/2551\" has leading or trailing white space");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(RegistrationNumber.of(NUMBER), RegistrationNumber.of("สอช. 5709/2551"))
        .addEqualityGroup(RegistrationNumber.of("สอช.5709/2551"))
        .addEqualityGroup(RegistrationNumber.of("5709/2551"))
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(RegistrationNumber.class);
    tester.testAllPublicInstanceMethods(RegistrationNumber.of(NUMBER));
  }
}
