package io.github.sapha.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.DesignationId;
import io.github.sapha.council.MeetingId;
import io.github.sapha.council.Network;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PersonName;
import io.github.sapha.council.PlanId;
import io.github.sapha.designation.Designation;
import io.github.sapha.designation.DesignationKind;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.SubdistrictCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Editing a registry by id: changed copies that keep document order and every builder rule. */
class RegistryEditsTest {
  private static final LocalDate AS_OF = LocalDate.of(2017, 5, 18);

  private static Council council(String code, String name) {
    return Council.builder()
        .id(BodyId.of("council-" + code))
        .nameTh(name)
        .area(CouncilArea.subdistrict(SubdistrictCode.parse(code)))
        .build();
  }

  private static Person person(String id) {
    return Person.builder().id(PersonId.of(id)).name(PersonName.builder().given("สมชาย").build()).build();
  }

  private static final Network NETWORK =
      Network.builder()
          .id(BodyId.of("network-5709"))
          .level(NetworkLevel.DISTRICT)
          .nameTh("เครือข่าย")
          .area(DistrictCode.parse("5709"))
          .build();

  private static final Registry REGISTRY =
      Registry.builder()
          .asOf(AS_OF)
          .addCouncils(council("570901", "แม่สาย"), council("570902", "ห้วยไคร้"), council("570908", "บ้านด้าย"))
          .addNetwork(NETWORK)
          .addPeople(person("p-1"), person("p-2"))
          .build();

  @Test
  void test_with_replacesTheObjectWithTheSameIdInItsPlace() {
    Council renamed = council("570902", "ห้วยไคร้ใหม่");
    Registry edited = REGISTRY.with(renamed);
    assertThat(edited.councils()).containsExactly(REGISTRY.councils().get(0), renamed, REGISTRY.councils().get(2));
    assertThat(edited.council(renamed.id())).contains(renamed);
    assertThat(REGISTRY.council(renamed.id()).orElseThrow().nameTh()).isEqualTo("ห้วยไคร้");
  }

  @Test
  void test_with_addsANewObjectAtTheEnd() {
    Registry edited = REGISTRY.with(council("570903", "เวียงพางคำ")).with(person("p-3"));
    assertThat(edited.councils()).extracting(c -> c.id().value()).endsWith("council-570903");
    assertThat(edited.people()).extracting(p -> p.id().value()).containsExactly("p-1", "p-2", "p-3");
  }

  @Test
  void test_with_keepsTheBuildersRules() {
    Council clash = council("570903", "ชน");
    Council sameIdAsNetwork = Council.builder().from(clash).id(NETWORK.id()).build();
    assertThatThrownBy(() -> REGISTRY.with(sameIdAsNetwork))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registry: id network-5709 is used by /councils/3 and /networks/0;"
            + " ids must be unique across councils, networks and organizations");
  }

  @Test
  void test_without_removesByIdKeepingTheOrderOfTheRest() {
    Registry edited = REGISTRY.without(BodyId.of("council-570902")).without(PersonId.of("p-1"));
    assertThat(edited.councils()).extracting(c -> c.id().value()).containsExactly("council-570901", "council-570908");
    assertThat(edited.people()).extracting(p -> p.id().value()).containsExactly("p-2");
    assertThat(REGISTRY.without(NETWORK.id()).networks()).isEmpty();
  }

  @Test
  void test_without_refusesAnIdTheRegistryDoesNotHold() {
    assertThatThrownBy(() -> REGISTRY.without(BodyId.of("ghost")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The registry has no council, network or organization ghost");
    assertThatThrownBy(() -> REGISTRY.without(PersonId.of("ghost")))
        .hasMessage("The registry has no person ghost");
    assertThatThrownBy(() -> REGISTRY.without(MeetingId.of("ghost")))
        .hasMessage("The registry has no meeting ghost");
    assertThatThrownBy(() -> REGISTRY.without(PlanId.of("ghost")))
        .hasMessage("The registry has no plan ghost");
    assertThatThrownBy(() -> REGISTRY.without(DesignationId.of("ghost")))
        .hasMessage("The registry has no designation ghost");
  }

  @Test
  void test_withAndWithout_designationsRoundTrip() {
    Designation zone =
        Designation.builder()
            .id(DesignationId.of("sez"))
            .nameTh("เขตเศรษฐกิจพิเศษ")
            .kind(DesignationKind.SPECIAL_ECONOMIC_ZONE)
            .addArea(DistrictCode.parse("5709"))
            .validFrom(LocalDate.of(2015, 1, 1))
            .build();
    Registry edited = REGISTRY.with(zone);
    assertThat(edited.designations()).containsExactly(zone);
    assertThat(edited.without(zone.id())).isEqualTo(REGISTRY);
  }

  @Test
  void test_withAsOf_movesTheDateOnly() {
    Registry moved = REGISTRY.withAsOf(AS_OF.plusYears(1));
    assertThat(moved.asOf()).isEqualTo(AS_OF.plusYears(1));
    assertThat(moved.withAsOf(AS_OF)).isEqualTo(REGISTRY);
  }
}
