package io.github.sapha.registry;

import static io.github.sapha.registry.WiangChai.AS_OF;
import static io.github.sapha.registry.WiangChai.BANGKOK_COUNCIL;
import static io.github.sapha.registry.WiangChai.BAN_DAI;
import static io.github.sapha.registry.WiangChai.BAN_DAI_COUNCIL;
import static io.github.sapha.registry.WiangChai.CHAIR_CHANGE;
import static io.github.sapha.registry.WiangChai.CHAIR_P1;
import static io.github.sapha.registry.WiangChai.CHAIR_P2;
import static io.github.sapha.registry.WiangChai.CHIANG_RAI;
import static io.github.sapha.registry.WiangChai.CODI;
import static io.github.sapha.registry.WiangChai.CODI_ORG;
import static io.github.sapha.registry.WiangChai.CODI_VISIT;
import static io.github.sapha.registry.WiangChai.COMMITTEE_P3;
import static io.github.sapha.registry.WiangChai.COMMITTEE_P4;
import static io.github.sapha.registry.WiangChai.COUNCILS;
import static io.github.sapha.registry.WiangChai.COUNCIL_JANUARY;
import static io.github.sapha.registry.WiangChai.COUNCIL_JUNE;
import static io.github.sapha.registry.WiangChai.COUNCIL_MARCH;
import static io.github.sapha.registry.WiangChai.DISTRICT;
import static io.github.sapha.registry.WiangChai.DISTRICT_NETWORK;
import static io.github.sapha.registry.WiangChai.FORUM;
import static io.github.sapha.registry.WiangChai.MAE_SAI_NETWORK;
import static io.github.sapha.registry.WiangChai.MAYOR;
import static io.github.sapha.registry.WiangChai.MEETINGS;
import static io.github.sapha.registry.WiangChai.MUEANG_CHUM;
import static io.github.sapha.registry.WiangChai.MUNICIPALITY;
import static io.github.sapha.registry.WiangChai.MUNICIPALITY_ORG;
import static io.github.sapha.registry.WiangChai.MUNICIPAL_COUNCIL;
import static io.github.sapha.registry.WiangChai.NATIONAL_NETWORK;
import static io.github.sapha.registry.WiangChai.NETWORKS;
import static io.github.sapha.registry.WiangChai.NETWORK_CHAIR;
import static io.github.sapha.registry.WiangChai.P1;
import static io.github.sapha.registry.WiangChai.P1_UNTIL_2019;
import static io.github.sapha.registry.WiangChai.P2;
import static io.github.sapha.registry.WiangChai.P2_FROM_2020;
import static io.github.sapha.registry.WiangChai.P3;
import static io.github.sapha.registry.WiangChai.P3_FROM_AS_OF;
import static io.github.sapha.registry.WiangChai.P4;
import static io.github.sapha.registry.WiangChai.P4_FROM_NEXT_DAY;
import static io.github.sapha.registry.WiangChai.P5;
import static io.github.sapha.registry.WiangChai.P5_UNTIL_AS_OF;
import static io.github.sapha.registry.WiangChai.P6;
import static io.github.sapha.registry.WiangChai.PEOPLE;
import static io.github.sapha.registry.WiangChai.PHA_NGAM_COUNCIL;
import static io.github.sapha.registry.WiangChai.PROVINCIAL_NETWORK;
import static io.github.sapha.registry.WiangChai.REGISTRY;
import static io.github.sapha.registry.WiangChai.SECRETARY_VACANT;
import static io.github.sapha.registry.WiangChai.TREASURER_P3;
import static io.github.sapha.registry.WiangChai.VICE_CHAIR_P5;
import static io.github.sapha.registry.WiangChai.WIANG_CHAI_COUNCIL;
import static io.github.sapha.registry.WiangChai.WIANG_NUEA_COUNCIL;
import static io.github.sapha.testing.Unmodifiable.assertUnmodifiable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.MeetingId;
import io.github.sapha.council.Models;
import io.github.sapha.council.Network;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.council.Organization;
import io.github.sapha.council.OrganizationKind;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PostRole;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.meeting.MeetingLevel;
import io.github.sapha.testing.IdSamples;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistryTest {
  private static final BodyId UNKNOWN = BodyId.of("nope");
  private static final BodyId WIANG_CHAI_ID = WIANG_CHAI_COUNCIL.id();
  private static final LocalDate YEAR_START = LocalDate.of(2020, 1, 1);
  private static final LocalDate YEAR_END = LocalDate.of(2020, 12, 31);

  // ---- contents and lookups ----------------------------------------------------------------

  @Test
  void test_builder_keepsDocumentOrder() {
    assertThat(REGISTRY.asOf()).isEqualTo(AS_OF);
    assertThat(REGISTRY.councils()).containsExactlyElementsOf(COUNCILS);
    assertThat(REGISTRY.networks()).containsExactlyElementsOf(NETWORKS);
    assertThat(REGISTRY.organizations()).containsExactly(CODI_ORG, MUNICIPALITY_ORG);
    assertThat(REGISTRY.people()).containsExactlyElementsOf(PEOPLE);
    assertThat(REGISTRY.meetings()).containsExactlyElementsOf(MEETINGS);
  }

  @Test
  void test_collections_unmodifiable() {
    assertUnmodifiable(REGISTRY.councils(), WIANG_CHAI_COUNCIL);
    assertUnmodifiable(REGISTRY.networks(), DISTRICT_NETWORK);
    assertUnmodifiable(REGISTRY.organizations(), CODI_ORG);
    assertUnmodifiable(REGISTRY.people(), PEOPLE.get(0));
    assertUnmodifiable(REGISTRY.meetings(), FORUM);
    assertUnmodifiable(REGISTRY.councilsIn(DISTRICT), WIANG_CHAI_COUNCIL);
    assertUnmodifiable(REGISTRY.members(WIANG_CHAI_ID, AS_OF), P2_FROM_2020);
    assertUnmodifiable(REGISTRY.posts(WIANG_CHAI_ID, AS_OF), CHAIR_P2);
    assertUnmodifiable(REGISTRY.officers(WIANG_CHAI_ID, AS_OF), CHAIR_P2);
    assertUnmodifiable(REGISTRY.holders(WIANG_CHAI_ID, PostRole.CHAIR, AS_OF), P2);
    assertUnmodifiable(REGISTRY.networksOf(WIANG_CHAI_ID), DISTRICT_NETWORK);
    assertUnmodifiable(REGISTRY.meetingsOf(WIANG_CHAI_ID, YEAR_START, YEAR_END), FORUM);
  }

  @Test
  void test_council_byId() {
    assertThat(REGISTRY.council(WIANG_CHAI_ID)).containsSame(WIANG_CHAI_COUNCIL);
    assertThat(REGISTRY.council(BodyId.of("c-570908"))).containsSame(BAN_DAI_COUNCIL);
    assertThat(REGISTRY.council(UNKNOWN)).isEmpty();
    assertThat(REGISTRY.council(DISTRICT_NETWORK.id())).isEmpty();
  }

  @Test
  void test_network_byId() {
    assertThat(REGISTRY.network(BodyId.of("net-57"))).containsSame(PROVINCIAL_NETWORK);
    assertThat(REGISTRY.network(UNKNOWN)).isEmpty();
    assertThat(REGISTRY.network(WIANG_CHAI_ID)).isEmpty();
  }

  @Test
  void test_organization_byId() {
    assertThat(REGISTRY.organization(MUNICIPALITY)).containsSame(MUNICIPALITY_ORG);
    assertThat(REGISTRY.organization(UNKNOWN)).isEmpty();
    assertThat(REGISTRY.organization(WIANG_CHAI_ID)).isEmpty();
  }

  @Test
  void test_person_byId() {
    assertThat(REGISTRY.person(P3)).containsSame(PEOPLE.get(2));
    assertThat(REGISTRY.person(PersonId.of("nope"))).isEmpty();
    // Namespaces are apart: a person id with a council's text is not that council.
    assertThat(REGISTRY.person(PersonId.of(WIANG_CHAI_ID.value()))).isEmpty();
  }

  @Test
  void test_meeting_byId() {
    assertThat(REGISTRY.meeting(MeetingId.of("m-forum"))).containsSame(FORUM);
    assertThat(REGISTRY.meeting(MeetingId.of("nope"))).isEmpty();
  }

  @Test
  void test_body_anyOfCouncilNetworkOrganization() {
    assertThat(REGISTRY.body(WIANG_CHAI_ID)).containsSame(WIANG_CHAI_COUNCIL);
    assertThat(REGISTRY.body(DISTRICT_NETWORK.id())).containsSame(DISTRICT_NETWORK);
    assertThat(REGISTRY.body(CODI)).containsSame(CODI_ORG);
    assertThat(REGISTRY.body(BodyId.of(P1.value()))).isEmpty();
    assertThat(REGISTRY.body(BodyId.of(FORUM.id().value()))).isEmpty();
    assertThat(REGISTRY.body(UNKNOWN)).isEmpty();
  }

  @Test
  void test_toString_countsOnly() {
    assertThat(REGISTRY)
        .hasToString("Registry[as of 2020-06-01: 6 councils, 4 networks, 2 organizations, 6 people, 5 meetings, 0 plans]");
    assertThat(Registry.builder().asOf(AS_OF).build())
        .hasToString("Registry[as of 2020-06-01: 0 councils, 0 networks, 0 organizations, 0 people, 0 meetings, 0 plans]");
  }

  // ---- councilsIn ----------------------------------------------------------------------------

  @Test
  void test_councilsIn_district() {
    // In document order, whether active or not; Ban Dai (5709) sits between them and is left out.
    assertThat(REGISTRY.councilsIn(DISTRICT))
        .containsExactly(WIANG_CHAI_COUNCIL, PHA_NGAM_COUNCIL, WIANG_NUEA_COUNCIL, MUNICIPAL_COUNCIL);
    assertThat(REGISTRY.councilsIn(BAN_DAI.district())).containsExactly(BAN_DAI_COUNCIL);
    assertThat(REGISTRY.councilsIn(DistrictCode.parse("5799"))).isEmpty();
  }

  @Test
  void test_councilsIn_province() {
    assertThat(REGISTRY.councilsIn(CHIANG_RAI))
        .containsExactly(
            WIANG_CHAI_COUNCIL, PHA_NGAM_COUNCIL, BAN_DAI_COUNCIL, WIANG_NUEA_COUNCIL, MUNICIPAL_COUNCIL);
    assertThat(REGISTRY.councilsIn(ProvinceCode.parse("10"))).containsExactly(BANGKOK_COUNCIL);
    assertThat(REGISTRY.councilsIn(ProvinceCode.parse("50"))).isEmpty();
  }

  @Test
  void test_councilsIn_subdistrictOfAMunicipalArea() {
    assertThat(REGISTRY.councilsIn(MUEANG_CHUM)).containsExactly(MUNICIPAL_COUNCIL);
    assertThat(REGISTRY.councilsIn(SubdistrictCode.parse("570202"))).containsExactly(WIANG_CHAI_COUNCIL);
  }

  // ---- members, posts, officers, holders ------------------------------------------------------

  @Test
  void test_members_onTheAsOfDate() {
    // p-1's seat ended on 31 Dec 2019, p-4's starts the next day; p-3's starts and p-5's ends on it.
    assertThat(REGISTRY.members(WIANG_CHAI_ID, AS_OF)).containsExactly(P2_FROM_2020, P3_FROM_AS_OF, P5_UNTIL_AS_OF);
  }

  @Test
  void test_members_onOtherDates() {
    assertThat(REGISTRY.members(WIANG_CHAI_ID, CHAIR_CHANGE.minusDays(1))).containsExactly(P1_UNTIL_2019, P5_UNTIL_AS_OF);
    assertThat(REGISTRY.members(WIANG_CHAI_ID, AS_OF.plusDays(1)))
        .containsExactly(P2_FROM_2020, P3_FROM_AS_OF, P4_FROM_NEXT_DAY);
    assertThat(REGISTRY.members(WIANG_CHAI_ID, LocalDate.of(2015, 12, 31))).isEmpty();
    assertThat(REGISTRY.members(MUNICIPAL_COUNCIL.id(), AS_OF)).isEmpty();
  }

  @Test
  void test_members_refusesUnknownCouncil() {
    assertThatThrownBy(() -> REGISTRY.members(UNKNOWN, AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The registry has no council nope");
    assertThatThrownBy(() -> REGISTRY.members(DISTRICT_NETWORK.id(), AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The registry has no council net-5702");
  }

  @Test
  void test_posts_heldAndVacantOnADate() {
    assertThat(REGISTRY.posts(WIANG_CHAI_ID, AS_OF))
        .containsExactly(CHAIR_P2, VICE_CHAIR_P5, SECRETARY_VACANT, TREASURER_P3, COMMITTEE_P3);
    assertThat(REGISTRY.posts(WIANG_CHAI_ID, AS_OF.plusDays(1)))
        .containsExactly(CHAIR_P2, SECRETARY_VACANT, TREASURER_P3, COMMITTEE_P4, COMMITTEE_P3);
    assertThat(REGISTRY.posts(WIANG_CHAI_ID, CHAIR_CHANGE.minusDays(1))).containsExactly(CHAIR_P1, VICE_CHAIR_P5);
  }

  @Test
  void test_posts_ofNetworksAndOrganizations() {
    assertThat(REGISTRY.posts(DISTRICT_NETWORK.id(), AS_OF)).containsExactly(NETWORK_CHAIR);
    assertThat(REGISTRY.posts(MUNICIPALITY, AS_OF)).containsExactly(MAYOR);
    assertThat(REGISTRY.posts(CODI, AS_OF)).isEmpty();
  }

  @Test
  void test_officers_heldOfficerPostsOnly() {
    // Not the vacant secretary, not the committee member.
    assertThat(REGISTRY.officers(WIANG_CHAI_ID, AS_OF)).containsExactly(CHAIR_P2, VICE_CHAIR_P5, TREASURER_P3);
    assertThat(REGISTRY.officers(WIANG_CHAI_ID, AS_OF.plusDays(1))).containsExactly(CHAIR_P2, TREASURER_P3);
    // The mayor's post is of role other, not an officer's.
    assertThat(REGISTRY.officers(MUNICIPALITY, AS_OF)).isEmpty();
    assertThat(REGISTRY.officers(DISTRICT_NETWORK.id(), AS_OF)).containsExactly(NETWORK_CHAIR);
  }

  @Test
  void test_holders_successiveChairs() {
    assertThat(REGISTRY.holders(WIANG_CHAI_ID, PostRole.CHAIR, LocalDate.of(2015, 12, 31))).isEmpty();
    assertThat(REGISTRY.holders(WIANG_CHAI_ID, PostRole.CHAIR, LocalDate.of(2016, 1, 1))).containsExactly(P1);
    assertThat(REGISTRY.holders(WIANG_CHAI_ID, PostRole.CHAIR, CHAIR_CHANGE.minusDays(1))).containsExactly(P1);
    assertThat(REGISTRY.holders(WIANG_CHAI_ID, PostRole.CHAIR, CHAIR_CHANGE)).containsExactly(P2);
    assertThat(REGISTRY.holders(WIANG_CHAI_ID, PostRole.CHAIR, AS_OF)).containsExactly(P2);
  }

  @Test
  void test_holders_vacantAndOtherRoles() {
    assertThat(REGISTRY.holders(WIANG_CHAI_ID, PostRole.SECRETARY, AS_OF)).isEmpty();
    assertThat(REGISTRY.holders(WIANG_CHAI_ID, PostRole.VICE_CHAIR, AS_OF)).containsExactly(P5);
    assertThat(REGISTRY.holders(WIANG_CHAI_ID, PostRole.VICE_CHAIR, AS_OF.plusDays(1))).isEmpty();
    assertThat(REGISTRY.holders(WIANG_CHAI_ID, PostRole.COMMITTEE_MEMBER, AS_OF.plusDays(1))).containsExactly(P4, P3);
    assertThat(REGISTRY.holders(MUNICIPALITY, PostRole.OTHER, AS_OF)).containsExactly(P6);
    assertThat(REGISTRY.holders(DISTRICT_NETWORK.id(), PostRole.CHAIR, AS_OF)).containsExactly(P2);
  }

  @Test
  void test_postsOfficersHolders_refuseUnknownBody() {
    String message = "The registry has no council, network or organization nope";
    assertThatThrownBy(() -> REGISTRY.posts(UNKNOWN, AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> REGISTRY.officers(UNKNOWN, AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> REGISTRY.holders(UNKNOWN, PostRole.CHAIR, AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> REGISTRY.posts(BodyId.of(P1.value()), AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The registry has no council, network or organization p-1");
  }

  // ---- networksOf ----------------------------------------------------------------------------

  @Test
  void test_networksOf_districtThenProvincialThenNational() {
    assertThat(REGISTRY.networksOf(WIANG_CHAI_ID))
        .containsExactly(DISTRICT_NETWORK, PROVINCIAL_NETWORK, NATIONAL_NETWORK);
    assertThat(REGISTRY.networksOf(BAN_DAI_COUNCIL.id()))
        .containsExactly(MAE_SAI_NETWORK, PROVINCIAL_NETWORK, NATIONAL_NETWORK);
  }

  @Test
  void test_networksOf_councilInNoNetwork() {
    assertThat(REGISTRY.networksOf(BANGKOK_COUNCIL.id())).isEmpty();
  }

  @Test
  void test_networksOf_eachNetworkOnceEvenWhenReachedTwice() {
    // The national meeting lists the district network directly as well as through the province,
    // and the district network lists the council twice.
    Network national =
        Network.builder().from(NATIONAL_NETWORK).addNetwork(DISTRICT_NETWORK.id()).build();
    Network district = Network.builder().from(DISTRICT_NETWORK).addCouncil(WIANG_CHAI_ID).build();
    Registry registry =
        Registry.builder()
            .from(REGISTRY)
            .networks(List.of(district, MAE_SAI_NETWORK, PROVINCIAL_NETWORK, national))
            .build();
    assertThat(registry.networksOf(WIANG_CHAI_ID)).containsExactly(district, PROVINCIAL_NETWORK, national);
  }

  @Test
  void test_networksOf_survivesACycle() {
    Network a = Models.network("net-a", NetworkLevel.NATIONAL, Optional.empty(),
        List.of(WIANG_CHAI_ID), List.of(BodyId.of("net-b")));
    Network b = Models.network("net-b", NetworkLevel.NATIONAL, Optional.empty(),
        List.of(), List.of(BodyId.of("net-a")));
    Registry registry = Registry.builder().asOf(AS_OF).addCouncil(WIANG_CHAI_COUNCIL).addNetworks(a, b).build();
    assertThat(registry.networksOf(WIANG_CHAI_ID)).containsExactly(a, b);
  }

  @Test
  void test_networksOf_refusesUnknownCouncil() {
    assertThatThrownBy(() -> REGISTRY.networksOf(UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The registry has no council nope");
    assertThatThrownBy(() -> REGISTRY.networksOf(DISTRICT_NETWORK.id()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The registry has no council net-5702");
  }

  // ---- meetingsOf ----------------------------------------------------------------------------

  @Test
  void test_meetingsOf_byBodyInDateOrder() {
    assertThat(REGISTRY.meetingsOf(WIANG_CHAI_ID, YEAR_START, YEAR_END))
        .containsExactly(COUNCIL_JANUARY, COUNCIL_MARCH, COUNCIL_JUNE);
  }

  @Test
  void test_meetingsOf_boundariesInclusive() {
    LocalDate january = COUNCIL_JANUARY.date();
    LocalDate june = COUNCIL_JUNE.date();
    assertThat(REGISTRY.meetingsOf(WIANG_CHAI_ID, january, june))
        .containsExactly(COUNCIL_JANUARY, COUNCIL_MARCH, COUNCIL_JUNE);
    assertThat(REGISTRY.meetingsOf(WIANG_CHAI_ID, january.plusDays(1), june.minusDays(1)))
        .containsExactly(COUNCIL_MARCH);
    assertThat(REGISTRY.meetingsOf(WIANG_CHAI_ID, june, june)).containsExactly(COUNCIL_JUNE);
    assertThat(REGISTRY.meetingsOf(WIANG_CHAI_ID, june.plusDays(1), YEAR_END)).isEmpty();
  }

  @Test
  void test_meetingsOf_byOrganiserSameDayInDocumentOrder() {
    // CODI organised the forum and the March council meeting, both on 10 March (forum first in
    // the document), and the June visit.
    assertThat(REGISTRY.meetingsOf(CODI, YEAR_START, YEAR_END)).containsExactly(FORUM, COUNCIL_MARCH, CODI_VISIT);
    assertThat(REGISTRY.meetingsOf(MUNICIPALITY, CODI_VISIT.date(), CODI_VISIT.date())).containsExactly(CODI_VISIT);
  }

  @Test
  void test_meetingsOf_bodyAndOrganiserCountOnce() {
    assertThat(REGISTRY.meetingsOf(DISTRICT_NETWORK.id(), YEAR_START, YEAR_END)).containsExactly(FORUM);
  }

  @Test
  void test_meetingsOf_refusesUnknownBody() {
    // Like members, posts and networksOf: a mistyped id must not pass for "no meetings".
    assertThatThrownBy(() -> REGISTRY.meetingsOf(UNKNOWN, YEAR_START, YEAR_END))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The registry has no council, network or organization " + UNKNOWN);
  }

  @Test
  void test_meetingsOf_refusesReversedPeriod() {
    assertThatThrownBy(() -> REGISTRY.meetingsOf(WIANG_CHAI_ID, YEAR_END, YEAR_START))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Period end 2020-01-01 is before its start 2020-12-31");
  }

  // ---- structure -----------------------------------------------------------------------------

  @Test
  void test_builder_refusesDuplicateIdsWithinACollection() {
    assertThatThrownBy(() -> Registry.builder().from(REGISTRY).addCouncil(WIANG_NUEA_COUNCIL).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registry: duplicate id c-570204 at /councils/6, first at /councils/3");
    assertThatThrownBy(() -> Registry.builder().from(REGISTRY).addNetwork(MAE_SAI_NETWORK).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registry: duplicate id net-5709 at /networks/4, first at /networks/1");
    assertThatThrownBy(() -> Registry.builder().from(REGISTRY).addOrganization(CODI_ORG).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registry: duplicate id codi at /organizations/2, first at /organizations/0");
    assertThatThrownBy(() -> Registry.builder().from(REGISTRY).addPerson(Models.person("p-2", "ก", "ข")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registry: duplicate id p-2 at /people/6, first at /people/1");
    assertThatThrownBy(() -> Registry.builder().from(REGISTRY).addMeeting(FORUM).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registry: duplicate id m-forum at /meetings/5, first at /meetings/1");
  }

  @Test
  void test_builder_refusesABodyIdUsedTwiceAcrossCollections() {
    Network sameIdAsCouncil =
        Models.network("c-570204", NetworkLevel.DISTRICT, Optional.of(DISTRICT),
            List.of(), List.of());
    assertThatThrownBy(() -> Registry.builder().from(REGISTRY).addNetwork(sameIdAsCouncil).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "registry: id c-570204 is used by /councils/3 and /networks/4;"
                + " ids must be unique across councils, networks and organizations");
    Organization sameIdAsNetwork =
        Organization.builder().id(BodyId.of("net-57")).kind(OrganizationKind.OTHER).nameTh("อื่น").build();
    assertThatThrownBy(() -> Registry.builder().from(REGISTRY).addOrganization(sameIdAsNetwork).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "registry: id net-57 is used by /networks/2 and /organizations/2;"
                + " ids must be unique across councils, networks and organizations");
  }

  @Test
  void test_builder_personAndMeetingIdsMayRepeatABodyId() {
    Registry registry =
        Registry.builder()
            .from(REGISTRY)
            .addPerson(Models.person("c-570202", "ก", "ข"))
            .addMeeting(Models.meeting("codi", AS_OF, MeetingLevel.OTHER,
                Optional.empty(), List.of(), List.of()))
            .build();
    assertThat(registry.person(PersonId.of(WIANG_CHAI_ID.value()))).isPresent();
    assertThat(registry.body(WIANG_CHAI_ID)).containsSame(WIANG_CHAI_COUNCIL);
    assertThat(registry.meeting(MeetingId.of(CODI.value()))).isPresent();
  }

  @Test
  void test_builder_requiresAsOf() {
    assertThatThrownBy(() -> Registry.builder().addCouncil(WIANG_CHAI_COUNCIL).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("registry: asOf must be set");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(REGISTRY, Registry.builder().from(REGISTRY).build())
        .addEqualityGroup(Registry.builder().from(REGISTRY).asOf(AS_OF.plusDays(1)).build())
        .addEqualityGroup(Registry.builder().from(REGISTRY).councils(List.of(WIANG_CHAI_COUNCIL)).build())
        .addEqualityGroup(Registry.builder().from(REGISTRY).networks(List.of()).build())
        .addEqualityGroup(Registry.builder().from(REGISTRY).organizations(List.of(MUNICIPALITY_ORG, CODI_ORG)).build())
        .addEqualityGroup(Registry.builder().from(REGISTRY).people(PEOPLE.subList(0, 5)).build())
        .addEqualityGroup(Registry.builder().from(REGISTRY).meetings(List.of(FORUM)).build())
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester =
        IdSamples.nullTester()
            .setDefault(BodyId.class, WIANG_CHAI_ID)
            .setDefault(LocalDate.class, AS_OF)
            .setDefault(DistrictCode.class, DISTRICT)
            .setDefault(io.github.sapha.geography.ProvinceCode.class, WiangChai.CHIANG_RAI)
            .setDefault(io.github.sapha.geography.AreaCode.class, DISTRICT)
            .setDefault(Gazetteer.class, Gazetteer.thailand());
    tester.testAllPublicStaticMethods(Registry.class);
    tester.testAllPublicInstanceMethods(Registry.builder());
    tester.testAllPublicInstanceMethods(REGISTRY);
  }
}
