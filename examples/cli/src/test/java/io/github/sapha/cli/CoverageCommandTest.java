package io.github.sapha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.Registration;
import io.github.sapha.demo.MaeSaiJson;
import io.github.sapha.demo.MaeSaiRegistry;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.Subdistrict;
import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.registry.Registry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCommandTest {
  @TempDir Path dir;

  @Test
  void test_coverage_maeSaiIsFull() throws IOException {
    Path file = Files.write(dir.resolve("mae-sai.json"), MaeSaiJson.bytes());
    CliRun run = new CliRun("coverage", file.toString());
    assertThat(run.code).as("%s", run).isZero();
    assertThat(run.out)
        .contains("Coverage on 2017-05-18 (councils active that day)")
        .contains("Province 57 เชียงราย (Chiang Rai)")
        .containsPattern("\\n  5709 แม่สาย \\(Mae Sai\\) +8 +8 +8 +100\\.0%  yes\\R")
        // Mae Sai is full, but it is one of Chiang Rai's 18 districts and 8 of its 124 sub-districts.
        .containsPattern("\\n  17 districts with no council +116 +0 +0 +0\\.0%  no\\R")
        .containsPattern("\\n  Province total, all 18 districts +124 +8 +8 +6\\.5%  1 of 18 districts full\\R")
        .contains("\nThailand (every sub-district of the gazetteer)\n")
        .containsPattern("\\n  57 เชียงราย \\(Chiang Rai\\) +124 +8 +8 +6\\.5%  1 of 18 districts full\\R")
        .containsPattern("\\n  76 provinces with no council +7312 +0 +0 +0\\.0%  0 of 910 districts full\\R")
        .containsPattern(
            "\\n  Country total, all 77 provinces +7436 +8 +8 +0\\.1%  1 of 928 districts full\\R");
  }

  @Test
  void test_coverage_provinceTotalCountsDistrictsWithNoCouncil() throws IOException {
    // The issue's Chiang Rai registry: councils in 6 of 18 districts, covering 28 of their 48 sub-districts
    // (58.3 %), and of the province's 124 sub-districts (22.6 %).
    Path file = write("chiang-rai.json", councils(Map.of("5709", 8, "5702", 5, "5703", 7, "5704", 4, "5707", 2, "5710", 2)));
    CliRun run = new CliRun("coverage", file.toString());
    assertThat(run.code).as("%s", run).isZero();
    assertThat(run.out)
        .containsPattern("\\n  5702 เวียงชัย \\(Wiang Chai\\) +5 +5 +5 +100\\.0%  yes\\R")
        .containsPattern("\\n  5707 [^ ]+ \\([A-Za-z ]+\\) +11 +2 +2 +18\\.2%  no\\R")
        .containsPattern("\\n  12 districts with no council +76 +0 +0 +0\\.0%  no\\R")
        .containsPattern("\\n  Province total, all 18 districts +124 +28 +28 +22\\.6%  3 of 18 districts full\\R")
        .containsPattern("\\n  Country total, all 77 provinces +7436 +28 +28 +0\\.4%  3 of 928 districts full\\R")
        .doesNotContain("58.3");
    // Six district rows, the row of the others and the total: the rows add up to the total.
    assertThat(run.out.lines().filter(l -> l.matches("  57\\d\\d .*")).count()).isEqualTo(6);
  }

  @Test
  void test_coverage_oneTablePerProvinceWithCouncils() throws IOException {
    Path file = write("two.json", councils(Map.of("5709", 1, "1001", 12)));
    CliRun run = new CliRun("coverage", file.toString());
    assertThat(run.code).as("%s", run).isZero();
    assertThat(run.out)
        .contains("\nProvince 10 กรุงเทพมหานคร (Bangkok)\n")
        .containsPattern("\\n  1001 เขตพระนคร \\(Khet Phra Nakhon\\) +12 +12 +12 +100\\.0%  yes\\R")
        .containsPattern("\\n  Province total, all 50 districts +180 +12 +12 +6\\.7%  1 of 50 districts full\\R")
        .containsPattern("\\n  49 districts with no council +168 +0 +0 +0\\.0%  no\\R")
        .containsPattern("\\n  Province total, all 18 districts +124 +1 +1 +0\\.8%  0 of 18 districts full\\R")
        .containsPattern("\\n  75 provinces with no council +7132 +0 +0 +0\\.0%  0 of 860 districts full\\R")
        .containsPattern("\\n  Country total, all 77 provinces +7436 +13 +13 +0\\.2%  1 of 928 districts full\\R");
    assertThat(run.out.indexOf("Province 10 ")).isLessThan(run.out.indexOf("Province 57 "));
  }

  @Test
  void test_coverage_noCouncilStillGivesTheCountryTotal() throws IOException {
    Path file = write("empty.json", Registry.builder().asOf(LocalDate.of(2020, 6, 1)).build());
    CliRun run = new CliRun("coverage", file.toString());
    assertThat(run.code).as("%s", run).isZero();
    assertThat(run.out)
        .contains("No council lies in a known district.")
        .doesNotContain("\nProvince ")
        .containsPattern("\\n  77 provinces with no council +7436 +0 +0 +0\\.0%  0 of 928 districts full\\R")
        .containsPattern("\\n  Country total, all 77 provinces +7436 +0 +0 +0\\.0%  0 of 928 districts full\\R");
  }

  /** A council registered in 2015 in each of the first sub-districts of some districts. */
  private static Registry councils(Map<String, Integer> perDistrict) {
    Gazetteer thailand = Gazetteer.thailand();
    Registry.Builder registry = Registry.builder().asOf(LocalDate.of(2020, 6, 1));
    perDistrict.forEach((district, count) -> {
      for (Subdistrict s : thailand.subdistricts(DistrictCode.parse(district)).subList(0, count)) {
        registry.addCouncil(Council.builder()
            .id(BodyId.of("council-" + s.code()))
            .nameTh("สภาองค์กรชุมชนตำบล" + s.nameTh())
            .area(CouncilArea.subdistrict(s.code()))
            .registration(Registration.of("reg-" + s.code(), LocalDate.of(2015, 1, 1)))
            .build());
      }
    });
    return registry.build();
  }

  private Path write(String name, Registry registry) throws IOException {
    return Files.write(dir.resolve(name), SaphaJson.defaults().writeBytes(registry));
  }

  @Test
  void test_coverage_districtWithAGap() throws IOException {
    Registry maeSai = MaeSaiRegistry.build();
    List<Council> councils = new ArrayList<>(maeSai.councils());
    councils.set(6, Council.builder().from(councils.get(6)).dissolved(maeSai.asOf().minusDays(1)).build());
    Path file = dir.resolve("gap.json");
    Files.write(file, SaphaJson.defaults().writeBytes(Registry.builder().from(maeSai).councils(councils).build()));
    CliRun run = new CliRun("coverage", file.toString());
    assertThat(run.code).isZero();
    assertThat(run.out)
        .containsPattern("\\n  5709 แม่สาย \\(Mae Sai\\) +8 +7 +7 +87\\.5%  no\\R")
        .containsPattern("\\n  Province total, all 18 districts +124 +7 +7 +5\\.6%  0 of 18 districts full\\R");
  }

  @Test
  void test_coverage_missingFileExitsTwo() {
    CliRun run = new CliRun("coverage", dir.resolve("missing.json").toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).startsWith("sapha: Cannot read ");
  }
}
