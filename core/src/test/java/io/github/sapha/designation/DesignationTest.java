package io.github.sapha.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sapha.council.DesignationId;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.meeting.SourceLink;
import io.github.sapha.testing.IdSamples;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DesignationTest {
  private static final LocalDate FROM = LocalDate.of(2015, 1, 1);
  private static final Designation ZONE =
      Designation.builder()
          .id(DesignationId.of("sez-chiang-rai"))
          .nameTh("เขตพัฒนาเศรษฐกิจพิเศษเชียงราย")
          .nameEn("Chiang Rai special economic zone")
          .kind(DesignationKind.SPECIAL_ECONOMIC_ZONE)
          .addAreas(DistrictCode.parse("5709"), DistrictCode.parse("5703"), SubdistrictCode.parse("570801"))
          .validFrom(FROM)
          .addSource(SourceLink.of("https://thainews.prd.go.th/", "PRD"))
          .certainty(SourceCertainty.NEWS_REPORTS)
          .note("from news reports, not the official announcement")
          .build();

  private static Designation.Builder minimal() {
    return Designation.builder()
        .id(DesignationId.of("d-1"))
        .nameTh("พื้นที่นำร่อง")
        .kind(DesignationKind.PILOT_PROGRAMME)
        .validFrom(FROM);
  }

  @Test
  void test_areas_areOrderedByCodeAndCertaintyDefaultsToUnverified() {
    assertThat(ZONE.areas()).extracting(AreaCode::value).containsExactly("5703", "570801", "5709");
    assertThat(minimal().addArea(DistrictCode.parse("5709")).build().certainty()).isEqualTo(SourceCertainty.UNVERIFIED);
  }

  @Test
  void test_covers_includesSubdistrictsOfACoveredDistrictButNotTheProvince() {
    assertThat(ZONE.covers(SubdistrictCode.parse("570908"))).isTrue();
    assertThat(ZONE.covers(DistrictCode.parse("5709"))).isTrue();
    assertThat(ZONE.covers(SubdistrictCode.parse("570802"))).isFalse();
    assertThat(ZONE.covers(ProvinceCode.parse("57"))).isFalse();
    assertThat(ZONE.overlaps(ProvinceCode.parse("57"))).isTrue();
    assertThat(ZONE.overlaps(DistrictCode.parse("5708"))).isTrue();
    assertThat(ZONE.overlaps(DistrictCode.parse("5702"))).isFalse();
  }

  @Test
  void test_isInForceOn_fromStartToEndInclusive() {
    Designation ended = minimal().addArea(DistrictCode.parse("5709")).validTo(LocalDate.of(2016, 12, 31)).build();
    assertThat(ended.isInForceOn(FROM.minusDays(1))).isFalse();
    assertThat(ended.isInForceOn(FROM)).isTrue();
    assertThat(ended.isInForceOn(LocalDate.of(2016, 12, 31))).isTrue();
    assertThat(ended.isInForceOn(LocalDate.of(2017, 1, 1))).isFalse();
    assertThat(ZONE.isInForceOn(LocalDate.of(2099, 1, 1))).isTrue();
  }

  @Test
  void test_build_refusesAnEmptyDesignation() {
    assertThatThrownBy(() -> minimal().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("designation d-1: areas must not be empty");
  }

  @Test
  void test_build_refusesAnEndBeforeTheStart() {
    assertThatThrownBy(() -> minimal().addArea(DistrictCode.parse("5709")).validTo(FROM.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("designation d-1: validTo 2014-12-31 is before validFrom 2015-01-01");
  }

  @Test
  void test_build_refusesAProvinceCode() {
    assertThatThrownBy(() -> minimal().addArea(ProvinceCode.parse("57")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("designation d-1: area 57 is a province code; a designation covers districts or sub-districts");
  }

  @Test
  void test_build_refusesABlankNameAndNamesMissingFields() {
    assertThatThrownBy(() -> minimal().nameTh(" ").addArea(DistrictCode.parse("5709")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("designation d-1: nameTh must not be blank");
    assertThatThrownBy(() -> Designation.builder().id(DesignationId.of("d-2")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("designation d-2: nameTh, kind and validFrom must be set");
  }

  @Test
  void test_toString_showsIdKindAreasAndPeriod() {
    assertThat(ZONE.toString())
        .isEqualTo("Designation[sez-chiang-rai special economic zone [5703, 570801, 5709] 2015-01-01/..]");
  }

  @Test
  void test_allMethods_refuseNull() {
    IdSamples.nullTester()
        .setDefault(AreaCode.class, DistrictCode.parse("5709"))
        .testAllPublicInstanceMethods(ZONE);
  }
}
