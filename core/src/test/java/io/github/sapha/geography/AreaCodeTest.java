package io.github.sapha.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AreaCodeTest {
  private static final SubdistrictCode BAN_DAI = SubdistrictCode.parse("570908");
  private static final DistrictCode MAE_SAI = DistrictCode.parse("5709");
  private static final ProvinceCode CHIANG_RAI = ProvinceCode.parse("57");

  @Test
  void test_parse_thaiDigitsEqualAsciiDigits() {
    assertThat(SubdistrictCode.parse("๕๗๐๙๐๘")).isEqualTo(BAN_DAI);
    assertThat(DistrictCode.parse("๕๗๐๙")).isEqualTo(MAE_SAI);
    assertThat(ProvinceCode.parse("๕๗")).isEqualTo(CHIANG_RAI);
    assertThat(SubdistrictCode.parse("57๐9๐8")).hasToString("570908");
  }

  @Test
  void test_of_int() {
    assertThat(SubdistrictCode.of(570908)).isEqualTo(BAN_DAI);
    assertThat(DistrictCode.of(5709)).isEqualTo(MAE_SAI);
    assertThat(ProvinceCode.of(57)).isEqualTo(CHIANG_RAI);
  }

  @Test
  void test_parent_isThePrefix() {
    assertThat(BAN_DAI.district()).isEqualTo(MAE_SAI);
    assertThat(BAN_DAI.province()).isEqualTo(CHIANG_RAI);
    assertThat(BAN_DAI.parent()).contains(MAE_SAI);
    assertThat(MAE_SAI.parent()).contains(CHIANG_RAI);
    assertThat(MAE_SAI.province()).isEqualTo(CHIANG_RAI);
    assertThat(CHIANG_RAI.parent()).isEmpty();
    assertThat(CHIANG_RAI.province()).isSameAs(CHIANG_RAI);
  }

  @Test
  void test_contains() {
    assertThat(CHIANG_RAI.contains(BAN_DAI)).isTrue();
    assertThat(MAE_SAI.contains(BAN_DAI)).isTrue();
    assertThat(BAN_DAI.contains(BAN_DAI)).isTrue();
    assertThat(BAN_DAI.contains(MAE_SAI)).isFalse();
    assertThat(DistrictCode.parse("5708").contains(BAN_DAI)).isFalse();
  }

  @Test
  void test_parse_anyLevelByLength() {
    assertThat(AreaCode.parse("57")).isEqualTo(CHIANG_RAI);
    assertThat(AreaCode.parse("5709")).isEqualTo(MAE_SAI);
    assertThat(AreaCode.parse("๕๗๐๙๐๘")).isEqualTo(BAN_DAI);
    assertThat(AreaCode.parse("570908").level()).isEqualTo(AreaLevel.SUBDISTRICT);
  }

  @Test
  void test_compareTo_parentBeforeChildren() {
    assertThat(CHIANG_RAI.compareTo(MAE_SAI)).isNegative();
    assertThat(MAE_SAI.compareTo(BAN_DAI)).isNegative();
    assertThat(BAN_DAI.compareTo(SubdistrictCode.parse("570909"))).isNegative();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "57O908 | Invalid sub-district code \"57O908\": expected 6 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"570908\", with no 00 after the province digits",
        "5709081 | Invalid sub-district code \"5709081\": expected 6 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"570908\", with no 00 after the province digits",
        "57090 | Invalid sub-district code \"57090\": expected 6 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"570908\", with no 00 after the province digits",
        "570900 | Invalid sub-district code \"570900\": expected 6 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"570908\", with no 00 after the province digits",
        "570008 | Invalid sub-district code \"570008\": expected 6 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"570908\", with no 00 after the province digits",
        "070908 | Invalid sub-district code \"070908\": expected 6 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"570908\", with no 00 after the province digits",
      })
  void test_parseSubdistrict_rejectsWithMessage(String input, String message) {
    assertThatThrownBy(() -> SubdistrictCode.parse(input))
        .isInstanceOf(AreaCodeFormatException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sub-district | 5708 | Invalid sub-district code \"5708\": this is a district code; expected 6 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"570908\", with no 00 after the province digits",
        "sub-district | ๕๗ | Invalid sub-district code \"๕๗\": this is a province code; expected 6 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"570908\", with no 00 after the province digits",
        "district | 570908 | Invalid district code \"570908\": this is a sub-district code; expected 4 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"5709\", with no 00 after the province digits",
        "district | 57 | Invalid district code \"57\": this is a province code; expected 4 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"5709\", with no 00 after the province digits",
        "province | 5709 | Invalid province code \"5709\": this is a district code; expected 2 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"57\", not starting with 0",
        "province | 570908 | Invalid province code \"570908\": this is a sub-district code; expected 2 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"57\", not starting with 0",
        "sub-district | 5700 | Invalid sub-district code \"5700\": expected 6 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"570908\", with no 00 after the province digits",
      })
  void test_parse_codeOfAnotherLevel_saysWhichLevelItIs(String level, String input, String message) {
    assertThatThrownBy(
            () -> {
              switch (level) {
                case "province" -> ProvinceCode.parse(input);
                case "district" -> DistrictCode.parse(input);
                default -> SubdistrictCode.parse(input);
              }
            })
        .isInstanceOf(AreaCodeFormatException.class)
        .hasMessage(message);
  }

  @Test
  void test_parse_rejectsSpacesAndOtherScripts() {
    assertThatThrownBy(() -> DistrictCode.parse(" 5709"))
        .isInstanceOf(AreaCodeFormatException.class)
        .hasMessage(
            "Invalid district code \" 5709\": expected 4 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"5709\", with no 00 after the province digits");
    // Arabic-Indic digits are digits to Character.isDigit but not to a Thai geocode.
    assertThatThrownBy(() -> ProvinceCode.parse("٥٧"))
        .isInstanceOf(AreaCodeFormatException.class)
        .hasMessage(
            "Invalid province code \"٥٧\": expected 2 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"57\", not starting with 0");
    assertThatThrownBy(() -> ProvinceCode.of(5))
        .hasMessage(
            "Invalid province code \"5\": expected 2 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"57\", not starting with 0");
  }

  @Test
  void test_parseAny_rejectsOddLengths() {
    assertThatThrownBy(() -> AreaCode.parse("570"))
        .isInstanceOf(AreaCodeFormatException.class)
        .hasMessage(
            "Invalid area code \"570\": expected 2, 4 or 6 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"570908\"");
    assertThatThrownBy(() -> AreaCode.parse(""))
        .hasMessage(
            "Invalid area code \"\": expected 2, 4 or 6 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"570908\"");
  }

  @Test
  void test_exception_exposesInputAndForm() {
    AreaCodeFormatException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            AreaCodeFormatException.class, () -> DistrictCode.parse("57x9"));
    assertThat(e.getInput()).isEqualTo("57x9");
    assertThat(e.getExpectedForm()).startsWith("4 digits");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(BAN_DAI, SubdistrictCode.parse("๕๗๐๙๐๘"), SubdistrictCode.of(570908))
        .addEqualityGroup(SubdistrictCode.parse("570909"))
        .addEqualityGroup(MAE_SAI, DistrictCode.of(5709))
        .addEqualityGroup(CHIANG_RAI, ProvinceCode.of(57))
        .testEquals();
  }
}
