package io.github.sapha.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerConverterTest {

  @Test
  void test_convert_bundledGazetteerRoundTripsThroughTheCompactForm(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("thailand.tsv");
    GazetteerConverter.convert(Gazetteer.thailand(), out);
    String written = Files.readString(out, StandardCharsets.UTF_8);
    Gazetteer reread = BundledGazetteer.read(new BufferedReader(new StringReader(written)), "thailand.tsv");
    assertThat(reread.provinces()).isEqualTo(Gazetteer.thailand().provinces());
    assertThat(reread.districts()).isEqualTo(Gazetteer.thailand().districts());
    assertThat(reread.subdistricts()).isEqualTo(Gazetteer.thailand().subdistricts());
    // The committed resource is exactly what the converter writes: nobody edited it by hand.
    try (var bundled = BundledGazetteer.class.getResourceAsStream(BundledGazetteer.RESOURCE)) {
      assertThat(new String(bundled.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(written);
    }
    assertThat(written).startsWith("# Thailand's provinces");
    assertThat(written).contains("\nS\t570908\tบ้านด้าย\tBan Dai\t57220\n");
    assertThat(written).contains("\nP\t57\tเชียงราย\tChiang Rai\tNORTH\n");
    assertThat(written).contains("\nR\t104701\tบางนา\t104702 104703\tsplit\n");
  }

  @Test
  void test_correct_givesBuengKanDistrictsTheNamesOfTheirSubdistricts() {
    Gazetteer corrected = GazetteerConverter.correct(buengKan("เซกา", "พรเจริญ", "ศรีวิไล", "ปากคาด"), GazetteerConverter.CORRECTIONS);
    assertThat(corrected.districts())
        .extracting(District::toString)
        .containsExactly(
            "3802 พรเจริญ (Phon Charoen)", "3804 เซกา (Seka)", "3805 ปากคาด (Pak Khat)", "3807 ศรีวิไล (Si Wilai)");
    assertThat(corrected.subdistricts()).hasSize(4);
  }

  @Test
  void test_correct_refusesCorrectionsThatNoLongerFitTheReference() {
    assertThatThrownBy(
            () -> GazetteerConverter.correct(buengKan("พรเจริญ", "พรเจริญ", "ศรีวิไล", "ปากคาด"), GazetteerConverter.CORRECTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Correction of district 3802: the reference already names it พรเจริญ; remove the correction");
    assertThatThrownBy(
            () -> GazetteerConverter.correct(buengKan("เซกา", "บึงกาฬ", "ศรีวิไล", "ปากคาด"), GazetteerConverter.CORRECTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Correction of district 3804: the reference names it บึงกาฬ, not พรเจริญ as the correction expects; check the reference");
    Gazetteer empty = Gazetteer.builder().build();
    assertThatThrownBy(() -> GazetteerConverter.correct(empty, GazetteerConverter.CORRECTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Correction of district 3802: the reference has no such district");
  }

  /** Bueng Kan's four districts that the corrections name, with the reference's names and one sub-district each. */
  private static Gazetteer buengKan(String d3802, String d3804, String d3805, String d3807) {
    Gazetteer.Builder builder =
        Gazetteer.builder().add(Province.of(ProvinceCode.of(38), "บึงกาฬ", "Bueng Kan", Region.NORTHEAST));
    String[] names = {d3802, d3804, d3805, d3807};
    int[] codes = {3802, 3804, 3805, 3807};
    for (int i = 0; i < codes.length; i++) {
      builder.add(District.of(DistrictCode.of(codes[i]), names[i], "Reference"));
      builder.add(Subdistrict.of(SubdistrictCode.of(codes[i] * 100 + 1), "ตำบล" + i, "Tambon " + i, "38000"));
    }
    return builder.build();
  }

  @Test
  void test_write_editionAndRetiredCodesRoundTrip() throws IOException {
    GazetteerEdition edition = new GazetteerEdition("Test fixture", LocalDate.of(2025, 10, 1));
    Gazetteer small =
        Gazetteer.builder()
            .add(Province.of(ProvinceCode.of(57), "เชียงราย", "Chiang Rai", Region.NORTH))
            .add(District.of(DistrictCode.of(5709), "แม่สาย", "Mae Sai"))
            .add(Subdistrict.of(SubdistrictCode.of(570902), "ห้วยไคร้", "Huai Khrai", "57220"))
            .add(Subdistrict.of(SubdistrictCode.of(570908), "บ้านด้าย", "Ban Dai", "57220"))
            .addRetired(
                new RetiredSubdistrict(
                    SubdistrictCode.of(570999),
                    "เดิม",
                    List.of(SubdistrictCode.of(570908), SubdistrictCode.of(570902)),
                    CodeChange.SPLIT))
            .edition(edition)
            .build();
    StringBuilder written = new StringBuilder();
    BundledGazetteer.write(small, List.of("fixture"), written);
    assertThat(written.toString())
        .isEqualTo(
            "# fixture\n"
                + "E\t2025-10-01\tTest fixture\n"
                + "P\t57\tเชียงราย\tChiang Rai\tNORTH\n"
                + "D\t5709\tแม่สาย\tMae Sai\n"
                + "S\t570902\tห้วยไคร้\tHuai Khrai\t57220\n"
                + "S\t570908\tบ้านด้าย\tBan Dai\t57220\n"
                + "R\t570999\tเดิม\t570908 570902\tsplit\n");
    Gazetteer reread = BundledGazetteer.read(new BufferedReader(new StringReader(written.toString())), "t.tsv");
    assertThat(reread.edition()).contains(edition);
    assertThat(reread.retiredSubdistricts()).isEqualTo(small.retiredSubdistricts());
  }

  @Test
  void test_read_reportsBadEditionAndRetiredLines() {
    String badDate = "E\t2025-13-01\tTest fixture\n";
    assertThatThrownBy(() -> BundledGazetteer.read(new BufferedReader(new StringReader(badDate)), "t.tsv"))
        .isInstanceOf(GazetteerFormatException.class)
        .hasMessage("t.tsv line 1: edition date \"2025-13-01\" is not a date such as 2025-10-01");
    String badChange = "R\t570999\tเดิม\t570908\tmoved\n";
    assertThatThrownBy(() -> BundledGazetteer.read(new BufferedReader(new StringReader(badChange)), "t.tsv"))
        .isInstanceOf(GazetteerFormatException.class)
        .hasMessage("t.tsv line 1: Unknown change \"moved\": expected one of renumbered, split");
  }

  @Test
  void test_read_reportsBadLines() {
    String bad = "# comment\nP\t57\tเชียงราย\tChiang Rai\tNORTH\nX\t1\n";
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> BundledGazetteer.read(new BufferedReader(new StringReader(bad)), "thailand.tsv"))
        .isInstanceOf(GazetteerFormatException.class)
        .hasMessage("thailand.tsv line 3: unknown record kind \"X\"");
  }
}
