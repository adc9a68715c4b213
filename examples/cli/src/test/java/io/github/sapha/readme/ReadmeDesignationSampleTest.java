package io.github.sapha.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.Council;
import io.github.sapha.council.DesignationId;
import io.github.sapha.demo.MaeSaiRegistry;
import io.github.sapha.designation.Designation;
import io.github.sapha.designation.DesignationKind;
import io.github.sapha.designation.SourceCertainty;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.registry.DesignationCoverage;
import io.github.sapha.registry.Registry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the README's sample of section "Designations" compiling, running and saying what it claims. */
class ReadmeDesignationSampleTest {
  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "io", "github", "sapha", "readme", "ReadmeDesignationSampleTest.java");

  @Test
  void test_sample_runsAndItsCommentsAreTrue() {
    // README:begin
    Registry maeSai = MaeSaiRegistry.build();
    DesignationId zoneId = DesignationId.of("sez-chiang-rai");
    Designation zone = maeSai.designation(zoneId).orElseThrow(); // districts 5703, 5708, 5709 from 2015, news reports
    List<Designation> here = maeSai.designationsCovering(SubdistrictCode.parse("570908"), maeSai.asOf()); // [zone]

    DesignationCoverage inside = maeSai.designationCoverage(zoneId); // the councils active inside it on the as-of date
    int covered = inside.coveredCount(); // 8: Mae Sai's councils, of the zone's 21 sub-districts (inside.total())
    List<Council> councils = inside.councils(); // the 8 councils

    Designation pilot = Designation.builder()
        .id(DesignationId.of("pilot-570908"))
        .nameTh("พื้นที่นำร่องตำบลบ้านด้าย")
        .kind(DesignationKind.PILOT_PROGRAMME)
        .addArea(SubdistrictCode.parse("570908"))
        .validFrom(LocalDate.of(2017, 10, 1))
        .build(); // no areas, or validTo before validFrom: refused, naming the designation and the field
    // README:end

    assertThat(zone.areas()).extracting(AreaCode::value).containsExactly("5703", "5708", "5709");
    assertThat(zone.validFrom().getYear()).isEqualTo(2015);
    assertThat(zone.certainty()).isEqualTo(SourceCertainty.NEWS_REPORTS);
    assertThat(here).containsExactly(zone);
    assertThat(covered).isEqualTo(8);
    assertThat(inside.total()).isEqualTo(21);
    assertThat(councils).hasSize(8).allSatisfy(c -> assertThat(c.id().value()).startsWith("council-5709"));
    assertThat(pilot.covers(SubdistrictCode.parse("570908"))).isTrue();
    assertThat(maeSai.plan(io.github.sapha.council.PlanId.of("plan-5709")).orElseThrow().designations())
        .containsExactly(zoneId);
  }

  @Test
  void test_readme_showsExactlyTheSampleThatRuns() throws IOException {
    assertThat(ReadmeBlocks.javaBlockUnder("## Designations")).isEqualTo(ReadmeBlocks.markedRegion(THIS_FILE));
  }
}
