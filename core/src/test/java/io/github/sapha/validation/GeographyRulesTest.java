package io.github.sapha.validation;

import static io.github.sapha.validation.Fixtures.COUNCIL_HUAI_KHRAI;
import static io.github.sapha.validation.Fixtures.COUNCIL_MAE_SAI;
import static io.github.sapha.validation.Fixtures.DISTRICT_NETWORK;
import static io.github.sapha.validation.Fixtures.DISTRICT_PLAN;
import static io.github.sapha.validation.Fixtures.HUAI_KHRAI;
import static io.github.sapha.validation.Fixtures.HUAI_KHRAI_PLAN;
import static io.github.sapha.validation.Fixtures.LG_MAE_SAI;
import static io.github.sapha.validation.Fixtures.MAE_SAI_PLAN;
import static io.github.sapha.validation.Fixtures.MAE_SAI_SUBDISTRICT;
import static io.github.sapha.validation.Fixtures.base;
import static io.github.sapha.validation.Fixtures.error;
import static io.github.sapha.validation.Fixtures.validate;
import static io.github.sapha.validation.Fixtures.warning;
import static io.github.sapha.validation.Fixtures.withCouncil;
import static io.github.sapha.validation.Fixtures.withNetwork;
import static io.github.sapha.validation.Fixtures.withOrganization;
import static io.github.sapha.validation.Fixtures.withPlan;
import static io.github.sapha.validation.Fixtures.withSuggestion;
import static io.github.sapha.validation.Fixtures.with;
import static io.github.sapha.validation.Fixtures.subdistrictCouncil;
import static io.github.sapha.validation.Fixtures.peopleOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.CouncilArea;
import io.github.sapha.geography.CodeChange;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.RetiredSubdistrict;
import io.github.sapha.geography.LocalGovernment;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.registry.Registry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** geo.unknown-code, geo.retired-code, geo.outside-parent and geo.name-mismatch. */
class GeographyRulesTest {
  /** Well formed, between Mae Sai's 570906 and 570908, but not in the gazetteer. */
  private static final SubdistrictCode MISSING_SUBDISTRICT = SubdistrictCode.parse("570907");
  private static final SubdistrictCode WIANG_PHANG_KHAM = SubdistrictCode.parse("570906");
  private static final DistrictCode MISSING_DISTRICT = DistrictCode.parse("5799");
  private static final DistrictCode MUEANG_CHIANG_RAI = DistrictCode.parse("5701");
  private static final SubdistrictCode BAN_DAI_CODE = SubdistrictCode.parse("570908");

  // ---- geo.unknown-code ---------------------------------------------------------------------

  @Test
  void test_unknownCode_planIntegrationAreaNotInGazetteer() {
    Registry registry = withPlan(base(), DISTRICT_PLAN, p -> p.integrationArea(MISSING_SUBDISTRICT));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.GEO_UNKNOWN_CODE, "/plans/0/integrationArea", "Sub-district code 570907 is not in the gazetteer"));
  }

  @Test
  void test_unknownCode_neighbouringCodeThatExistsIsFine() {
    Registry registry = withPlan(base(), DISTRICT_PLAN, p -> p.integrationArea(WIANG_PHANG_KHAM));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_unknownCode_councilAreaNotInGazetteer() {
    Registry registry =
        withCouncil(base(), COUNCIL_HUAI_KHRAI, c -> c.area(CouncilArea.subdistrict(MISSING_SUBDISTRICT)));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.GEO_UNKNOWN_CODE, "/councils/1/area/subdistricts/0",
                "Sub-district code 570907 is not in the gazetteer"));
  }

  @Test
  void test_nameMismatch_notReportedBesideAnUnknownCode() {
    // The unknown code is the fault; there is no gazetteer name to compare the given name with.
    Registry registry =
        withCouncil(base(), COUNCIL_HUAI_KHRAI,
            c -> c.area(CouncilArea.subdistrict(MISSING_SUBDISTRICT).withName("ห้วยไคร้")));
    assertThat(validate(registry).rules()).containsExactly(Rules.GEO_UNKNOWN_CODE);
  }

  @Test
  void test_unknownCode_districtOfNetwork() {
    Registry registry =
        withNetwork(base(), DISTRICT_NETWORK, n -> n.area(MISSING_DISTRICT).councils(List.of()).posts(List.of()));
    assertThat(validate(registry).violations())
        .containsExactly(error(Rules.GEO_UNKNOWN_CODE, "/networks/0/area", "District code 5799 is not in the gazetteer"));
  }

  // ---- geo.retired-code ---------------------------------------------------------------------

  @Test
  void test_retiredCode_splitCodeSuggestsItsReplacements() {
    // แขวงบางนา 104701 was split into บางนาเหนือ 104702 and บางนาใต้ 104703.
    Registry registry = withRetiredCouncil(base(), "104701", "บางนา");
    assertThat(validate(registry).violations())
        .containsExactly(
            withSuggestion(
                warning(Rules.GEO_RETIRED_CODE, "/councils/3/area/subdistricts/0",
                    "Sub-district code 104701 (บางนา) is retired: it was split into 104702 and 104703"),
                "104702 or 104703"));
  }

  @Test
  void test_retiredCode_renumberedCodeSuggestsTheNewCode() {
    // ท่าช้าง 300602 moved to the new district 3032 as 303202.
    Registry registry = withRetiredCouncil(base(), "300602", "ท่าช้าง");
    assertThat(validate(registry).violations())
        .containsExactly(
            withSuggestion(
                warning(Rules.GEO_RETIRED_CODE, "/councils/3/area/subdistricts/0",
                    "Sub-district code 300602 (ท่าช้าง) is retired: it was renumbered as 303202"),
                "303202"));
  }

  @Test
  void test_retiredCode_splitIntoFourNamesThemAll() {
    Registry registry = withPlan(base(), DISTRICT_PLAN, p -> p.area(DistrictCode.parse("1050"))
        .integrationArea(SubdistrictCode.parse("105001")));
    assertThat(validate(registry).violations(Rules.GEO_RETIRED_CODE))
        .containsExactly(
            withSuggestion(
                warning(Rules.GEO_RETIRED_CODE, "/plans/0/integrationArea",
                    "Sub-district code 105001 (บางบอน) is retired: it was split into 105002, 105003, 105004 and 105005"),
                "105002 or 105003 or 105004 or 105005"));
    assertThat(validate(registry).rules()).doesNotContain(Rules.GEO_UNKNOWN_CODE);
  }

  @Test
  void test_retiredCode_switchedOffReportsNothingInItsPlace() {
    Registry registry = withRetiredCouncil(base(), "300602", "ท่าช้าง");
    Validator validator =
        Validator.builder().policy(Policy.builder().disable(Rules.GEO_RETIRED_CODE).build()).build();
    assertThat(validator.validate(registry).violations()).isEmpty();
  }

  @Test
  void test_retiredCode_fromTheUsersOwnGazetteer() {
    // A gazetteer of one's own that knows Mae Sai's 570907 was renumbered as 570908.
    Gazetteer.Builder maeSai = Gazetteer.builder()
        .add(Gazetteer.thailand().province(ProvinceCode.of(57)).orElseThrow())
        .add(Gazetteer.thailand().district(DistrictCode.of(5709)).orElseThrow())
        .addAll(Gazetteer.thailand().subdistricts(DistrictCode.of(5709)))
        .addRetired(new RetiredSubdistrict(MISSING_SUBDISTRICT, "ทดสอบ", List.of(BAN_DAI_CODE), CodeChange.RENUMBERED));
    Registry registry = withPlan(base(), DISTRICT_PLAN, p -> p.integrationArea(MISSING_SUBDISTRICT));
    assertThat(Validator.builder().gazetteer(maeSai.build()).build().validate(registry).violations())
        .containsExactly(
            withSuggestion(
                warning(Rules.GEO_RETIRED_CODE, "/plans/0/integrationArea",
                    "Sub-district code 570907 (ทดสอบ) is retired: it was renumbered as 570908"),
                "570908"));
    assertThat(validate(registry).rules()).containsExactly(Rules.GEO_UNKNOWN_CODE);
  }

  /** Adds a valid council of a retired sub-district code, outside every network. */
  private static Registry withRetiredCouncil(Registry registry, String code, String name) {
    return with(registry, b -> b.addCouncil(subdistrictCouncil(code, name)).addAllPeople(peopleOf(code)));
  }

  // ---- geo.outside-parent -------------------------------------------------------------------

  @Test
  void test_outsideParent_councilSubdistrictOutsideItsLocalGovernment() {
    Registry registry =
        withCouncil(base(), COUNCIL_MAE_SAI,
            c -> c.area(CouncilArea.localGovernment(LG_MAE_SAI, MAE_SAI_SUBDISTRICT, HUAI_KHRAI).withName("แม่สาย")));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.GEO_OUTSIDE_PARENT, "/councils/0/area/subdistricts/1",
                "Sub-district 570902 of council council-570901 is filed under local government lg-570901, "
                    + "whose area [570901] does not contain it"));
  }

  @Test
  void test_outsideParent_councilSubdistrictsAllInsideTheLocalGovernment() {
    Registry registry =
        withOrganization(base(), LG_MAE_SAI, o -> o.localGovernment(
            LocalGovernment.builder()
                .from(o.build().localGovernment().orElseThrow())
                .addArea(HUAI_KHRAI)
                .build()));
    registry =
        withCouncil(registry, COUNCIL_MAE_SAI,
            c -> c.area(CouncilArea.localGovernment(LG_MAE_SAI, MAE_SAI_SUBDISTRICT, HUAI_KHRAI).withName("แม่สาย")));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_outsideParent_localGovernmentAreaOutsideTheOrganizationsArea() {
    Registry registry = withOrganization(base(), LG_MAE_SAI, o -> o.area(MUEANG_CHIANG_RAI));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.GEO_OUTSIDE_PARENT, "/organizations/0/localGovernment/area/0",
                "Area 570901 of local government lg-570901 is filed under district 5701, which does not contain it"));
  }

  @Test
  void test_outsideParent_planAreaOutsideItsLocalGovernment() {
    Registry registry = withPlan(base(), HUAI_KHRAI_PLAN, p -> p.localGovernment(LG_MAE_SAI));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.GEO_OUTSIDE_PARENT, "/plans/2/area",
                "Area 570902 of plan plan-570902 is filed under local government lg-570901, "
                    + "whose area [570901] does not contain it"));
  }

  @Test
  void test_outsideParent_planAreaInsideItsLocalGovernmentIsFine() {
    // The base's plan-570901 is filed under lg-570901, whose area is exactly 570901.
    assertThat(base().plan(MAE_SAI_PLAN).orElseThrow().localGovernment()).contains(LG_MAE_SAI);
    assertThat(validate(base()).violations(Rules.GEO_OUTSIDE_PARENT)).isEmpty();
  }

  // ---- geo.name-mismatch --------------------------------------------------------------------

  @Test
  void test_nameMismatch_nearMissSuggestsTheGazetteersName() {
    Registry registry = withAreaName("หเวยไคร้");
    assertThat(validate(registry).violations())
        .containsExactly(
            withSuggestion(
                warning(Rules.GEO_NAME_MISMATCH, "/councils/1/area/name",
                    "Council council-570902 names its area \"หเวยไคร้\", but the gazetteer's name of sub-district "
                        + "570902 is \"ห้วยไคร้\" (Huai Khrai)"),
                "ห้วยไคร้"));
  }

  @Test
  void test_nameMismatch_nearMissInEnglishSuggestsTheEnglishName() {
    Registry registry = withAreaName("Huai Krai");
    assertThat(validate(registry).violations())
        .containsExactly(
            withSuggestion(
                warning(Rules.GEO_NAME_MISMATCH, "/councils/1/area/name",
                    "Council council-570902 names its area \"Huai Krai\", but the gazetteer's name of sub-district "
                        + "570902 is \"ห้วยไคร้\" (Huai Khrai)"),
                "Huai Khrai"));
  }

  @Test
  void test_nameMismatch_farNameHasNoSuggestionButStillMismatches() {
    Registry registry = withAreaName("กรุงเทพ");
    assertThat(validate(registry).violations())
        .containsExactly(
            warning(Rules.GEO_NAME_MISMATCH, "/councils/1/area/name",
                "Council council-570902 names its area \"กรุงเทพ\", but the gazetteer's name of sub-district "
                    + "570902 is \"ห้วยไคร้\" (Huai Khrai)"));
  }

  @Test
  void test_nameMismatch_nameOfAnotherSubdistrictOfTheDistrictIsAMismatch() {
    // บ้านด้าย is a real name, but of 570908, not of the council's 570902; it is too far to suggest ห้วยไคร้.
    Registry registry = withAreaName("บ้านด้าย");
    assertThat(validate(registry).violations())
        .containsExactly(
            warning(Rules.GEO_NAME_MISMATCH, "/councils/1/area/name",
                "Council council-570902 names its area \"บ้านด้าย\", but the gazetteer's name of sub-district "
                    + "570902 is \"ห้วยไคร้\" (Huai Khrai)"));
  }

  @Test
  void test_nameMismatch_exactAndNormalisedNamesMatch() {
    for (String name : new String[] {"ห้วยไคร้", "ตำบลห้วยไคร้", "Huai Khrai", "huai khrai", "Tambon Huai Khrai"}) {
      assertThat(validate(withAreaName(name)).violations()).as(name).isEmpty();
    }
  }

  @Test
  void test_nameMismatch_localGovernmentAreaMatchesAnyOfItsSubdistricts() {
    // A municipality lying in 570901 and 570902 may be named after the second.
    Registry registry =
        withOrganization(base(), LG_MAE_SAI, o -> o.localGovernment(
            LocalGovernment.builder()
                .from(o.build().localGovernment().orElseThrow())
                .addArea(HUAI_KHRAI)
                .build()));
    registry =
        withCouncil(registry, COUNCIL_MAE_SAI,
            c -> c.area(CouncilArea.localGovernment(LG_MAE_SAI, MAE_SAI_SUBDISTRICT, HUAI_KHRAI).withName("ห้วยไคร้")));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_nameMismatch_noNameIsNotChecked() {
    Registry registry = withCouncil(base(), COUNCIL_HUAI_KHRAI, c -> c.area(CouncilArea.subdistrict(HUAI_KHRAI)));
    assertThat(validate(registry).violations()).isEmpty();
  }

  private static Registry withAreaName(String name) {
    return withCouncil(base(), COUNCIL_HUAI_KHRAI, c -> c.area(CouncilArea.subdistrict(HUAI_KHRAI).withName(name)));
  }

  // ---- geo.body-name-mismatch ---------------------------------------------------------------

  @Test
  void test_bodyNameMismatch_councilNamedAfterAnotherSubdistrictOfItsDistrict() {
    Registry registry = withCouncil(base(), COUNCIL_HUAI_KHRAI, c -> c.nameTh("สภาองค์กรชุมชนตำบลบ้านด้าย"));
    assertThat(validate(registry).violations())
        .containsExactly(
            withSuggestion(warning(Rules.GEO_BODY_NAME_MISMATCH, "/councils/1/nameTh",
                "Council council-570902 is named after sub-district 570908 (บ้านด้าย), but its area is sub-district "
                    + "570902 (ห้วยไคร้)"), "สภาองค์กรชุมชนตำบลห้วยไคร้"));
  }

  @Test
  void test_bodyNameMismatch_thePlaceNameEndsAtTheNextSpace() {
    Registry registry =
        withCouncil(base(), COUNCIL_HUAI_KHRAI, c -> c.nameTh("สภาองค์กรชุมชนตำบลบ้านด้าย อำเภอแม่สาย"));
    assertThat(validate(registry).violations(Rules.GEO_BODY_NAME_MISMATCH))
        .extracting(Violation::suggestion)
        .containsExactly(java.util.Optional.of("สภาองค์กรชุมชนตำบลห้วยไคร้ อำเภอแม่สาย"));
  }

  @Test
  void test_bodyNameMismatch_nameThatIsNoSubdistrictOfTheDistrictIsNotReported() {
    // เวียง is a sub-district of Mueang Chiang Rai (570101), not of Mae Sai; ห้วยไคร้บน is no sub-district's name.
    for (String name : List.of("สภาองค์กรชุมชนตำบลเวียง", "สภาองค์กรชุมชนตำบลห้วยไคร้บน", "สภาองค์กรชุมชนห้วยไคร้")) {
      Registry registry = withCouncil(base(), COUNCIL_HUAI_KHRAI, c -> c.nameTh(name));
      assertThat(validate(registry).violations()).as(name).isEmpty();
    }
  }

  @Test
  void test_bodyNameMismatch_municipalCouncilIsReadAfterItsLastTambon() {
    Registry registry = withCouncil(base(), COUNCIL_MAE_SAI, c -> c.nameTh("สภาองค์กรชุมชนเทศบาลตำบลห้วยไคร้"));
    assertThat(validate(registry).violations(Rules.GEO_BODY_NAME_MISMATCH))
        .extracting(Violation::path, Violation::suggestion)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            Pointer.parse("/councils/0/nameTh"), java.util.Optional.of("สภาองค์กรชุมชนเทศบาลตำบลแม่สาย")));
  }

  @Test
  void test_bodyNameMismatch_districtNetworkNamedAfterAnotherDistrictOfItsProvince() {
    Registry registry = withNetwork(base(), DISTRICT_NETWORK, n -> n.nameTh("เครือข่ายสภาองค์กรชุมชนอำเภอเมืองเชียงราย"));
    assertThat(validate(registry).violations())
        .containsExactly(
            withSuggestion(warning(Rules.GEO_BODY_NAME_MISMATCH, "/networks/0/nameTh",
                "Network network-5709 is named after district 5701 (เมืองเชียงราย), but its area is district 5709 "
                    + "(แม่สาย)"), "เครือข่ายสภาองค์กรชุมชนอำเภอแม่สาย"));
  }

  @Test
  void test_bodyNameMismatch_provincialNetworksAreNotChecked() {
    Registry registry = withNetwork(base(), Fixtures.PROVINCIAL_NETWORK, n -> n.nameTh("เครือข่ายอำเภอเมืองเชียงราย"));
    assertThat(validate(registry).violations()).isEmpty();
  }
}
