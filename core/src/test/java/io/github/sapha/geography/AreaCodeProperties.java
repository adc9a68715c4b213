package io.github.sapha.geography;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.internal.ThaiText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AreaCodeProperties {

  @Provide
  Arbitrary<SubdistrictCode> subdistrictCodes() {
    return Arbitraries.integers()
        .between(10, 99)
        .flatMap(
            p ->
                Arbitraries.integers()
                    .between(1, 99)
                    .flatMap(
                        d ->
                            Arbitraries.integers()
                                .between(1, 99)
                                .map(s -> SubdistrictCode.of(p * 10000 + d * 100 + s))));
  }

  @Property
  void parseOfToStringIsIdentity(@ForAll("subdistrictCodes") SubdistrictCode code) {
    assertThat(SubdistrictCode.parse(code.toString())).isEqualTo(code);
    assertThat(DistrictCode.parse(code.district().toString())).isEqualTo(code.district());
    assertThat(ProvinceCode.parse(code.province().toString())).isEqualTo(code.province());
    assertThat(AreaCode.parse(code.toString())).isEqualTo(code);
  }

  @Property
  void thaiDigitFormParsesToTheSameCode(@ForAll("subdistrictCodes") SubdistrictCode code) {
    StringBuilder thai = new StringBuilder();
    for (char c : code.value().toCharArray()) {
      thai.append((char) (ThaiText.THAI_ZERO + (c - '0')));
    }
    assertThat(SubdistrictCode.parse(thai)).isEqualTo(code);
  }

  @Property
  void parentOfChildIsItsPrefix(@ForAll("subdistrictCodes") SubdistrictCode code) {
    AreaCode district = code.parent().orElseThrow();
    AreaCode province = district.parent().orElseThrow();
    assertThat(code.value()).startsWith(district.value());
    assertThat(district.value()).startsWith(province.value());
    assertThat(district.value()).hasSize(4);
    assertThat(province.value()).hasSize(2);
    assertThat(province.contains(code)).isTrue();
    assertThat(district.contains(code)).isTrue();
    assertThat(province.parent()).isEmpty();
  }
}
