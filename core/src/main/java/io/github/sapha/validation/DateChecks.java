package io.github.sapha.validation;

import static io.github.sapha.registry.FieldNames.*;

import io.github.sapha.council.Body;
import io.github.sapha.council.Community;
import io.github.sapha.council.Council;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Post;
import io.github.sapha.council.Term;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * date.buddhist-era-year on every date of the registry, and date.after-as-of on
 * every date that records an event (registrations, dissolutions, the starts of
 * terms, held meetings); ends of terms and planned meetings may lie in the future.
 * Both rules walk the same dates ({@link #dates}).
 */
final class DateChecks {
  static final List<Definition> RULES = List.of(
      Definition.of(Rules.DATE_BUDDHIST_ERA_YEAR, Severity.ERROR,
          "a CE date whose year looks like B.E.; suggestion: the date 543 years earlier", DateChecks::buddhistEra),
      Definition.of(Rules.DATE_AFTER_AS_OF, Severity.ERROR,
          "an event dated after the document's as-of date", DateChecks::afterAsOf));

  private DateChecks() {}

  /**
   * One of the two date rules: which dates are at fault, and how a fault is
   * reported. The walk asks {@link #faulty} first and builds the pointer and
   * description only for a date at fault: a national registry has hundreds of
   * thousands of dates, almost all fine, and a pointer or message made for
   * each was most of these rules' time.
   */
  private interface DateRule {
    /** Whether a date is at fault; {@code event} says whether it records something that happened. */
    boolean faulty(LocalDate date, boolean event);

    /** Reports a date at fault: {@code what} names it, as in "The start of the membership of person p1". */
    void report(Pointer at, String what, LocalDate date);
  }

  private static void buddhistEra(Run run, RuleContext out) {
    int threshold = run.policy.buddhistEraYearThreshold();
    dates(run, new DateRule() {
      @Override
      public boolean faulty(LocalDate date, boolean event) {
        return date.getYear() >= threshold;
      }

      @Override
      public void report(Pointer at, String what, LocalDate date) {
        LocalDate ce = date.minusYears(543);
        out.report(
            at,
            what + ", " + date + ", has a year that looks like a Buddhist Era year; in CE it would be " + ce,
            ce.toString());
      }
    });
  }

  private static void afterAsOf(Run run, RuleContext out) {
    LocalDate asOf = run.registry.asOf();
    dates(run, new DateRule() {
      @Override
      public boolean faulty(LocalDate date, boolean event) {
        return event && date.isAfter(asOf);
      }

      @Override
      public void report(Pointer at, String what, LocalDate date) {
        out.report(at, what + ", " + date + ", is after the registry's as-of date " + asOf);
      }
    });
  }

  /** Visits every date of the registry, in document order. */
  private static void dates(Run run, DateRule rule) {
    LocalDate asOf = run.registry.asOf();
    if (rule.faulty(asOf, false)) {
      rule.report(Paths.AS_OF, "The as-of date", asOf);
    }
    List<Council> councils = run.registry.councils();
    for (int i = 0; i < councils.size(); i++) {
      Council council = councils.get(i);
      if (council.registration().isPresent()) {
        LocalDate date = council.registration().get().date();
        if (rule.faulty(date, true)) {
          rule.report(Paths.council(i).field(REGISTRATION).field(DATE), "The registration date" + of(council), date);
        }
      }
      if (council.dissolved().isPresent()) {
        LocalDate date = council.dissolved().get();
        if (rule.faulty(date, true)) {
          rule.report(Paths.council(i).field(DISSOLVED), "The dissolution date" + of(council), date);
        }
      }
      for (int k = 0; k < council.communities().size(); k++) {
        Community community = council.communities().get(k);
        if (community.registered().isPresent()) {
          LocalDate date = community.registered().get();
          if (rule.faulty(date, true)) {
            rule.report(Paths.council(i).field(COMMUNITIES).index(k).field(REGISTERED),
                "The registration date of community " + community.id() + of(council), date);
          }
        }
      }
      for (int m = 0; m < council.members().size(); m++) {
        Membership member = council.members().get(m);
        if (faulty(rule, member.term())) {
          term(rule, member.term(), Paths.council(i).field(MEMBERS).index(m).field(TERM),
              "membership of person " + member.person() + of(council));
        }
      }
      posts(rule, council, Paths.council(i));
    }
    for (int i = 0; i < run.registry.networks().size(); i++) {
      posts(rule, run.registry.networks().get(i), Paths.network(i));
    }
    for (int i = 0; i < run.registry.organizations().size(); i++) {
      posts(rule, run.registry.organizations().get(i), Paths.organization(i));
    }
    List<Meeting> meetings = run.registry.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      Meeting meeting = meetings.get(i);
      // A planned meeting may lie after the as-of date; its year may still be a B.E. year.
      if (rule.faulty(meeting.date(), meeting.status() == MeetingStatus.HELD)) {
        rule.report(Paths.meeting(i).field(DATE), "The date of meeting " + meeting.id(), meeting.date());
      }
    }
  }

  private static String of(Council council) {
    return " of council " + council.id();
  }

  private static void posts(DateRule rule, Body body, Pointer at) {
    for (int p = 0; p < body.posts().size(); p++) {
      Post post = body.posts().get(p);
      if (faulty(rule, post.term())) {
        term(rule, post.term(), at.field(POSTS).index(p).field(TERM), "post " + post.title() + " of " + body.id());
      }
    }
  }

  /** The start of a term records an event; its end may lie in the future. */
  private static boolean faulty(DateRule rule, Term term) {
    return rule.faulty(term.start(), true) || (term.end().isPresent() && rule.faulty(term.end().get(), false));
  }

  private static void term(DateRule rule, Term term, Pointer at, String what) {
    if (rule.faulty(term.start(), true)) {
      rule.report(at.field(START), "The start of the " + what, term.start());
    }
    if (term.end().isPresent() && rule.faulty(term.end().get(), false)) {
      rule.report(at.field(END), "The end of the " + what, term.end().get());
    }
  }
}
