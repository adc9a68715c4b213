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
import java.util.function.Supplier;

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

  /** One date of the registry, where it lies, what it is, and whether it records an event. */
  @FunctionalInterface
  private interface DateVisitor {
    void visit(Supplier<Pointer> at, Supplier<String> what, LocalDate date, boolean event);
  }

  private static void buddhistEra(Run run, RuleContext out) {
    int threshold = run.policy.buddhistEraYearThreshold();
    dates(run, (at, what, date, event) -> {
      if (date.getYear() >= threshold) {
        LocalDate ce = date.minusYears(543);
        out.report(
            at.get(),
            what.get() + ", " + date + ", has a year that looks like a Buddhist Era year; in CE it would be " + ce,
            ce.toString());
      }
    });
  }

  private static void afterAsOf(Run run, RuleContext out) {
    LocalDate asOf = run.registry.asOf();
    dates(run, (at, what, date, event) -> {
      if (event && date.isAfter(asOf)) {
        out.report(at.get(), what.get() + ", " + date + ", is after the registry's as-of date " + asOf);
      }
    });
  }

  /**
   * Visits every date of the registry. Paths and descriptions are suppliers,
   * built only when a date is at fault: a national registry has hundreds of
   * thousands of dates and almost all are fine.
   */
  private static void dates(Run run, DateVisitor visitor) {
    visitor.visit(() -> Paths.AS_OF, () -> "The as-of date", run.registry.asOf(), false);
    List<Council> councils = run.registry.councils();
    for (int i = 0; i < councils.size(); i++) {
      Council council = councils.get(i);
      Pointer at = Paths.council(i);
      String of = " of council " + council.id();
      council.registration().ifPresent(r ->
          visitor.visit(() -> at.field(REGISTRATION).field(DATE), () -> "The registration date" + of, r.date(), true));
      council.dissolved().ifPresent(d ->
          visitor.visit(() -> at.field(DISSOLVED), () -> "The dissolution date" + of, d, true));
      for (int k = 0; k < council.communities().size(); k++) {
        Community community = council.communities().get(k);
        int index = k;
        community.registered().ifPresent(d ->
            visitor.visit(() -> at.field(COMMUNITIES).index(index).field(REGISTERED),
                () -> "The registration date of community " + community.id() + of, d, true));
      }
      for (int m = 0; m < council.members().size(); m++) {
        Membership member = council.members().get(m);
        int index = m;
        term(visitor, () -> at.field(MEMBERS).index(index).field(TERM),
            () -> "membership of person " + member.person() + of, member.term());
      }
      posts(visitor, council, at);
    }
    for (int i = 0; i < run.registry.networks().size(); i++) {
      posts(visitor, run.registry.networks().get(i), Paths.network(i));
    }
    for (int i = 0; i < run.registry.organizations().size(); i++) {
      posts(visitor, run.registry.organizations().get(i), Paths.organization(i));
    }
    List<Meeting> meetings = run.registry.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      Meeting meeting = meetings.get(i);
      int index = i;
      // A planned meeting may lie after the as-of date; its year may still be a B.E. year.
      visitor.visit(() -> Paths.meeting(index).field(DATE), () -> "The date of meeting " + meeting.id(),
          meeting.date(), meeting.status() == MeetingStatus.HELD);
    }
  }

  private static void posts(DateVisitor visitor, Body body, Pointer at) {
    for (int p = 0; p < body.posts().size(); p++) {
      Post post = body.posts().get(p);
      int index = p;
      term(visitor, () -> at.field(POSTS).index(index).field(TERM), () -> "post " + post.title() + " of " + body.id(),
          post.term());
    }
  }

  /** The start of a term records an event; its end may lie in the future. */
  private static void term(DateVisitor visitor, Supplier<Pointer> at, Supplier<String> what, Term term) {
    visitor.visit(() -> at.get().field(START), () -> "The start of the " + what.get(), term.start(), true);
    term.end().ifPresent(end -> visitor.visit(() -> at.get().field(END), () -> "The end of the " + what.get(), end, false));
  }
}
