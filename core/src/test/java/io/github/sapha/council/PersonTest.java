package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class PersonTest {
  private static final PersonId P1 = PersonId.of("person-1");
  private static final PersonName NAME = PersonName.of("สมชาย", "ใจดี");
  private static final PersonName NAME_EN = PersonName.of("Somchai", "Jaidee");
  private static final PhoneNumber PHONE = PhoneNumber.parse("081-234-5678");
  private static final CitizenId CITIZEN_ID = CitizenId.parse(Models.withCheckDigit("310050012345"));
  private static final Person FULL =
      Person.builder().id(P1).name(NAME).nameEn(NAME_EN).phone(PHONE).citizenId(CITIZEN_ID).build();
  private static final Person MINIMAL = Person.builder().id(P1).name(NAME).build();

  @Test
  void test_builder_keepsEverything() {
    assertThat(FULL.id()).isEqualTo(P1);
    assertThat(FULL.name()).isEqualTo(NAME);
    assertThat(FULL.nameEn()).contains(NAME_EN);
    assertThat(FULL.phone()).contains(PHONE);
    assertThat(FULL.citizenId()).contains(CITIZEN_ID);
    assertThat(MINIMAL.nameEn()).isEmpty();
    assertThat(MINIMAL.phone()).isEmpty();
    assertThat(MINIMAL.citizenId()).isEmpty();
  }

  @Test
  void test_toString_showsTheIdOnly() {
    assertThat(FULL).hasToString("Person[person-1]");
    assertThat(MINIMAL).hasToString("Person[person-1]");
  }

  @Test
  void test_builder_requiresIdAndName() {
    assertThatThrownBy(() -> Person.builder().name(NAME).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("person: id must be set");
    assertThatThrownBy(() -> Person.builder().id(P1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("person person-1: name must be set");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(FULL, Person.builder().from(FULL).build())
        .addEqualityGroup(MINIMAL, Models.person("person-1", "สมชาย", "ใจดี"))
        .addEqualityGroup(Person.builder().from(FULL).id(PersonId.of("person-2")).build())
        .addEqualityGroup(Person.builder().from(FULL).name(NAME_EN).build())
        .addEqualityGroup(Person.builder().from(MINIMAL).nameEn(NAME_EN).build())
        .addEqualityGroup(Person.builder().from(MINIMAL).phone(PHONE).build())
        .addEqualityGroup(Person.builder().from(MINIMAL).citizenId(CITIZEN_ID).build())
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Person.class);
    tester.testAllPublicInstanceMethods(Person.builder());
  }
}
