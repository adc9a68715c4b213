package io.github.sapha.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class LocalGovernmentTest {
  private static final SubdistrictCode MAE_SAI_TAMBON = SubdistrictCode.parse("570901");

  private static LocalGovernment maeSaiMittraphap() {
    return LocalGovernment.builder()
        .kind(LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY)
        .nameTh("แม่สายมิตรภาพ")
        .nameEn("Mae Sai Mittraphap")
        .addArea(MAE_SAI_TAMBON)
        .build();
  }

  @Test
  void test_builder_seedMunicipality() {
    LocalGovernment lg = maeSaiMittraphap();
    assertThat(lg.fullNameTh()).isEqualTo("เทศบาลตำบลแม่สายมิตรภาพ");
    assertThat(lg.fullNameEn()).contains("Mae Sai Mittraphap Subdistrict Municipality");
    assertThat(lg.covers(MAE_SAI_TAMBON)).isTrue();
    assertThat(lg.covers(SubdistrictCode.parse("570902"))).isFalse();
    assertThat(lg.kind().isMunicipality()).isTrue();
    assertThat(lg.kind().abbreviation()).isEqualTo("ทต.");
    assertThat(lg).hasToString("เทศบาลตำบลแม่สายมิตรภาพ [570901]");
  }

  @Test
  void test_builder_provinceWideKinds() {
    LocalGovernment bangkok =
        LocalGovernment.builder()
            .kind(LocalGovernmentKind.BANGKOK)
            .nameTh("กรุงเทพมหานคร")
            .addArea(ProvinceCode.of(10))
            .build();
    assertThat(bangkok.fullNameTh()).isEqualTo("กรุงเทพมหานคร");
    assertThat(bangkok.covers(SubdistrictCode.of(100101))).isTrue();
    assertThat(bangkok.fullNameEn()).isEmpty();
    assertThat(LocalGovernmentKind.PROVINCIAL_ADMINISTRATIVE_ORGANIZATION.coversProvince()).isTrue();
    assertThat(LocalGovernmentKind.SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION.coversProvince()).isFalse();
  }

  @Test
  void test_builder_areaSortedAndDeduplicated() {
    LocalGovernment lg =
        LocalGovernment.builder()
            .kind(LocalGovernmentKind.TOWN_MUNICIPALITY)
            .nameTh("ตัวอย่าง")
            .addArea(SubdistrictCode.parse("570909"), MAE_SAI_TAMBON, MAE_SAI_TAMBON)
            .build();
    assertThat(lg.area()).extracting(AreaCode::value).containsExactly("570901", "570909");
  }

  @Test
  void test_builder_refusesBrokenInput() {
    assertThatThrownBy(
            () ->
                LocalGovernment.builder()
                    .kind(LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY)
                    .nameTh("แม่สายมิตรภาพ")
                    .nameEn("Mae Sai Mittraphap")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("local government Mae Sai Mittraphap: area must not be empty");
    assertThatThrownBy(
            () ->
                LocalGovernment.builder()
                    .kind(LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY)
                    .nameTh("แม่สาย")
                    .addArea(DistrictCode.of(5709))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "local government Subdistrict Municipality: area [5709] must be sub-district codes for a Subdistrict Municipality");
    assertThatThrownBy(
            () ->
                LocalGovernment.builder()
                    .kind(LocalGovernmentKind.PROVINCIAL_ADMINISTRATIVE_ORGANIZATION)
                    .nameTh("เชียงราย")
                    .nameEn("Chiang Rai")
                    .addArea(ProvinceCode.of(57), ProvinceCode.of(58))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "local government Chiang Rai: area [57, 58] must be exactly one province code for a Provincial Administrative Organization");
    assertThatThrownBy(
            () ->
                LocalGovernment.builder()
                    .kind(LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY)
                    .nameTh(" ")
                    .addArea(MAE_SAI_TAMBON)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("local government Subdistrict Municipality: nameTh must not be blank");
    assertThatThrownBy(() -> LocalGovernment.builder().nameTh("แม่สาย").addArea(MAE_SAI_TAMBON).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("local government: kind must be set");
  }

  @Test
  void test_code_dlaSchemeSevenDigits() {
    LocalGovernment lg =
        LocalGovernment.builder().from(maeSaiMittraphap()).code(LocalGovernmentCode.parse("๕๕๗๐๙๐๑")).build();
    assertThat(lg.code()).contains(LocalGovernmentCode.parse("5570901"));
    assertThat(lg.code().orElseThrow()).hasToString("5570901");
    assertThat(LocalGovernmentCode.SCHEME).isEqualTo("DLA");
    assertThat(maeSaiMittraphap().code()).isEmpty();
    assertThatThrownBy(() -> LocalGovernmentCode.parse("557090"))
        .isInstanceOf(AreaCodeFormatException.class)
        .hasMessage("Invalid local government code \"557090\": expected 7 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"5570901\"");
    assertThatThrownBy(() -> LocalGovernmentCode.parse("55709O1"))
        .isInstanceOf(AreaCodeFormatException.class)
        .hasMessage("Invalid local government code \"55709O1\": expected 7 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"5570901\"");
    new EqualsTester()
        .addEqualityGroup(LocalGovernmentCode.parse("5570901"), LocalGovernmentCode.parse("๕๕๗๐๙๐๑"))
        .addEqualityGroup(LocalGovernmentCode.parse("5570902"))
        .testEquals();
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(maeSaiMittraphap(), maeSaiMittraphap())
        .addEqualityGroup(
            LocalGovernment.builder()
                .kind(LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY)
                .nameTh("แม่สายมิตรภาพ")
                .addArea(MAE_SAI_TAMBON)
                .build())
        .testEquals();
  }
}
