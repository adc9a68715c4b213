package io.github.sapha.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.DesignationId;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.Registration;
import io.github.sapha.designation.Designation;
import io.github.sapha.designation.DesignationKind;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Designations held in a registry: which cover an area on a date, and the councils inside one. */
class RegistryDesignationsTest {
  private static final LocalDate AS_OF = LocalDate.of(2017, 5, 18);
  private static final DesignationId ZONE_ID = DesignationId.of("sez-chiang-rai");
  private static final Designation ZONE =
      Designation.builder()
          .id(ZONE_ID)
          .nameTh("เขตพัฒนาเศรษฐกิจพิเศษเชียงราย")
          .kind(DesignationKind.SPECIAL_ECONOMIC_ZONE)
          .addAreas(DistrictCode.parse("5709"), DistrictCode.parse("5708"), DistrictCode.parse("5703"))
          .validFrom(LocalDate.of(2015, 1, 1))
          .build();
  private static final Designation FLOOD =
      Designation.builder()
          .id(DesignationId.of("flood-2016"))
          .nameTh("เขตภัยพิบัติ")
          .kind(DesignationKind.DISASTER_AREA)
          .addArea(SubdistrictCode.parse("570908"))
          .validFrom(LocalDate.of(2016, 8, 1))
          .validTo(LocalDate.of(2016, 10, 31))
          .build();

  private static Council council(String code, LocalDate registered) {
    return Council.builder()
        .id(BodyId.of("council-" + code))
        .nameTh("สภาองค์กรชุมชนตำบล " + code)
        .area(CouncilArea.subdistrict(SubdistrictCode.parse(code)))
        .registration(Registration.of("r-" + code, registered))
        .build();
  }

  private static final Registry REGISTRY =
      Registry.builder()
          .asOf(AS_OF)
          .addCouncil(council("570908", LocalDate.of(2010, 1, 1)))
          .addCouncil(council("570901", LocalDate.of(2018, 1, 1))) // not yet registered on the as-of date
          .addCouncil(council("570202", LocalDate.of(2010, 1, 1))) // Wiang Chai: outside the zone
          .addCouncil(council("570801", LocalDate.of(2012, 1, 1)))
          .addDesignations(ZONE, FLOOD)
          .build();

  @Test
  void test_designationsCovering_anAreaOnADate() {
    SubdistrictCode banDai = SubdistrictCode.parse("570908");
    assertThat(REGISTRY.designationsCovering(banDai, AS_OF)).containsExactly(ZONE);
    assertThat(REGISTRY.designationsCovering(banDai, LocalDate.of(2016, 9, 1))).containsExactly(ZONE, FLOOD);
    assertThat(REGISTRY.designationsCovering(banDai, LocalDate.of(2014, 9, 1))).isEmpty();
    assertThat(REGISTRY.designationsCovering(ProvinceCode.parse("57"), AS_OF)).containsExactly(ZONE);
    assertThat(REGISTRY.designationsCovering(DistrictCode.parse("5702"), AS_OF)).isEmpty();
    assertThat(REGISTRY.designation(ZONE_ID)).contains(ZONE);
  }

  @Test
  void test_designationCoverage_countsActiveCouncilsInsideTheZone() {
    DesignationCoverage coverage = REGISTRY.designationCoverage(ZONE_ID);
    int subdistricts =
        Gazetteer.thailand().subdistricts(DistrictCode.parse("5709")).size()
            + Gazetteer.thailand().subdistricts(DistrictCode.parse("5708")).size()
            + Gazetteer.thailand().subdistricts(DistrictCode.parse("5703")).size();
    assertThat(coverage.total()).isEqualTo(subdistricts);
    assertThat(coverage.councils()).extracting(c -> c.id().value())
        .containsExactly("council-570908", "council-570801");
    assertThat(coverage.covered()).extracting(SubdistrictCode::value).containsExactly("570801", "570908");
    assertThat(coverage.uncovered()).hasSize(subdistricts - 2);
    assertThat(coverage.isFull()).isFalse();
    assertThat(coverage.toString())
        .isEqualTo("sez-chiang-rai on 2017-05-18: 2 councils, 2/" + subdistricts + " sub-districts");
  }

  @Test
  void test_designationCoverage_refusesAnUnknownDesignation() {
    assertThatThrownBy(() -> REGISTRY.designationCoverage(DesignationId.of("ghost")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The registry has no designation ghost");
  }

  @Test
  void test_build_refusesADuplicateDesignationId() {
    assertThatThrownBy(() -> Registry.builder().asOf(AS_OF).addDesignations(ZONE, FLOOD, ZONE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registry: duplicate id sez-chiang-rai at /designations/2, first at /designations/0");
  }

  @Test
  void test_toString_countsDesignationsOnlyWhenThereAreAny() {
    assertThat(REGISTRY.toString()).endsWith(", 0 plans, 2 designations]");
    assertThat(Registry.builder().asOf(AS_OF).build().toString()).endsWith(", 0 plans]");
  }

  @Test
  void test_plan_namesTheDesignationsItRespondsTo() {
    assertThat(io.github.sapha.plan.Plan.builder()
            .id(PlanId.of("plan-5709"))
            .titleTh("แผน")
            .level(io.github.sapha.plan.PlanLevel.DISTRICT)
            .owner(BodyId.of("network-5709"))
            .area(DistrictCode.parse("5709"))
            .period(io.github.sapha.calendar.FiscalYearRange.parse("2561-2564"))
            .addDesignation(ZONE_ID)
            .build()
            .designations())
        .containsExactly(ZONE_ID);
  }
}
