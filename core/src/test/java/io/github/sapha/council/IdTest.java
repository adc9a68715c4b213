package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdTest {
  private static final String LONGEST = Strings.repeat("a", Id.MAX_LENGTH);
  private static final Id BAN_DAI = Id.of("council-570908");

  @Test
  void test_of_keepsTheValue() {
    assertThat(BAN_DAI.value()).isEqualTo("council-570908");
    assertThat(BAN_DAI).hasToString("council-570908");
    assertThat(Id.of(BAN_DAI.toString())).isEqualTo(BAN_DAI);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "7", "person-12", "lg.mae_sai:2017-05", "A9", "x-"})
  void test_of_acceptsWellFormedIds(String value) {
    assertThat(Id.isValid(value)).isTrue();
    assertThat(Id.of(value).value()).isEqualTo(value);
  }

  @Test
  void test_of_acceptsTheLongestId() {
    assertThat(Id.of(LONGEST).value()).hasSize(64);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", ".a", "_a", ":a", "a b", " a", "a/b", "สภา", "a\u00e9", "a+b"})
  void test_of_refusesMalformedIds(String value) {
    assertThat(Id.isValid(value)).isFalse();
    assertThatThrownBy(() -> Id.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid id \"" + value + "\": expected 1 to 64 ASCII letters, digits, '.', '_', ':' or '-',"
                + " starting with a letter or digit");
  }

  @Test
  void test_of_refusesTooLongId() {
    String tooLong = LONGEST + "a";
    assertThat(Id.isValid(tooLong)).isFalse();
    assertThatThrownBy(() -> Id.of(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid id \"" + tooLong + "\": expected 1 to 64");
  }

  @Test
  void test_compareTo_byValue() {
    assertThat(Id.of("a-1")).isLessThan(Id.of("a-2"));
    assertThat(Id.of("a-10")).isLessThan(Id.of("a-2"));
    assertThat(Id.of("B")).isLessThan(Id.of("a"));
    assertThat(Id.of("a").compareTo(Id.of("a"))).isZero();
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(BAN_DAI, Id.of("council-570908"))
        .addEqualityGroup(Id.of("council-570909"))
        .addEqualityGroup(Id.of("Council-570908"))
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = new NullPointerTester().setDefault(Id.class, BAN_DAI);
    tester.testAllPublicStaticMethods(Id.class);
    tester.testAllPublicInstanceMethods(BAN_DAI);
  }
}
