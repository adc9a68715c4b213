package io.github.sapha.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetiredSubdistrictTest {
  private static final SubdistrictCode BANG_NA = SubdistrictCode.parse("104701");
  private static final SubdistrictCode BANG_NA_NUEA = SubdistrictCode.parse("104702");
  private static final SubdistrictCode BANG_NA_TAI = SubdistrictCode.parse("104703");
  private static final SubdistrictCode THA_CHANG = SubdistrictCode.parse("300602");
  private static final SubdistrictCode THA_CHANG_NOW = SubdistrictCode.parse("303202");

  @Test
  void test_new_splitAndRenumbered() {
    RetiredSubdistrict split =
        new RetiredSubdistrict(BANG_NA, "บางนา", List.of(BANG_NA_NUEA, BANG_NA_TAI), CodeChange.SPLIT);
    assertThat(split.replacedBy()).containsExactly(BANG_NA_NUEA, BANG_NA_TAI);
    assertThat(split.replacements()).isEqualTo("104702 or 104703");
    assertThat(split).hasToString("104701 บางนา (split into 104702, 104703)");
    RetiredSubdistrict renumbered =
        new RetiredSubdistrict(THA_CHANG, "ท่าช้าง", List.of(THA_CHANG_NOW), CodeChange.RENUMBERED);
    assertThat(renumbered.replacements()).isEqualTo("303202");
    assertThat(renumbered).hasToString("300602 ท่าช้าง (renumbered as 303202)");
  }

  @Test
  void test_replacedBy_isAnImmutableCopy() {
    List<SubdistrictCode> given = new ArrayList<>(List.of(BANG_NA_NUEA, BANG_NA_TAI));
    RetiredSubdistrict split = new RetiredSubdistrict(BANG_NA, "บางนา", given, CodeChange.SPLIT);
    given.clear();
    assertThat(split.replacedBy()).hasSize(2);
    assertThatThrownBy(() -> split.replacedBy().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void test_new_refusesReplacementsThatDoNotFitTheChange() {
    assertThatThrownBy(() -> new RetiredSubdistrict(BANG_NA, "บางนา", List.of(BANG_NA_NUEA), CodeChange.SPLIT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retired sub-district 104701: a split code has at least two replacements, but 1 is given");
    assertThatThrownBy(
            () -> new RetiredSubdistrict(BANG_NA, "บางนา", List.of(BANG_NA_NUEA, BANG_NA_TAI), CodeChange.RENUMBERED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retired sub-district 104701: a renumbered code has exactly one replacement, but 2 are given");
    assertThatThrownBy(() -> new RetiredSubdistrict(BANG_NA, "บางนา", List.of(), CodeChange.RENUMBERED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retired sub-district 104701: a renumbered code has exactly one replacement, but 0 are given");
  }

  @Test
  void test_new_refusesItselfRepeatsAndBlankNames() {
    assertThatThrownBy(() -> new RetiredSubdistrict(BANG_NA, "บางนา", List.of(BANG_NA), CodeChange.RENUMBERED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retired sub-district 104701: it cannot be replaced by itself");
    assertThatThrownBy(
            () -> new RetiredSubdistrict(BANG_NA, "บางนา", List.of(BANG_NA_NUEA, BANG_NA_NUEA), CodeChange.SPLIT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retired sub-district 104701: replacement 104702 is given twice");
    assertThatThrownBy(() -> new RetiredSubdistrict(BANG_NA, " ", List.of(BANG_NA_NUEA), CodeChange.RENUMBERED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retired sub-district 104701: nameTh must not be blank");
    assertThatThrownBy(() -> new RetiredSubdistrict(BANG_NA, "บางนา", null, CodeChange.RENUMBERED))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("replacedBy");
    assertThatThrownBy(() -> new RetiredSubdistrict(BANG_NA, "บางนา", List.of(BANG_NA_NUEA), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("change");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(
            new RetiredSubdistrict(THA_CHANG, "ท่าช้าง", List.of(THA_CHANG_NOW), CodeChange.RENUMBERED),
            new RetiredSubdistrict(THA_CHANG, "ท่าช้าง", new ArrayList<>(List.of(THA_CHANG_NOW)), CodeChange.RENUMBERED))
        .addEqualityGroup(new RetiredSubdistrict(THA_CHANG, "ท่าช้างเดิม", List.of(THA_CHANG_NOW), CodeChange.RENUMBERED))
        .addEqualityGroup(new RetiredSubdistrict(BANG_NA, "บางนา", List.of(BANG_NA_NUEA, BANG_NA_TAI), CodeChange.SPLIT))
        .addEqualityGroup(new RetiredSubdistrict(BANG_NA, "บางนา", List.of(BANG_NA_TAI, BANG_NA_NUEA), CodeChange.SPLIT))
        .testEquals();
  }

  @Test
  void test_codeChange_parseAndLabel() {
    assertThat(CodeChange.parse("split")).isEqualTo(CodeChange.SPLIT);
    assertThat(CodeChange.parse(" Renumbered ")).isEqualTo(CodeChange.RENUMBERED);
    assertThat(CodeChange.RENUMBERED.label()).isEqualTo("renumbered");
    assertThatThrownBy(() -> CodeChange.parse("merged"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown change \"merged\": expected one of renumbered, split");
  }
}
