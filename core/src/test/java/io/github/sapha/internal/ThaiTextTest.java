package io.github.sapha.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiTextTest {

  @Test
  void test_toAsciiDigits() {
    assertThat(ThaiText.toAsciiDigits("๑๘ พ.ค. ๒๕๖๐")).isEqualTo("18 พ.ค. 2560");
    assertThat(ThaiText.toAsciiDigits("570908")).isEqualTo("570908");
  }

  @Test
  void test_digitValue() {
    assertThat(ThaiText.digitValue('๙')).isEqualTo(9);
    assertThat(ThaiText.digitValue('0')).isZero();
    assertThat(ThaiText.digitValue('a')).isEqualTo(-1);
    assertThat(ThaiText.digitValue('\u0663')).isEqualTo(-1);
  }

  @Test
  void test_normalizeName() {
    assertThat(ThaiText.normalizeName(" Mae  Sai ")).isEqualTo("maesai");
    assertThat(ThaiText.normalizeName("Mae-Sai")).isEqualTo("maesai");
    assertThat(ThaiText.normalizeName("นิคม ๒")).isEqualTo("นิคม2");
  }

  @Test
  void test_distance() {
    assertThat(ThaiText.distance("หเวยไคร้", "ห้วยไคร้")).isEqualTo(1);
    assertThat(ThaiText.distance("maesai", "maesia")).isEqualTo(1);
    assertThat(ThaiText.distance("", "abc")).isEqualTo(3);
    assertThat(ThaiText.distance("abc", "")).isEqualTo(3);
    assertThat(ThaiText.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(ThaiText.distance("same", "same")).isZero();
  }
}
