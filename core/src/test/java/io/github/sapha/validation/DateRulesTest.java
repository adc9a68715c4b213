package io.github.sapha.validation;

import static io.github.sapha.validation.Fixtures.AS_OF;
import static io.github.sapha.validation.Fixtures.COUNCIL_HUAI_KHRAI;
import static io.github.sapha.validation.Fixtures.DISTRICT_NETWORK;
import static io.github.sapha.validation.Fixtures.MEETING;
import static io.github.sapha.validation.Fixtures.TERM_START;
import static io.github.sapha.validation.Fixtures.base;
import static io.github.sapha.validation.Fixtures.community;
import static io.github.sapha.validation.Fixtures.error;
import static io.github.sapha.validation.Fixtures.person;
import static io.github.sapha.validation.Fixtures.validate;
import static io.github.sapha.validation.Fixtures.withAsOf;
import static io.github.sapha.validation.Fixtures.withCouncil;
import static io.github.sapha.validation.Fixtures.withMeeting;
import static io.github.sapha.validation.Fixtures.withMembers;
import static io.github.sapha.validation.Fixtures.withNetwork;
import static io.github.sapha.validation.Fixtures.withPosts;
import static io.github.sapha.validation.Fixtures.withSuggestion;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.Community;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.Registration;
import io.github.sapha.council.Term;
import io.github.sapha.registry.Registry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** date.buddhist-era-year and date.after-as-of. */
class DateRulesTest {
  /** 18 May 2560 B.E. written as if it were a CE year. */
  private static final LocalDate AS_OF_IN_BE = LocalDate.of(2560, 5, 18);
  private static final LocalDate DAY_AFTER_AS_OF = AS_OF.plusDays(1);
  private static final LocalDate END_IN_BE = LocalDate.of(2562, 12, 31);

  // ---- date.buddhist-era-year ---------------------------------------------------------------

  @Test
  void test_buddhistEraYear_asOfInBeSuggestsTheCeDate() {
    ValidationReport report = validate(withAsOf(base(), AS_OF_IN_BE));
    assertThat(report.violations()).containsExactly(asOfViolation());
    assertThat(report.violations().get(0).suggestion()).contains("2017-05-18");
  }

  @Test
  void test_buddhistEraYear_endOfATermIsChecked() {
    Registry registry =
        withMembers(base(), COUNCIL_HUAI_KHRAI,
            Membership.representative(person("570902", 1), community("570902", 1), Term.from(TERM_START)),
            Membership.representative(person("570902", 2), community("570902", 2), Term.from(TERM_START)),
            Membership.qualifiedPerson(person("570902", 3), Term.of(TERM_START, END_IN_BE)));
    assertThat(validate(registry).violations())
        .containsExactly(
            withSuggestion(
                error(Rules.DATE_BUDDHIST_ERA_YEAR, "/councils/1/members/2/term/end",
                    "The end of the membership of person person-570902-3 of council council-570902, 2562-12-31, "
                        + "has a year that looks like a Buddhist Era year; in CE it would be 2019-12-31"),
                "2019-12-31"));
  }

  @Test
  void test_buddhistEraYear_endOfAPostIsChecked() {
    Registry registry =
        withPosts(base(), COUNCIL_HUAI_KHRAI,
            Post.held(PostRole.CHAIR, person("570902", 1), Term.of(TERM_START, END_IN_BE)),
            Post.held(PostRole.SECRETARY, person("570902", 2), Term.from(TERM_START)));
    assertThat(validate(registry).violations())
        .containsExactly(
            withSuggestion(
                error(Rules.DATE_BUDDHIST_ERA_YEAR, "/councils/1/posts/0/term/end",
                    "The end of the post chair of council-570902, 2562-12-31, "
                        + "has a year that looks like a Buddhist Era year; in CE it would be 2019-12-31"),
                "2019-12-31"));
  }

  @Test
  void test_buddhistEraYear_respectsThePolicyThreshold() {
    Registry registry = withAsOf(base(), AS_OF_IN_BE);
    Validator atThreshold =
        Validator.builder().policy(Policy.builder().buddhistEraYearThreshold(2560).build()).build();
    Validator aboveYear =
        Validator.builder().policy(Policy.builder().buddhistEraYearThreshold(2561).build()).build();
    assertThat(atThreshold.validate(registry).violations()).containsExactly(asOfViolation());
    assertThat(aboveYear.validate(registry).violations()).isEmpty();
  }

  @Test
  void test_buddhistEraYear_lowThresholdFlagsCeYears() {
    // At threshold 2017 every 2017 date of the base looks like B.E.: the as-of date and the meeting.
    Validator validator =
        Validator.builder().policy(Policy.builder().buddhistEraYearThreshold(2017).build()).build();
    assertThat(validator.validate(base()).violations())
        .containsExactly(
            withSuggestion(
                error(Rules.DATE_BUDDHIST_ERA_YEAR, "/asOf",
                    "The as-of date, 2017-05-18, has a year that looks like a Buddhist Era year; in CE it would be 1474-05-18"),
                "1474-05-18"),
            withSuggestion(
                error(Rules.DATE_BUDDHIST_ERA_YEAR, "/meetings/0/date",
                    "The date of meeting meeting-570908-1, 2017-04-01, has a year that looks like a Buddhist Era year; "
                        + "in CE it would be 1474-04-01"),
                "1474-04-01"));
    Validator justAbove =
        Validator.builder().policy(Policy.builder().buddhistEraYearThreshold(2018).build()).build();
    assertThat(justAbove.validate(base()).violations()).isEmpty();
  }

  private static Violation asOfViolation() {
    return withSuggestion(
        error(Rules.DATE_BUDDHIST_ERA_YEAR, "/asOf",
            "The as-of date, 2560-05-18, has a year that looks like a Buddhist Era year; in CE it would be 2017-05-18"),
        "2017-05-18");
  }

  // ---- date.after-as-of ---------------------------------------------------------------------

  @Test
  void test_afterAsOf_meetingTheDayAfter() {
    Registry registry = withMeeting(base(), MEETING, m -> m.date(DAY_AFTER_AS_OF));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.DATE_AFTER_AS_OF, "/meetings/0/date",
                "The date of meeting meeting-570908-1, 2017-05-19, is after the registry's as-of date 2017-05-18"));
  }

  @Test
  void test_afterAsOf_meetingOnTheAsOfDateIsFine() {
    Registry registry = withMeeting(base(), MEETING, m -> m.date(AS_OF));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_afterAsOf_councilRegistration() {
    Registry registry =
        withCouncil(base(), COUNCIL_HUAI_KHRAI, c -> c.registration(Registration.of("ชร.570902/2560", DAY_AFTER_AS_OF)));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.DATE_AFTER_AS_OF, "/councils/1/registration/date",
                "The registration date of council council-570902, 2017-05-19, is after the registry's as-of date 2017-05-18"));
  }

  @Test
  void test_afterAsOf_councilDissolution() {
    Registry registry = withCouncil(base(), COUNCIL_HUAI_KHRAI, c -> c.dissolved(DAY_AFTER_AS_OF));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.DATE_AFTER_AS_OF, "/councils/1/dissolved",
                "The dissolution date of council council-570902, 2017-05-19, is after the registry's as-of date 2017-05-18"));
  }

  @Test
  void test_afterAsOf_communityRegistration() {
    Registry registry =
        withCouncil(base(), COUNCIL_HUAI_KHRAI, c -> {
          Community first = c.build().communities().get(0);
          return c.communities(
              List.of(Community.builder().from(first).registered(DAY_AFTER_AS_OF).build(), c.build().communities().get(1)));
        });
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.DATE_AFTER_AS_OF, "/councils/1/communities/0/registered",
                "The registration date of community community-570902-1 of council council-570902, 2017-05-19, "
                    + "is after the registry's as-of date 2017-05-18"));
  }

  @Test
  void test_afterAsOf_startOfAMembership() {
    Registry registry =
        withMembers(base(), COUNCIL_HUAI_KHRAI,
            Membership.representative(person("570902", 1), community("570902", 1), Term.from(TERM_START)),
            Membership.representative(person("570902", 2), community("570902", 2), Term.from(TERM_START)),
            Membership.qualifiedPerson(person("570902", 3), Term.from(DAY_AFTER_AS_OF)));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.DATE_AFTER_AS_OF, "/councils/1/members/2/term/start",
                "The start of the membership of person person-570902-3 of council council-570902, 2017-05-19, "
                    + "is after the registry's as-of date 2017-05-18"));
  }

  @Test
  void test_afterAsOf_startOfANetworkPost() {
    Registry registry =
        withNetwork(base(), DISTRICT_NETWORK,
            n -> n.posts(List.of(Post.held(PostRole.CHAIR, person("570908", 1), Term.from(DAY_AFTER_AS_OF)))));
    assertThat(validate(registry).violations())
        .containsExactly(
            error(Rules.DATE_AFTER_AS_OF, "/networks/0/posts/0/term/start",
                "The start of the post chair of network-5709, 2017-05-19, is after the registry's as-of date 2017-05-18"));
  }

  @Test
  void test_afterAsOf_endsOfTermsMayLieInTheFuture() {
    Registry registry =
        withPosts(base(), COUNCIL_HUAI_KHRAI,
            Post.held(PostRole.CHAIR, person("570902", 1), Term.of(TERM_START, LocalDate.of(2019, 12, 31))),
            Post.held(PostRole.SECRETARY, person("570902", 2), Term.from(TERM_START)));
    assertThat(validate(registry).violations()).isEmpty();
  }
}
