package io.github.sapha.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  private static final Gazetteer THAILAND = Gazetteer.thailand();
  private static final DistrictCode MAE_SAI = DistrictCode.parse("5709");
  private static final SubdistrictCode BAN_DAI = SubdistrictCode.parse("570908");
  private static final SubdistrictCode HUAI_KHRAI = SubdistrictCode.parse("570902");

  private static final String PROVINCES_CSV =
      "code,name_th,name_en,region\n57,เชียงราย,Chiang Rai,North\n10,กรุงเทพมหานคร,Bangkok,Central\n";
  private static final String DISTRICTS_CSV =
      "code,province_code,name_th,name_en\n5709,57,แม่สาย,Mae Sai\n1001,10,เขตพระนคร,Khet Phra Nakhon\n";
  private static final String SUBDISTRICTS_CSV =
      "code,district_code,name_th,name_en,postal_code\n"
          + "570908,5709,บ้านด้าย,Ban Dai,57220\n"
          + "570902,5709,\"ห้วยไคร้\",\"Huai Khrai\",57220\n"
          + "100101,1001,พระบรมมหาราชวัง,Phra Borom Maha Ratchawang,10200\n";
  /** Made-up retirements: the fixture's codes, not real history. */
  private static final String RETIRED_CSV =
      "code,name_th,replaced_by,change\n"
          + "570998,บ้านด้ายเดิม,570908 570902,split\n"
          + "570999,ห้วยไคร้เดิม,\"570902\",renumbered\n";

  @Test
  void test_thailand_holdsTheWholeCountry() {
    assertThat(THAILAND.provinces()).hasSize(77);
    assertThat(THAILAND.districts()).hasSize(928);
    assertThat(THAILAND.subdistricts()).hasSize(7436);
    assertThat(THAILAND.retiredSubdistricts()).hasSize(39);
    assertThat(THAILAND).hasToString("Gazetteer[77 provinces, 928 districts, 7436 sub-districts]");
    assertThat(Gazetteer.thailand()).isSameAs(THAILAND);
  }

  @Test
  void test_edition_namesTheSourceAndDate() {
    GazetteerEdition edition = THAILAND.edition().orElseThrow();
    assertThat(edition.date()).isEqualTo(java.time.LocalDate.of(2026, 12, 2));
    assertThat(edition.source()).startsWith("DOPA geocodes via kongvut/thai-province-data api/v1 (2022, MIT licence)");
    assertThat(edition).isEqualTo(GazetteerConverter.EDITION);
  }

  @Test
  void test_thailand_bangkokHasFiftyKhetAnd180Khwaeng() {
    ProvinceCode bangkok = ProvinceCode.of(10);
    assertThat(THAILAND.districts(bangkok)).hasSize(50).allMatch(d -> d.kind() == DistrictKind.KHET);
    assertThat(THAILAND.districts(bangkok).stream().mapToInt(d -> THAILAND.subdistricts(d.code()).size()).sum())
        .isEqualTo(180);
    assertThat(codes(THAILAND.find("บางนาเหนือ"))).containsExactly("104702");
    assertThat(codes(THAILAND.subdistricts(DistrictCode.of(1050))))
        .containsExactly("105002", "105003", "105004", "105005");
  }

  @Test
  void test_thailand_buengKanCodesFollowDopa() {
    assertThat(THAILAND.district(DistrictCode.of(3802)).orElseThrow().nameTh()).isEqualTo("พรเจริญ");
    assertThat(THAILAND.district(DistrictCode.of(3804)).orElseThrow().nameTh()).isEqualTo("เซกา");
    // Each of the four districts that the reference had misnamed has its seat, a sub-district of its name.
    for (int code : new int[] {3802, 3804, 3805, 3807}) {
      District district = THAILAND.district(DistrictCode.of(code)).orElseThrow();
      assertThat(THAILAND.subdistricts(district.code()))
          .as("%s", district)
          .extracting(Subdistrict::nameTh)
          .contains(district.nameTh());
    }
    assertThat(THAILAND.subdistrict(SubdistrictCode.of(380203)).orElseThrow())
        .hasToString("380203 พรเจริญ (Phon Charoen) 38180");
  }

  @Test
  void test_thailand_kanlayaniwatthanaWithItsThreeSubdistricts() {
    assertThat(THAILAND.district(DistrictCode.of(5025)).orElseThrow())
        .hasToString("5025 กัลยาณิวัฒนา (Kanlayaniwatthana)");
    assertThat(codes(THAILAND.subdistricts(DistrictCode.of(5025)))).containsExactly("502501", "502502", "502503");
    assertThat(THAILAND.retired(SubdistrictCode.of(500306)).orElseThrow().replacedBy())
        .containsExactly(SubdistrictCode.of(502501));
  }

  @Test
  void test_thailand_chiangRaiHas18DistrictsAnd124Subdistricts() {
    ProvinceCode chiangRai = ProvinceCode.of(57);
    assertThat(THAILAND.districts(chiangRai)).hasSize(18);
    assertThat(THAILAND.districts(chiangRai).stream().mapToInt(d -> THAILAND.subdistricts(d.code()).size()).sum())
        .isEqualTo(124);
  }

  @Test
  void test_thailand_noTwoCurrentSubdistrictsOfOneDistrictShareAThaiName() {
    for (District district : THAILAND.districts()) {
      List<String> names =
          THAILAND.subdistricts(district.code()).stream().map(Subdistrict::nameTh).collect(Collectors.toList());
      assertThat(names).as("%s", district).doesNotHaveDuplicates();
    }
  }

  @Test
  void test_thailand_everyNameIsNfcWithSingleSpaces() {
    List<String> names = new java.util.ArrayList<>();
    for (Area area : THAILAND.provinces()) {
      names.add(area.nameTh());
      names.add(area.nameEn());
    }
    THAILAND.districts().forEach(a -> names.addAll(List.of(a.nameTh(), a.nameEn())));
    THAILAND.subdistricts().forEach(a -> names.addAll(List.of(a.nameTh(), a.nameEn())));
    THAILAND.retiredSubdistricts().forEach(r -> names.add(r.nameTh()));
    assertThat(names).hasSize(2 * (77 + 928 + 7436) + 39);
    for (String name : names) {
      assertThat(java.text.Normalizer.isNormalized(name, java.text.Normalizer.Form.NFC)).as(name).isTrue();
      assertThat(name).as(name).doesNotContain("  ").matches("\\S+( \\S+)*");
    }
    assertThat(THAILAND.subdistrict(SubdistrictCode.of(450109)).orElseThrow().nameTh()).isEqualTo("ปอภาร");
  }

  @Test
  void test_thailand_retiredCodesAndTheirReplacements() {
    RetiredSubdistrict bangNa = THAILAND.retired(SubdistrictCode.of(104701)).orElseThrow();
    assertThat(bangNa).hasToString("104701 บางนา (split into 104702, 104703)");
    assertThat(THAILAND.retired(SubdistrictCode.of(300602)).orElseThrow())
        .hasToString("300602 ท่าช้าง (renumbered as 303202)");
    assertThat(THAILAND.subdistrict(SubdistrictCode.of(303202)).orElseThrow().nameTh()).isEqualTo("ท่าช้าง");
    for (RetiredSubdistrict retired : THAILAND.retiredSubdistricts()) {
      assertThat(THAILAND.contains(retired.code())).as("%s", retired).isFalse();
      assertThat(retired.replacedBy()).as("%s", retired).allMatch(THAILAND::contains);
    }
    assertThat(THAILAND.retired(BAN_DAI)).isEmpty();
  }

  @Test
  void test_subdistricts_maeSaiHasTheSeedsEightSubdistricts() {
    List<String> maeSai =
        THAILAND.subdistricts(MAE_SAI).stream()
            .map(s -> s.code() + " " + s.nameEn() + " " + s.postalCode())
            .collect(Collectors.toList());
    assertThat(maeSai)
        .containsExactly(
            "570901 Mae Sai 57130",
            "570902 Huai Khrai 57220",
            "570903 Ko Chang 57130",
            "570904 Pong Pha 57130",
            "570905 Si Mueang Chum 57130",
            "570906 Wiang Phang Kham 57130",
            "570908 Ban Dai 57220",
            "570909 Pong Ngam 57130");
    assertThat(THAILAND.children(MAE_SAI)).isEqualTo(THAILAND.subdistricts(MAE_SAI));
  }

  @Test
  void test_path_banDai() {
    AreaPath path = THAILAND.path(BAN_DAI).orElseThrow();
    assertThat(path.thai()).isEqualTo("เชียงราย › แม่สาย › บ้านด้าย");
    assertThat(path.english()).isEqualTo("Chiang Rai › Mae Sai › Ban Dai");
    assertThat(path).hasToString("เชียงราย › แม่สาย › บ้านด้าย");
    assertThat(path.last().code()).isEqualTo(BAN_DAI);
    assertThat(THAILAND.path(MAE_SAI).orElseThrow().english()).isEqualTo("Chiang Rai › Mae Sai");
    assertThat(THAILAND.path(ProvinceCode.of(57)).orElseThrow().english()).isEqualTo("Chiang Rai");
    assertThat(THAILAND.path(SubdistrictCode.parse("570907"))).isEmpty();
  }

  @Test
  void test_lookup_byCode() {
    assertThat(THAILAND.subdistrict(BAN_DAI).orElseThrow().nameTh()).isEqualTo("บ้านด้าย");
    assertThat(THAILAND.district(MAE_SAI).orElseThrow().nameEn()).isEqualTo("Mae Sai");
    Province chiangRai = THAILAND.province(ProvinceCode.of(57)).orElseThrow();
    assertThat(chiangRai.region()).isEqualTo(Region.NORTH);
    assertThat(chiangRai).hasToString("57 เชียงราย (Chiang Rai)");
    assertThat(THAILAND.area(AreaCode.parse("570908"))).containsInstanceOf(Subdistrict.class);
    // Codes have gaps: 570907 is well formed but does not exist.
    assertThat(THAILAND.contains(SubdistrictCode.parse("570907"))).isFalse();
    assertThat(THAILAND.districts(ProvinceCode.of(57))).hasSize(18);
    assertThat(THAILAND.children(BAN_DAI)).isEmpty();
  }

  @Test
  void test_kinds_bangkokUsesKhetAndKhwaeng() {
    District phraNakhon = THAILAND.district(DistrictCode.of(1001)).orElseThrow();
    Subdistrict palace = THAILAND.subdistrict(SubdistrictCode.of(100101)).orElseThrow();
    assertThat(phraNakhon.kind()).isEqualTo(DistrictKind.KHET);
    assertThat(phraNakhon.kind().thai()).isEqualTo("เขต");
    assertThat(palace.kind()).isEqualTo(SubdistrictKind.KHWAENG);
    assertThat(palace.kind().thai()).isEqualTo("แขวง");
    assertThat(THAILAND.province(ProvinceCode.of(10)).orElseThrow().isBangkok()).isTrue();
    assertThat(THAILAND.district(MAE_SAI).orElseThrow().kind()).isEqualTo(DistrictKind.AMPHOE);
    assertThat(THAILAND.subdistrict(BAN_DAI).orElseThrow().kind()).isEqualTo(SubdistrictKind.TAMBON);
    assertThat(THAILAND.subdistrict(BAN_DAI).orElseThrow().kind().english()).isEqualTo("Tambon");
  }

  @Test
  void test_find_exactAndNormalised() {
    assertThat(codes(THAILAND.find("บ้านด้าย", AreaLevel.SUBDISTRICT))).contains("570908");
    assertThat(codes(THAILAND.find("ตำบลบ้านด้าย"))).contains("570908");
    assertThat(codes(THAILAND.find("ต. บ้านด้าย"))).contains("570908");
    assertThat(codes(THAILAND.find("  BAN   dai "))).contains("570908");
    assertThat(codes(THAILAND.find("Huai Khrai"))).contains("570902");
    assertThat(codes(THAILAND.find("อำเภอแม่สาย", AreaLevel.DISTRICT))).containsExactly("5709");
    assertThat(codes(THAILAND.find("จ.เชียงราย"))).containsExactly("57");
    assertThat(codes(THAILAND.find("Amphoe Mae Sai", AreaLevel.DISTRICT))).containsExactly("5709");
    // Bangkok's district names carry เขต in the data; both forms find them.
    assertThat(codes(THAILAND.find("พระนคร", AreaLevel.DISTRICT))).containsExactly("1001");
    assertThat(codes(THAILAND.find("เขตพระนคร"))).containsExactly("1001");
    // "Mae Sai" names a district and sub-districts in three provinces: districts come first.
    assertThat(codes(THAILAND.find("mae-sai")))
        .containsExactly("5709", "540214", "560114", "570901");
    assertThat(THAILAND.find("หเวยไคร้")).isEmpty();
    assertThat(THAILAND.find("   ")).isEmpty();
  }

  @Test
  void test_find_thaiDigitsMatchAscii() {
    Gazetteer numbered =
        Gazetteer.builder()
            .add(Province.of(ProvinceCode.of(57), "เชียงราย", "Chiang Rai", Region.NORTH))
            .add(District.of(DistrictCode.of(5709), "แม่สาย", "Mae Sai"))
            .add(Subdistrict.of(SubdistrictCode.of(570911), "นิคม 2", "Nikhom 2", "57130"))
            .build();
    assertThat(codes(numbered.find("นิคม ๒"))).containsExactly("570911");
    assertThat(codes(numbered.find("nikhom2"))).containsExactly("570911");
  }

  @Test
  void test_suggest_seedMisspellingOfHuaiKhrai() {
    List<NameSuggestion> suggestions = THAILAND.suggest("หเวยไคร้", 5);
    assertThat(suggestions).isNotEmpty();
    NameSuggestion first = suggestions.get(0);
    assertThat(first.area().code()).isEqualTo(HUAI_KHRAI);
    assertThat(first.name()).isEqualTo("ห้วยไคร้");
    assertThat(first.distance()).isEqualTo(1);
    assertThat(suggestions).hasSizeLessThanOrEqualTo(5);
    assertThat(suggestions).isSortedAccordingTo(java.util.Comparator.comparingInt(NameSuggestion::distance));
  }

  @Test
  void test_suggestInScope_narrowsToTheScope() {
    List<NameSuggestion> inMaeSai = THAILAND.suggest("หเวยไคร้", MAE_SAI, 3);
    assertThat(inMaeSai).extracting(s -> s.area().code().value()).containsExactly("570902");
    assertThat(THAILAND.suggest("Huai Krai", MAE_SAI, 3))
        .extracting(NameSuggestion::name)
        .containsExactly("Huai Khrai");
    assertThat(THAILAND.suggest("Ban Dia", MAE_SAI, 3))
        .extracting(s -> s.area().code().value())
        .containsExactly("570908");
  }

  @Test
  void test_suggest_exactAndFarNamesAreNotSuggestions() {
    assertThat(THAILAND.suggest("ห้วยไคร้", MAE_SAI, 3)).isEmpty();
    assertThat(THAILAND.suggest("กรุงเทพมหานคร", MAE_SAI, 3)).isEmpty();
    assertThatThrownBy(() -> THAILAND.suggest("x", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be at least 1: 0");
  }

  @Test
  void test_readCsv_fromReaders() throws IOException {
    Gazetteer small = read(PROVINCES_CSV, DISTRICTS_CSV, SUBDISTRICTS_CSV);
    assertThat(small).hasToString("Gazetteer[2 provinces, 2 districts, 3 sub-districts]");
    assertThat(codes(small.provinces())).containsExactly("10", "57");
    assertThat(small.subdistrict(HUAI_KHRAI).orElseThrow().nameTh()).isEqualTo("ห้วยไคร้");
    assertThat(small.path(BAN_DAI).orElseThrow().english()).isEqualTo("Chiang Rai › Mae Sai › Ban Dai");
  }

  @Test
  void test_readCsv_fromDirectory(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("provinces.csv"), "\uFEFF" + PROVINCES_CSV, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("districts.csv"), DISTRICTS_CSV, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("subdistricts.csv"), SUBDISTRICTS_CSV, StandardCharsets.UTF_8);
    assertThat(Gazetteer.readCsv(dir).subdistricts()).hasSize(3);
  }

  @Test
  void test_readCsv_retiredCodesFromAFourthDocument() throws IOException {
    Gazetteer small =
        Gazetteer.readCsv(
            new StringReader(PROVINCES_CSV),
            new StringReader(DISTRICTS_CSV),
            new StringReader(SUBDISTRICTS_CSV),
            new StringReader(RETIRED_CSV));
    assertThat(small.retiredSubdistricts())
        .extracting(RetiredSubdistrict::toString)
        .containsExactly("570998 บ้านด้ายเดิม (split into 570908, 570902)", "570999 ห้วยไคร้เดิม (renumbered as 570902)");
    RetiredSubdistrict old = small.retired(SubdistrictCode.parse("570999")).orElseThrow();
    assertThat(old.replacedBy()).containsExactly(HUAI_KHRAI);
    assertThat(old.change()).isEqualTo(CodeChange.RENUMBERED);
    // A retired code is not an area: lookups by code find nothing, the retirement says what replaced it.
    assertThat(small.contains(SubdistrictCode.parse("570999"))).isFalse();
    assertThat(small.area(SubdistrictCode.parse("570999"))).isEmpty();
    assertThat(small.retired(HUAI_KHRAI)).isEmpty();
    assertThat(read(PROVINCES_CSV, DISTRICTS_CSV, SUBDISTRICTS_CSV).retiredSubdistricts()).isEmpty();
  }

  @Test
  void test_readCsv_fromDirectoryWithRetiredCodes(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("provinces.csv"), PROVINCES_CSV, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("districts.csv"), DISTRICTS_CSV, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("subdistricts.csv"), SUBDISTRICTS_CSV, StandardCharsets.UTF_8);
    assertThat(Gazetteer.readCsv(dir).retiredSubdistricts()).isEmpty();
    Files.writeString(dir.resolve("retired-subdistricts.csv"), RETIRED_CSV, StandardCharsets.UTF_8);
    assertThat(Gazetteer.readCsv(dir).retiredSubdistricts()).hasSize(2);
  }

  @Test
  void test_readCsv_reportsRetiredCodesThatDoNotFit() {
    assertRetiredError(
        "570908,บ้านด้าย,570902,renumbered\n",
        "retired-subdistricts.csv line 4: sub-district 570908 is listed as retired, but it is a current sub-district");
    assertRetiredError(
        "570997,เดิม,570902 570907,split\n",
        "retired-subdistricts.csv line 4: retired sub-district 570997 is replaced by 570907, which is not a current sub-district");
    assertRetiredError(
        "570997,เดิม,570902,moved\n",
        "retired-subdistricts.csv line 4: Unknown change \"moved\": expected one of renumbered, split");
    assertRetiredError(
        "570997,เดิม,,renumbered\n",
        "retired-subdistricts.csv line 4: retired sub-district 570997: a renumbered code has exactly one replacement, but 0 are given");
    assertRetiredError(
        "570999,ห้วยไคร้เดิม,570902,renumbered\n",
        "retired-subdistricts.csv line 4: Duplicate retired sub-district code 570999");
    assertThatThrownBy(
            () ->
                Gazetteer.readCsv(
                    new StringReader(PROVINCES_CSV),
                    new StringReader(DISTRICTS_CSV),
                    new StringReader(SUBDISTRICTS_CSV),
                    new StringReader("code,name_th,replaced_by\n")))
        .isInstanceOf(GazetteerFormatException.class)
        .hasMessage(
            "retired-subdistricts.csv line 1: missing column(s) [change]; expected a header with [code, name_th, replaced_by, change]");
  }

  @Test
  void test_builder_refusesRetiredCodesThatDoNotFit() {
    Gazetteer.Builder maeSai =
        Gazetteer.builder()
            .add(Province.of(ProvinceCode.of(57), "เชียงราย", "Chiang Rai", Region.NORTH))
            .add(District.of(MAE_SAI, "แม่สาย", "Mae Sai"))
            .add(Subdistrict.of(BAN_DAI, "บ้านด้าย", "Ban Dai", "57220"));
    RetiredSubdistrict banDai = new RetiredSubdistrict(BAN_DAI, "บ้านด้าย", List.of(HUAI_KHRAI), CodeChange.RENUMBERED);
    assertThatThrownBy(() -> maeSai.addRetired(banDai).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Retired sub-district code 570908 (บ้านด้าย) is also a current sub-district (บ้านด้าย)");
    RetiredSubdistrict old =
        new RetiredSubdistrict(SubdistrictCode.parse("570999"), "เดิม", List.of(HUAI_KHRAI), CodeChange.RENUMBERED);
    Gazetteer.Builder fresh =
        Gazetteer.builder()
            .add(Province.of(ProvinceCode.of(57), "เชียงราย", "Chiang Rai", Region.NORTH))
            .add(District.of(MAE_SAI, "แม่สาย", "Mae Sai"))
            .addRetired(old);
    assertThatThrownBy(fresh::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Retired sub-district code 570999 (เดิม) is replaced by 570902, which is not a current sub-district of the gazetteer");
    assertThatThrownBy(() -> fresh.addRetired(old))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Duplicate retired sub-district code 570999");
  }

  @Test
  void test_edition_givenByBuilderOrCopy() throws IOException {
    GazetteerEdition edition = new GazetteerEdition("Test fixture", java.time.LocalDate.of(2025, 10, 1));
    Gazetteer small = read(PROVINCES_CSV, DISTRICTS_CSV, SUBDISTRICTS_CSV);
    assertThat(small.edition()).isEmpty();
    Gazetteer named = small.withEdition(edition);
    assertThat(named.edition()).contains(edition);
    assertThat(small.edition()).isEmpty();
    assertThat(named.subdistricts()).isEqualTo(small.subdistricts());
    assertThat(codes(named.find("บ้านด้าย"))).containsExactly("570908");
    assertThat(Gazetteer.builder().edition(edition).build().edition()).contains(edition);
  }

  @Test
  void test_readCsv_reportsLineAndProblem() {
    assertCsvError(
        PROVINCES_CSV,
        DISTRICTS_CSV + "5799,58,ผิด,Wrong\n",
        SUBDISTRICTS_CSV,
        "districts.csv line 4: district 5799 is filed under province 58, but its code lies in 57",
        "districts.csv",
        4);
    assertCsvError(
        PROVINCES_CSV,
        DISTRICTS_CSV + "6101,61,เมือง,Mueang\n",
        SUBDISTRICTS_CSV,
        "districts.csv line 4: district 6101 lies in province 61, which is not in the gazetteer",
        "districts.csv",
        4);
    assertCsvError(
        PROVINCES_CSV,
        DISTRICTS_CSV,
        SUBDISTRICTS_CSV + "570908,5709,บ้านด้าย,Ban Dai,57220\n",
        "subdistricts.csv line 5: Duplicate sub-district code 570908: Ban Dai and Ban Dai",
        "subdistricts.csv",
        5);
    assertCsvError(
        PROVINCES_CSV,
        DISTRICTS_CSV,
        SUBDISTRICTS_CSV + "570909,5709,โป่งงาม,Pong Ngam,5713\n",
        "subdistricts.csv line 5: sub-district 570909: postalCode \"5713\" must be 5 ASCII digits",
        "subdistricts.csv",
        5);
    assertCsvError(
        PROVINCES_CSV + "58,แม่ฮ่องสอน,Mae Hong Son,Norht\n",
        DISTRICTS_CSV,
        SUBDISTRICTS_CSV,
        "provinces.csv line 4: Unknown region \"Norht\": expected one of North, Central, Northeast, West, East, South",
        "provinces.csv",
        4);
    assertCsvError(
        PROVINCES_CSV,
        DISTRICTS_CSV,
        SUBDISTRICTS_CSV + "57091,5709,x,y,57130\n",
        "subdistricts.csv line 5: Invalid sub-district code \"57091\": expected 6 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"570908\", with no 00 after the province digits",
        "subdistricts.csv",
        5);
    assertCsvError(
        PROVINCES_CSV,
        DISTRICTS_CSV,
        SUBDISTRICTS_CSV + "570909,5709, ,Pong Ngam,57130\n",
        "subdistricts.csv line 5: sub-district 570909: nameTh must not be blank",
        "subdistricts.csv",
        5);
  }

  @Test
  void test_readCsv_reportsMalformedCsv() {
    assertCsvError(
        "code,name_th,region\n",
        DISTRICTS_CSV,
        SUBDISTRICTS_CSV,
        "provinces.csv line 1: missing column(s) [name_en]; expected a header with [code, name_th, name_en, region]",
        "provinces.csv",
        1);
    assertCsvError(
        "", DISTRICTS_CSV, SUBDISTRICTS_CSV,
        "provinces.csv line 1: empty document, expected a header row", "provinces.csv", 1);
    assertCsvError(
        PROVINCES_CSV,
        DISTRICTS_CSV + "5799,57\n",
        SUBDISTRICTS_CSV,
        "districts.csv line 4: expected 4 fields but found 2",
        "districts.csv",
        4);
    assertCsvError(
        PROVINCES_CSV,
        DISTRICTS_CSV + "5799,57,\"แม่,Mae\n",
        SUBDISTRICTS_CSV,
        "districts.csv line 4: unterminated quoted field",
        "districts.csv",
        4);
    assertCsvError(
        PROVINCES_CSV,
        DISTRICTS_CSV + "5799,57,\"แม่\"x,Mae\n",
        SUBDISTRICTS_CSV,
        "districts.csv line 4: unexpected text after a quoted field at column 14",
        "districts.csv",
        4);
  }

  @Test
  void test_builder_refusesOrphansAndDuplicates() {
    Province chiangRai = Province.of(ProvinceCode.of(57), "เชียงราย", "Chiang Rai", Region.NORTH);
    assertThatThrownBy(
            () -> Gazetteer.builder().add(District.of(MAE_SAI, "แม่สาย", "Mae Sai")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("District 5709 (Mae Sai) lies in province 57, which is not in the gazetteer");
    assertThatThrownBy(
            () ->
                Gazetteer.builder()
                    .add(chiangRai)
                    .add(Subdistrict.of(BAN_DAI, "บ้านด้าย", "Ban Dai", "57220"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Sub-district 570908 (Ban Dai) lies in district 5709, which is not in the gazetteer");
    assertThatThrownBy(() -> Gazetteer.builder().add(chiangRai).add(chiangRai))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Duplicate province code 57: Chiang Rai and Chiang Rai");
  }

  @Test
  void test_areas_refuseBlankAndPaddedNames() {
    assertThatThrownBy(() -> Province.of(ProvinceCode.of(57), "", "Chiang Rai", Region.NORTH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("province 57: nameTh must not be blank");
    assertThatThrownBy(() -> District.of(MAE_SAI, "แม่สาย", "Mae Sai "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("district 5709: nameEn \"Mae Sai \" has leading or trailing white space");
    assertThatThrownBy(() -> Subdistrict.of(BAN_DAI, "บ้านด้าย", "Ban Dai", "๕๗๒๒๐"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sub-district 570908: postalCode \"๕๗๒๒๐\" must be 5 ASCII digits");
    assertThatThrownBy(() -> Province.of(ProvinceCode.of(57), "เชียงราย", "Chiang Rai", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("region");
  }

  @Test
  void test_region_parse() {
    assertThat(Region.parse("Northeast")).isEqualTo(Region.NORTHEAST);
    assertThat(Region.parse("ภาคใต้")).isEqualTo(Region.SOUTH);
    assertThat(Region.parse(" north ")).isEqualTo(Region.NORTH);
  }

  @Test
  void test_equals_areas() {
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(
            THAILAND.subdistrict(BAN_DAI).orElseThrow(),
            Subdistrict.of(BAN_DAI, "บ้านด้าย", "Ban Dai", "57220"))
        .addEqualityGroup(Subdistrict.of(BAN_DAI, "บ้านด้าย", "Ban Dai", "57130"))
        .addEqualityGroup(
            THAILAND.district(MAE_SAI).orElseThrow(), District.of(MAE_SAI, "แม่สาย", "Mae Sai"))
        .addEqualityGroup(
            THAILAND.province(ProvinceCode.of(57)).orElseThrow(),
            Province.of(ProvinceCode.of(57), "เชียงราย", "Chiang Rai", Region.NORTH))
        .addEqualityGroup(THAILAND.path(BAN_DAI).orElseThrow(), THAILAND.path(BAN_DAI).orElseThrow())
        .testEquals();
  }

  private static List<String> codes(List<? extends Area> areas) {
    return areas.stream().map(a -> a.code().value()).collect(Collectors.toList());
  }

  private static Gazetteer read(String provinces, String districts, String subdistricts)
      throws IOException {
    return Gazetteer.readCsv(
        new StringReader(provinces), new StringReader(districts), new StringReader(subdistricts));
  }

  private static void assertRetiredError(String row, String message) {
    assertThatThrownBy(
            () ->
                Gazetteer.readCsv(
                    new StringReader(PROVINCES_CSV),
                    new StringReader(DISTRICTS_CSV),
                    new StringReader(SUBDISTRICTS_CSV),
                    new StringReader(RETIRED_CSV + row)))
        .isInstanceOfSatisfying(
            GazetteerFormatException.class,
            e -> {
              assertThat(e).hasMessage(message);
              assertThat(e.getSource()).isEqualTo("retired-subdistricts.csv");
            });
  }

  private static void assertCsvError(
      String provinces, String districts, String subdistricts, String message, String source, int line) {
    assertThatThrownBy(() -> read(provinces, districts, subdistricts))
        .isInstanceOfSatisfying(
            GazetteerFormatException.class,
            e -> {
              assertThat(e).hasMessage(message);
              assertThat(e.getSource()).isEqualTo(source);
              assertThat(e.getLine()).isEqualTo(line);
            });
  }
}
