package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {
  private static final String GIVEN = "สมชาย";
  private static final String FAMILY = "ใจดี";
  private static final PersonName SOMCHAI = PersonName.of(GIVEN, FAMILY);
  private static final PersonName NAI_SOMCHAI =
      PersonName.builder().title("นาย").given(GIVEN).family(FAMILY).build();

  @Test
  void test_of_givenAndFamily() {
    assertThat(SOMCHAI.title()).isEmpty();
    assertThat(SOMCHAI.given()).isEqualTo(GIVEN);
    assertThat(SOMCHAI.family()).contains(FAMILY);
  }

  @Test
  void test_display_thaiStyle() {
    assertThat(NAI_SOMCHAI.display()).isEqualTo("นายสมชาย ใจดี");
    assertThat(SOMCHAI.display()).isEqualTo("สมชาย ใจดี");
    assertThat(PersonName.builder().given(GIVEN).build().display()).isEqualTo(GIVEN);
  }

  @Test
  void test_toString_hidesTheName() {
    assertThat(NAI_SOMCHAI).hasToString("PersonName[***]");
    assertThat(PersonName.of("Somchai", "Jaidee")).hasToString("PersonName[***]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\u3000"})
  void test_builder_refusesBlankParts(String blank) {
    assertThatThrownBy(() -> PersonName.of(blank, FAMILY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("person name: given must not be blank");
    assertThatThrownBy(() -> PersonName.of(GIVEN, blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("person name: family must not be blank");
    assertThatThrownBy(() -> PersonName.builder().title(blank).given(GIVEN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("person name: title must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {" สมชาย", "สมชาย ", "\tสมชาย", "สมชาย\n", "\u00a0สมชาย"})
  void test_builder_refusesPaddedPartsWithoutShowingThem(String padded) {
    assertThatThrownBy(() -> PersonName.of(padded, FAMILY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("person name: given has leading or trailing white space (value not shown: personal data)");
    assertThatThrownBy(() -> PersonName.of(FAMILY, padded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("person name: family has leading or trailing white space (value not shown: personal data)")
        .message()
        .doesNotContain(GIVEN);
    assertThatThrownBy(() -> PersonName.builder().title(padded).given(FAMILY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("person name: title has leading or trailing white space (value not shown: personal data)");
  }

  @Test
  void test_builder_innerSpacesAreKept() {
    assertThat(PersonName.of("Mary Ann", "van der Berg").display()).isEqualTo("Mary Ann van der Berg");
    assertThat(PersonName.builder().title("Mr.").given("John").family("Smith").build().display())
        .isEqualTo("Mr. John Smith");
    assertThat(PersonName.builder().title("Dr").given("Ann").build().display()).isEqualTo("Dr Ann");
  }

  @Test
  void test_builder_requiresGiven() {
    assertThatThrownBy(() -> PersonName.builder().family(FAMILY).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("person name: given must be set");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(SOMCHAI, PersonName.of(GIVEN, FAMILY), PersonName.builder().given(GIVEN).family(FAMILY).build())
        .addEqualityGroup(NAI_SOMCHAI)
        .addEqualityGroup(PersonName.builder().given(GIVEN).build())
        .addEqualityGroup(PersonName.of(FAMILY, GIVEN))
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(PersonName.class);
    tester.testAllPublicInstanceMethods(PersonName.builder());
  }
}
