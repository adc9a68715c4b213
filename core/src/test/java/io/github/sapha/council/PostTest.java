package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.sapha.testing.IdSamples;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PostTest {
  private static final PersonId P1 = PersonId.of("p-1");
  private static final LocalDate START = LocalDate.of(2017, 1, 1);
  private static final LocalDate END = LocalDate.of(2018, 12, 31);
  private static final Term TERM = Term.of(START, END);
  private static final Post CHAIR = Post.held(PostRole.CHAIR, P1, TERM);
  private static final Post VACANT_SECRETARY =
      Post.builder().role(PostRole.SECRETARY).term(Term.from(START)).build();
  private static final Post DEPUTY_MAYOR =
      Post.builder().role(PostRole.OTHER).label("deputy mayor").holder(P1).term(TERM).build();

  @Test
  void test_held() {
    assertThat(CHAIR.role()).isEqualTo(PostRole.CHAIR);
    assertThat(CHAIR.holder()).contains(P1);
    assertThat(CHAIR.term()).isEqualTo(TERM);
    assertThat(CHAIR.label()).isEmpty();
    assertThat(CHAIR.isVacant()).isFalse();
  }

  @Test
  void test_other_roleOtherWithItsLabel() {
    Post post = Post.other("deputy mayor", P1, TERM);
    assertThat(post).isEqualTo(DEPUTY_MAYOR);
    assertThat(post.role()).isEqualTo(PostRole.OTHER);
    assertThat(post.title()).isEqualTo("deputy mayor");
    assertThatThrownBy(() -> Post.other(" ", P1, TERM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("post other: label must not be blank");
  }

  @Test
  void test_isVacant_withoutHolder() {
    assertThat(VACANT_SECRETARY.isVacant()).isTrue();
    assertThat(VACANT_SECRETARY.holder()).isEmpty();
  }

  @Test
  void test_isActiveOn_termBoundsInclusive() {
    assertThat(CHAIR.isActiveOn(START.minusDays(1))).isFalse();
    assertThat(CHAIR.isActiveOn(START)).isTrue();
    assertThat(CHAIR.isActiveOn(END)).isTrue();
    assertThat(CHAIR.isActiveOn(END.plusDays(1))).isFalse();
    assertThat(VACANT_SECRETARY.isActiveOn(END.plusYears(10))).isTrue();
  }

  @Test
  void test_title_labelElseRole() {
    assertThat(CHAIR.title()).isEqualTo("chair");
    assertThat(DEPUTY_MAYOR.title()).isEqualTo("deputy mayor");
    assertThat(Post.builder().from(CHAIR).label("ประธานสภา").build().title()).isEqualTo("ประธานสภา");
  }

  @Test
  void test_toString() {
    assertThat(CHAIR).hasToString("Post[chair p-1 2017-01-01/2018-12-31]");
    assertThat(VACANT_SECRETARY).hasToString("Post[secretary vacant 2017-01-01/]");
    assertThat(DEPUTY_MAYOR).hasToString("Post[deputy mayor p-1 2017-01-01/2018-12-31]");
  }

  @Test
  void test_builder_otherNeedsLabel() {
    assertThatThrownBy(() -> Post.held(PostRole.OTHER, P1, TERM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "post: a post of role other needs a label naming it, as Post.other(label, holder, term) gives");
  }

  @Test
  void test_builder_refusesBlankOrPaddedLabel() {
    assertThatThrownBy(() -> Post.builder().from(CHAIR).label(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("post chair: label must not be blank");
    assertThatThrownBy(() -> Post.builder().from(DEPUTY_MAYOR).label("deputy mayor ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("post other: label \"deputy mayor \" has leading or trailing white space");
  }

  @Test
  void test_builder_requiresRoleAndTerm() {
    assertThatThrownBy(() -> Post.builder().holder(P1).term(TERM).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("post: role must be set");
    assertThatThrownBy(() -> Post.builder().role(PostRole.CHAIR).holder(P1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("post chair: term must be set");
  }

  @Test
  void test_postRole_officersAndSingleHolders() {
    assertThat(PostRole.values())
        .filteredOn(PostRole::isOfficer)
        .containsExactly(PostRole.CHAIR, PostRole.VICE_CHAIR, PostRole.SECRETARY, PostRole.TREASURER);
    assertThat(PostRole.values())
        .filteredOn(PostRole::isSingleHolder)
        .containsExactly(PostRole.CHAIR, PostRole.SECRETARY, PostRole.TREASURER);
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(CHAIR, Post.held(PostRole.CHAIR, P1, TERM), Post.builder().from(CHAIR).build())
        .addEqualityGroup(Post.held(PostRole.VICE_CHAIR, P1, TERM))
        .addEqualityGroup(Post.held(PostRole.CHAIR, PersonId.of("p-2"), TERM))
        .addEqualityGroup(Post.held(PostRole.CHAIR, P1, Term.from(START)))
        .addEqualityGroup(Post.builder().role(PostRole.CHAIR).term(TERM).build())
        .addEqualityGroup(Post.builder().from(CHAIR).label("ประธาน").build())
        .addEqualityGroup(VACANT_SECRETARY)
        .addEqualityGroup(DEPUTY_MAYOR)
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = IdSamples.nullTester().setDefault(Term.class, TERM);
    tester.testAllPublicStaticMethods(Post.class);
    tester.testAllPublicInstanceMethods(Post.builder());
    tester.testAllPublicInstanceMethods(CHAIR);
  }
}
