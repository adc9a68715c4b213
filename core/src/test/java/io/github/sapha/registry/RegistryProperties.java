package io.github.sapha.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.Council;
import io.github.sapha.council.ModelArbitraries;
import io.github.sapha.council.Network;
import io.github.sapha.council.Organization;
import io.github.sapha.council.Person;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.meeting.Meeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of registries built from generated parts. The parts combine into far
 * more edge cases than tries, so edge cases are off; list sizes from zero to
 * six are drawn at random, empty lists included.
 */
class RegistryProperties {
  private static final DistrictCode MAE_SAI = DistrictCode.parse("5709");

  @Provide
  Arbitrary<LocalDate> dates() {
    return ModelArbitraries.dates();
  }

  @Provide
  Arbitrary<List<Person>> people() {
    return ModelArbitraries.people();
  }

  @Provide
  Arbitrary<List<Council>> councils() {
    return ModelArbitraries.councils();
  }

  @Provide
  Arbitrary<List<Network>> networks() {
    return ModelArbitraries.networks();
  }

  @Provide
  Arbitrary<List<Organization>> organizations() {
    return ModelArbitraries.organizations();
  }

  @Provide
  Arbitrary<List<Meeting>> meetings() {
    return ModelArbitraries.meetings();
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void builder_preservesWhatWasPutIn(
      @ForAll("dates") LocalDate asOf,
      @ForAll("people") List<Person> people,
      @ForAll("councils") List<Council> councils,
      @ForAll("networks") List<Network> networks,
      @ForAll("organizations") List<Organization> organizations,
      @ForAll("meetings") List<Meeting> meetings) {
    Registry registry =
        Registry.builder()
            .asOf(asOf)
            .people(people)
            .councils(councils)
            .networks(networks)
            .organizations(organizations)
            .meetings(meetings)
            .build();

    assertThat(registry.asOf()).isEqualTo(asOf);
    assertThat(registry.people()).containsExactlyElementsOf(people);
    assertThat(registry.councils()).containsExactlyElementsOf(councils);
    assertThat(registry.networks()).containsExactlyElementsOf(networks);
    assertThat(registry.organizations()).containsExactlyElementsOf(organizations);
    assertThat(registry.meetings()).containsExactlyElementsOf(meetings);
    people.forEach(p -> assertThat(registry.person(p.id())).containsSame(p));
    councils.forEach(c -> assertThat(registry.council(c.id())).containsSame(c));
    councils.forEach(c -> assertThat(registry.body(c.id())).containsSame(c));
    networks.forEach(n -> assertThat(registry.network(n.id())).containsSame(n));
    networks.forEach(n -> assertThat(registry.body(n.id())).containsSame(n));
    organizations.forEach(o -> assertThat(registry.organization(o.id())).containsSame(o));
    organizations.forEach(o -> assertThat(registry.body(o.id())).containsSame(o));
    meetings.forEach(m -> assertThat(registry.meeting(m.id())).containsSame(m));
    assertThat(Registry.builder().from(registry).build()).isEqualTo(registry);
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void members_areTheCouncilsMembershipsActiveThatDay(
      @ForAll("councils") List<Council> councils, @ForAll("dates") LocalDate date) {
    Registry registry = Registry.builder().asOf(date).councils(councils).build();
    for (Council council : councils) {
      assertThat(registry.members(council.id(), date))
          .containsExactlyElementsOf(council.members().stream().filter(m -> m.term().contains(date)).toList());
      assertThat(registry.posts(council.id(), date))
          .containsExactlyElementsOf(council.posts().stream().filter(p -> p.term().contains(date)).toList());
    }
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void coverage_partitionsTheDistrictsSubdistricts(
      @ForAll("councils") List<Council> councils, @ForAll("dates") LocalDate date) {
    Registry registry = Registry.builder().asOf(date).councils(councils).build();
    Coverage coverage = registry.coverage(MAE_SAI, date, Gazetteer.thailand());

    List<SubdistrictCode> expected = new ArrayList<>();
    for (SubdistrictCode code : coverage.subdistricts()) {
      if (councils.stream().anyMatch(c -> c.isActiveOn(date) && c.area().subdistricts().contains(code))) {
        expected.add(code);
      }
    }
    assertThat(coverage.covered()).containsExactlyElementsOf(expected);
    assertThat(coverage.coveredCount() + coverage.uncovered().size()).isEqualTo(coverage.total());
    assertThat(coverage.uncovered()).noneMatch(coverage.covered()::contains);
    assertThat(coverage.isFull()).isEqualTo(coverage.uncovered().isEmpty());
    assertThat(coverage.ratio()).isEqualTo((double) expected.size() / coverage.total());
  }
}
