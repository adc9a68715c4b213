package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.testing.ThaiDigits;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CitizenIdProperties {

  @Provide
  Arbitrary<String> valid() {
    return ModelArbitraries.validCitizenIdDigits();
  }

  @Provide
  Arbitrary<String> any() {
    return ModelArbitraries.citizenIdDigits();
  }

  @Property
  void hasValidCheckDigit_forTheComputedDigit(@ForAll("valid") String digits) {
    assertThat(CitizenId.parse(digits).hasValidCheckDigit()).isTrue();
  }

  @Property
  void hasValidCheckDigit_notForAnyOtherLastDigit(
      @ForAll("valid") String digits, @ForAll @IntRange(min = 1, max = 9) int shift) {
    char wrong = (char) ('0' + (digits.charAt(12) - '0' + shift) % 10);
    assertThat(CitizenId.parse(digits.substring(0, 12) + wrong).hasValidCheckDigit()).isFalse();
  }

  @Property
  void parse_thaiDigitsAndCardGroupingGiveTheSameId(@ForAll("any") String digits) {
    String grouped =
        digits.charAt(0) + "-" + digits.substring(1, 5) + "-" + digits.substring(5, 10) + "-"
            + digits.substring(10, 12) + "-" + digits.charAt(12);
    CitizenId id = CitizenId.parse(digits);
    assertThat(id.value()).isEqualTo(digits);
    assertThat(CitizenId.parse(grouped)).isEqualTo(id);
    assertThat(CitizenId.parse(ThaiDigits.of(grouped))).isEqualTo(id);
    assertThat(CitizenId.parse(grouped.replace('-', ' '))).isEqualTo(id);
  }

  @Property
  void toString_isAlwaysRedacted(@ForAll("any") String digits) {
    assertThat(CitizenId.parse(digits)).hasToString("CitizenId[***]");
  }
}
