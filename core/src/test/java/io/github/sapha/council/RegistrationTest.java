package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistrationTest {
  private static final LocalDate DATE = LocalDate.of(2010, 3, 1);
  private static final RegistrationNumber NUMBER = RegistrationNumber.of("5709/2553");

  @Test
  void test_of_parsesTheNumber() {
    Registration registration = Registration.of("5709/2553", DATE);
    assertThat(registration.number()).isEqualTo(NUMBER);
    assertThat(registration.date()).isEqualTo(DATE);
  }

  @Test
  void test_of_refusesBlankNumber() {
    assertThatThrownBy(() -> Registration.of(" ", DATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registration number: value must not be blank");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(Registration.of("5709/2553", DATE), new Registration(NUMBER, DATE))
        .addEqualityGroup(Registration.of("5709/2554", DATE))
        .addEqualityGroup(Registration.of("5709/2553", DATE.plusDays(1)))
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(String.class, "5709/2553")
            .setDefault(RegistrationNumber.class, NUMBER)
            .setDefault(LocalDate.class, DATE);
    tester.testAllPublicStaticMethods(Registration.class);
    tester.testAllPublicConstructors(Registration.class);
  }
}
