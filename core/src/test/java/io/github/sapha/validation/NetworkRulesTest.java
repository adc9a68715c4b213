package io.github.sapha.validation;

import static io.github.sapha.validation.Fixtures.AS_OF;
import static io.github.sapha.validation.Fixtures.COUNCIL_MAE_SAI;
import static io.github.sapha.validation.Fixtures.DISTRICT_NETWORK;
import static io.github.sapha.validation.Fixtures.PROVINCIAL_NETWORK;
import static io.github.sapha.validation.Fixtures.TERM_START;
import static io.github.sapha.validation.Fixtures.base;
import static io.github.sapha.validation.Fixtures.council;
import static io.github.sapha.validation.Fixtures.error;
import static io.github.sapha.validation.Fixtures.person;
import static io.github.sapha.validation.Fixtures.validate;
import static io.github.sapha.validation.Fixtures.warning;
import static io.github.sapha.validation.Fixtures.with;
import static io.github.sapha.validation.Fixtures.withCouncil;
import static io.github.sapha.validation.Fixtures.withCouncils;
import static io.github.sapha.validation.Fixtures.withNetwork;
import static io.github.sapha.validation.Fixtures.withPeople;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.Network;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.Term;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.registry.Registry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network rules. */
class NetworkRulesTest {
  /** The Mae Sai sub-districts that the base has no council for. */
  private static final String[] OTHER_MAE_SAI_CODES = {"570903", "570904", "570905", "570906", "570909"};
  private static final PersonId OUTSIDER = PersonId.of("person-outsider");

  // ---- network.council-outside-district -----------------------------------------------------

  @Test
  void test_councilOutsideDistrict_councilOfMueangChiangRai() {
    Registry registry = withCouncils(base(), "570101");
    registry = withNetwork(registry, DISTRICT_NETWORK, n -> n.addCouncil(council("570101")));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.NETWORK_COUNCIL_OUTSIDE_DISTRICT, "/networks/0/councils/3",
                "Network network-5709 of district 5709 lists council council-570101, whose area [570101] lies outside "
                    + "the district"));
  }

  @Test
  void test_councilOutsideDistrict_councilOfTheDistrictIsFine() {
    Registry registry = withCouncils(base(), "570909");
    registry = withNetwork(registry, DISTRICT_NETWORK, n -> n.addCouncil(council("570909")));
    assertThat(validate(registry).violations()).isEmpty();
  }

  // ---- network.district-outside-province ----------------------------------------------------

  @Test
  void test_districtOutsideProvince_districtNetworkOfChiangMai() {
    Registry registry = withListedDistrictNetwork("5001");
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.NETWORK_DISTRICT_OUTSIDE_PROVINCE, "/networks/1/networks/1",
                "Network network-57 of province 57 lists network network-5001 of district 5001, which lies outside "
                    + "the province"));
  }

  @Test
  void test_districtOutsideProvince_districtNetworkOfTheProvinceIsFine() {
    assertThat(validate(withListedDistrictNetwork("5701")).violations()).isEmpty();
  }

  private static Registry withListedDistrictNetwork(String district) {
    BodyId id = BodyId.of("network-" + district);
    Network network =
        Network.builder()
            .id(id)
            .level(NetworkLevel.DISTRICT)
            .nameTh("เครือข่ายสภาองค์กรชุมชนอำเภอ " + district)
            .area(DistrictCode.parse(district))
            .build();
    Registry registry = with(base(), b -> b.addNetwork(network));
    return withNetwork(registry, PROVINCIAL_NETWORK, n -> n.addNetwork(id));
  }

  // ---- network.coverage-claim ---------------------------------------------------------------

  @Test
  void test_coverageClaim_fiveOfEightSubdistrictsWithoutCouncil() {
    Registry registry = withNetwork(base(), DISTRICT_NETWORK, n -> n.claimsFullCoverage(true));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.NETWORK_COVERAGE_CLAIM, "/networks/0/claimsFullCoverage",
                "Network network-5709 claims full coverage of district 5709, but 5 of its 8 sub-districts have no "
                    + "active council on 2017-05-18: 570903, 570904, 570905, 570906, 570909"));
  }

  @Test
  void test_coverageClaim_everySubdistrictCoveredIsFine() {
    Registry registry = withCouncils(base(), OTHER_MAE_SAI_CODES);
    registry = withNetwork(registry, DISTRICT_NETWORK, n -> n.claimsFullCoverage(true));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_coverageClaim_councilDissolvedOnTheAsOfDateCoversNothing() {
    Registry registry = withCouncils(base(), OTHER_MAE_SAI_CODES);
    registry = withCouncil(registry, COUNCIL_MAE_SAI, c -> c.dissolved(AS_OF));
    registry = withNetwork(registry, DISTRICT_NETWORK, n -> n.claimsFullCoverage(true));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.NETWORK_COVERAGE_CLAIM, "/networks/0/claimsFullCoverage",
                "Network network-5709 claims full coverage of district 5709, but 1 of its 8 sub-districts has no "
                    + "active council on 2017-05-18: 570901"));
  }

  @Test
  void test_coverageClaim_provinceListsTheFirstTenMissing() {
    Registry registry = withNetwork(base(), PROVINCIAL_NETWORK, n -> n.claimsFullCoverage(true));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.NETWORK_COVERAGE_CLAIM, "/networks/1/claimsFullCoverage",
                "Network network-57 claims full coverage of province 57, but 121 of its 124 sub-districts have no "
                    + "active council on 2017-05-18: 570101, 570102, 570103, 570104, 570105, 570106, 570107, 570111, "
                    + "570112, 570113 and 111 more"));
  }

  @Test
  void test_coverageClaim_notClaimedIsNotChecked() {
    assertThat(base().network(DISTRICT_NETWORK).orElseThrow().claimsFullCoverage()).isFalse();
    assertThat(validate(base()).violations()).isEmpty();
  }

  // ---- network.chair-not-member -------------------------------------------------------------

  @Test
  void test_chairNotMember_outsiderChairsTheDistrictNetwork() {
    Registry registry = withPeople(base(), OUTSIDER);
    registry = withNetwork(registry, DISTRICT_NETWORK, n -> n.posts(List.of(chair(OUTSIDER))));
    assertThat(validate(registry).violations())
        .containsExactly(
            warning(Rules.NETWORK_CHAIR_NOT_MEMBER, "/networks/0/posts/0/holder",
                "The chair of network network-5709, person person-outsider, sits on none of the network's councils "
                    + "on 2017-05-18"));
  }

  @Test
  void test_chairNotMember_provincialChairSittingOnACouncilOfAMemberNetworkIsFine() {
    Registry registry =
        withNetwork(base(), PROVINCIAL_NETWORK, n -> n.posts(List.of(chair(person("570902", 1)))));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_chairNotMember_provincialChairFromOutside() {
    Registry registry = withPeople(base(), OUTSIDER);
    registry = withNetwork(registry, PROVINCIAL_NETWORK, n -> n.posts(List.of(chair(OUTSIDER))));
    assertThat(validate(registry).violations())
        .containsExactly(
            warning(Rules.NETWORK_CHAIR_NOT_MEMBER, "/networks/1/posts/0/holder",
                "The chair of network network-57, person person-outsider, sits on none of the network's councils "
                    + "on 2017-05-18"));
  }

  private static Post chair(PersonId holder) {
    return Post.held(PostRole.CHAIR, holder, Term.from(TERM_START));
  }

  // ---- network.council-in-two-networks ------------------------------------------------------

  @Test
  void test_councilInTwoNetworks_secondDistrictNetworkListingACouncil() {
    Registry registry = with(base(), r -> r.addNetwork(secondMaeSaiNetwork().addCouncil(council("570902")).build()));
    assertThat(validate(registry).violations())
        .containsExactly(
            warning(Rules.NETWORK_COUNCIL_IN_TWO_NETWORKS, "/networks/2/councils/0",
                "Council council-570902 is listed by both network network-5709 and network network-5709-b; "
                    + "a council belongs to one district network"));
  }

  @Test
  void test_councilInTwoNetworks_secondDistrictNetworkWithOtherCouncilsIsFine() {
    Registry registry = withCouncils(base(), "570909");
    registry = with(registry, r -> r.addNetwork(secondMaeSaiNetwork().addCouncil(council("570909")).build()));
    assertThat(validate(registry).violations()).isEmpty();
  }

  private static Network.Builder secondMaeSaiNetwork() {
    return Network.builder()
        .id(BodyId.of("network-5709-b"))
        .level(NetworkLevel.DISTRICT)
        .nameTh("เครือข่ายสภาองค์กรชุมชนอำเภอแม่สาย")
        .area(DistrictCode.parse("5709"));
  }

  // ---- network.cycle ------------------------------------------------------------------------

  @Test
  void test_cycle_provincialNetworkReachedAgainThroughItsDistrictNetwork() {
    Registry registry = withNetwork(base(), DISTRICT_NETWORK, n -> n.addNetwork(PROVINCIAL_NETWORK));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.NETWORK_CYCLE, "/networks/1/networks/0",
                "Network network-57 lists network network-5709, which contains network network-57 through its "
                    + "member networks"));
  }

  @Test
  void test_cycle_networkListingItself() {
    Registry registry = withNetwork(base(), PROVINCIAL_NETWORK, n -> n.addNetwork(PROVINCIAL_NETWORK));
    assertThat(validate(registry).violations(Rules.NETWORK_CYCLE))
        .containsExactly(
            error(Rules.NETWORK_CYCLE, "/networks/1/networks/1",
                "Network network-57 lists itself as a member network"));
  }

  @Test
  void test_cycle_oneNetworkReachedByTwoPathsIsNoCycle() {
    Network national = Network.builder()
        .id(BodyId.of("national"))
        .level(NetworkLevel.NATIONAL)
        .nameTh("ที่ประชุมสภาองค์กรชุมชนระดับชาติ")
        .addNetworks(PROVINCIAL_NETWORK, DISTRICT_NETWORK)
        .build();
    Registry registry = with(base(), r -> r.addNetwork(national));
    assertThat(validate(registry).violations(Rules.NETWORK_CYCLE)).isEmpty();
  }
}
