package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sapha.council.DesignationId;
import io.github.sapha.designation.Designation;
import io.github.sapha.designation.DesignationKind;
import io.github.sapha.designation.SourceCertainty;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.meeting.SourceLink;
import io.github.sapha.plan.Plan;
import io.github.sapha.registry.Registry;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Designations in format v1: an optional collection, written only when there are any, read back equal. */
class DesignationJsonTest {
  private static final SaphaJson PRETTY = SaphaJson.builder().enable(SaphaFeature.PRETTY_PRINT).build();
  private static final DesignationId ZONE_ID = DesignationId.of("sez-chiang-rai");
  static final Designation ZONE =
      Designation.builder()
          .id(ZONE_ID)
          .nameTh("เขตพัฒนาเศรษฐกิจพิเศษเชียงราย")
          .nameEn("Chiang Rai special economic zone")
          .kind(DesignationKind.SPECIAL_ECONOMIC_ZONE)
          .addAreas(DistrictCode.parse("5709"), DistrictCode.parse("5708"), SubdistrictCode.parse("570301"))
          .validFrom(LocalDate.of(2015, 4, 1))
          .validTo(LocalDate.of(2035, 3, 31))
          .addSource(SourceLink.of("https://thainews.prd.go.th/", "PRD"))
          .certainty(SourceCertainty.NEWS_REPORTS)
          .note("from news reports, not the official announcement")
          .build();

  private static Registry withZone() {
    Registry full = FullRegistry.build();
    Plan plan = full.plans().get(0);
    return full.with(ZONE).with(Plan.builder().from(plan).addDesignation(ZONE_ID).build());
  }

  @Test
  void test_designations_roundTripAndMeetTheSchema() {
    Registry registry = withZone();
    String json = PRETTY.writeString(registry);
    assertThat(PRETTY.read(json)).isEqualTo(registry);
    assertThat(SaphaJson.defaults().read(SaphaJson.defaults().writeString(registry))).isEqualTo(registry);
    assertThat(SchemaTest.validate(json)).isEmpty();
    assertThat(json)
        .contains("\"designations\": [\n        \"sez-chiang-rai\"\n      ],")
        .contains("\"areas\": [\n        \"570301\",\n        \"5708\",\n        \"5709\"\n      ],")
        .contains("\"certainty\": \"news-reports\"");
  }

  @Test
  void test_aRegistryWithoutDesignations_isWrittenAsBefore() throws IOException {
    String old = CanonicalOutputTest.fullRegistryJson();
    assertThat(old).doesNotContain("designations");
    Registry read = PRETTY.read(old);
    assertThat(read.designations()).isEmpty();
    assertThat(PRETTY.writeString(read)).isEqualTo(old);
    // Even with empty collections written as [], the new collections are left out.
    assertThat(SaphaJson.defaults().writeString(read)).doesNotContain("designations");
  }

  @Test
  void test_aDuplicateArea_isRefusedAtTheRepeatedCode() {
    String json = PRETTY.writeString(withZone()).replace("\"570301\",", "\"5708\",");
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> PRETTY.read(json));
    assertThat(e.getPointer()).isEqualTo("/designations/0/areas/1");
    assertThat(e.getDetail()).isEqualTo("duplicate area \"5708\"");
  }

  @Test
  void test_anEndBeforeTheStart_isRefusedAtTheDesignation() {
    String json = PRETTY.writeString(withZone()).replace("\"2035-03-31\"", "\"2014-03-31\"");
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> PRETTY.read(json));
    assertThat(e.getPointer()).isEqualTo("/designations/0");
    assertThat(e.getDetail())
        .isEqualTo("designation sez-chiang-rai: validTo 2014-03-31 is before validFrom 2015-04-01");
    assertThat(SchemaTest.validate(json)).isEmpty(); // the schema cannot compare dates: the reader does
  }

  @Test
  void test_anEmptyDesignation_isRefusedByReaderAndSchema() {
    String json =
        PRETTY.writeString(withZone())
            .replace("\"areas\": [\n        \"570301\",\n        \"5708\",\n        \"5709\"\n      ]", "\"areas\": []");
    SaphaJsonException e = catchThrowableOfType(SaphaJsonException.class, () -> PRETTY.read(json));
    assertThat(e.getPointer()).isEqualTo("/designations/0");
    assertThat(e.getDetail()).isEqualTo("designation sez-chiang-rai: areas must not be empty");
    assertThat(SchemaTest.validate(json)).isNotEmpty();
  }
}
