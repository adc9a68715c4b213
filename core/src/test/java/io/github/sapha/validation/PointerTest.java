package io.github.sapha.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointerTest {
  private static final String MEMBER_PERSON = "/councils/3/members/0/person";

  @Test
  void test_root_isTheEmptyPointer() {
    assertThat(Pointer.ROOT.segments()).isEmpty();
    assertThat(Pointer.ROOT).hasToString("");
    assertThat(Pointer.parse("")).isSameAs(Pointer.ROOT);
  }

  @Test
  void test_parse_roundTrip() {
    for (String text : new String[] {MEMBER_PERSON, "/", "//x", "/a~1b/c~0d", "/~01", "/~10", "/asOf", "/ห้วยไคร้"}) {
      assertThat(Pointer.parse(text)).as(text).hasToString(text);
    }
  }

  @Test
  void test_parse_unescapesTildeAndSlash() {
    assertThat(Pointer.parse(MEMBER_PERSON).segments()).containsExactly("councils", "3", "members", "0", "person");
    assertThat(Pointer.parse("/a~1b/c~0d").segments()).containsExactly("a/b", "c~d");
    // "~01" is "~" then "1", not "/": ~1 is decoded before ~0.
    assertThat(Pointer.parse("/~01").segments()).containsExactly("~1");
    assertThat(Pointer.parse("/~10").segments()).containsExactly("/0");
    assertThat(Pointer.parse("/").segments()).containsExactly("");
    assertThat(Pointer.parse("//x").segments()).containsExactly("", "x");
  }

  @Test
  void test_field_escapesOnOutput() {
    Pointer pointer = Pointer.ROOT.field("a/b").field("m~n").index(12);
    assertThat(pointer).hasToString("/a~1b/m~0n/12");
    assertThat(pointer.segments()).containsExactly("a/b", "m~n", "12");
    assertThat(Pointer.parse(pointer.toString())).isEqualTo(pointer);
  }

  @Test
  void test_fieldAndIndex_buildTheSamePointerAsParse() {
    Pointer built = Pointer.ROOT.field("councils").index(3).field("members").index(0).field("person");
    assertThat(built).isEqualTo(Pointer.parse(MEMBER_PERSON));
    assertThat(built).hasToString(MEMBER_PERSON);
  }

  @Test
  void test_index_refusesNegative() {
    assertThatThrownBy(() -> Pointer.ROOT.index(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index must not be negative: -1");
  }

  @Test
  void test_parse_refusesTextNotStartingWithSlash() {
    assertThatThrownBy(() -> Pointer.parse("councils/0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON Pointer \"councils/0\": expected \"\" or text starting with \"/\"");
  }

  @Test
  void test_parse_refusesBadEscapes() {
    for (String text : new String[] {"/a~2", "/a~", "/~/b", "/ok/~x"}) {
      assertThatThrownBy(() -> Pointer.parse(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid JSON Pointer \"" + text + "\": \"~\" must be followed by 0 or 1");
    }
  }

  @Test
  void test_parse_refusesNull() {
    assertThatThrownBy(() -> Pointer.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void test_compareTo_indexesOrderByNumber() {
    assertThat(Pointer.parse("/councils/9")).isLessThan(Pointer.parse("/councils/10"));
    assertThat(Pointer.parse("/councils/10/area")).isGreaterThan(Pointer.parse("/councils/9/posts/0"));
    assertThat(Pointer.parse("/councils/2")).isLessThan(Pointer.parse("/councils/10"));
    assertThat(Pointer.parse("/councils/100")).isGreaterThan(Pointer.parse("/councils/99"));
  }

  @Test
  void test_compareTo_namesOrderAsTextAndPrefixesFirst() {
    assertThat(Pointer.parse("/councils/1")).isLessThan(Pointer.parse("/councils/1/area"));
    assertThat(Pointer.ROOT).isLessThan(Pointer.parse("/asOf"));
    assertThat(Pointer.parse("/asOf")).isLessThan(Pointer.parse("/councils"));
    assertThat(Pointer.parse("/plans/0/area")).isLessThan(Pointer.parse("/plans/0/budget"));
    assertThat(Pointer.parse("/people/0")).isLessThan(Pointer.parse("/plans/0"));
    assertThat(Pointer.parse(MEMBER_PERSON)).isEqualByComparingTo(Pointer.parse(MEMBER_PERSON));
  }

  @Test
  void test_sort_numericAware() {
    List<Pointer> pointers = new ArrayList<>();
    for (String text : new String[] {"/councils/10", "/councils/9/area", "/councils/1", "/networks/0", "/councils/9"}) {
      pointers.add(Pointer.parse(text));
    }
    Collections.sort(pointers);
    assertThat(pointers)
        .extracting(Pointer::toString)
        .containsExactly("/councils/1", "/councils/9", "/councils/9/area", "/councils/10", "/networks/0");
  }

  @Test
  void test_compareTo_isATotalOrderWhenIndexesAndNamesMeet() {
    // Custom rules may point anywhere: the order must stay transitive when a position holds both kinds.
    List<Pointer> pointers = new ArrayList<>();
    for (String text : new String[] {"/a/9", "/a/10", "/a/1a", "/a/01", "/a/b", "/a/0", "/a/", "/a/10/x"}) {
      pointers.add(Pointer.parse(text));
    }
    for (Pointer x : pointers) {
      for (Pointer y : pointers) {
        assertThat(Integer.signum(x.compareTo(y))).as("%s vs %s", x, y).isEqualTo(-Integer.signum(y.compareTo(x)));
        assertThat(x.compareTo(y) == 0).as("%s vs %s", x, y).isEqualTo(x.equals(y));
        for (Pointer z : pointers) {
          if (x.compareTo(y) < 0 && y.compareTo(z) < 0) {
            assertThat(x.compareTo(z)).as("%s < %s < %s", x, y, z).isNegative();
          }
        }
      }
    }
  }

  @Test
  void test_compareTo_indexesBeforeOtherSegments() {
    assertThat(Pointer.parse("/a/10")).isLessThan(Pointer.parse("/a/1a"));
    assertThat(Pointer.parse("/a/9")).isLessThan(Pointer.parse("/a/1a"));
    assertThat(Pointer.parse("/a/1")).isLessThan(Pointer.parse("/a/01"));
    assertThat(Pointer.parse("/a/0")).isLessThan(Pointer.parse("/a/"));
  }

  @Test
  void test_equals_bySegments() {
    new EqualsTester()
        .addEqualityGroup(Pointer.ROOT, Pointer.parse(""))
        .addEqualityGroup(Pointer.parse("/"), Pointer.ROOT.field(""))
        .addEqualityGroup(Pointer.parse(MEMBER_PERSON),
            Pointer.ROOT.field("councils").index(3).field("members").index(0).field("person"))
        .addEqualityGroup(Pointer.parse("/a~1b"), Pointer.ROOT.field("a/b"))
        .addEqualityGroup(Pointer.parse("/a/b"), Pointer.ROOT.field("a").field("b"))
        .addEqualityGroup(Pointer.parse("/0"), Pointer.ROOT.index(0), Pointer.ROOT.field("0"))
        .testEquals();
  }
}
