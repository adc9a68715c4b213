package io.github.sapha.validation;

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
 */
final class DateChecks {
  private DateChecks() {}

  static void run(Run run) {
    LocalDate asOf = run.registry.asOf();
    buddhistEra(run, Paths.AS_OF, () -> "The as-of date", asOf);

    List<Council> councils = run.registry.councils();
    for (int i = 0; i < councils.size(); i++) {
      Council council = councils.get(i);
      Pointer at = Paths.council(i);
      String of = " of council " + council.id();
      council.registration()
          .ifPresent(r -> event(run, at.field("registration").field("date"), () -> "The registration date" + of, r.date()));
      council.dissolved().ifPresent(d -> event(run, at.field("dissolved"), () -> "The dissolution date" + of, d));
      for (int k = 0; k < council.communities().size(); k++) {
        Community community = council.communities().get(k);
        int index = k;
        community.registered()
            .ifPresent(d -> event(run, at.field("communities").index(index).field("registered"),
                () -> "The registration date of community " + community.id() + of, d));
      }
      for (int m = 0; m < council.members().size(); m++) {
        Membership member = council.members().get(m);
        int index = m;
        term(run, () -> at.field("members").index(index).field("term"),
            () -> "membership of person " + member.person() + of, member.term());
      }
      posts(run, council, at);
    }
    for (int i = 0; i < run.registry.networks().size(); i++) {
      posts(run, run.registry.networks().get(i), Paths.network(i));
    }
    for (int i = 0; i < run.registry.organizations().size(); i++) {
      posts(run, run.registry.organizations().get(i), Paths.organization(i));
    }
    List<Meeting> meetings = run.registry.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      Meeting meeting = meetings.get(i);
      if (meeting.status() == MeetingStatus.HELD) {
        event(run, Paths.meeting(i).field("date"), () -> "The date of meeting " + meeting.id(), meeting.date());
      } else {
        // A planned meeting may lie after the as-of date; its year may still be a B.E. year.
        buddhistEra(run, Paths.meeting(i).field("date"), () -> "The date of meeting " + meeting.id(), meeting.date());
      }
    }
  }

  private static void posts(Run run, Body body, Pointer at) {
    for (int p = 0; p < body.posts().size(); p++) {
      Post post = body.posts().get(p);
      int index = p;
      term(run, () -> at.field("posts").index(index).field("term"), () -> "post " + post.title() + " of " + body.id(),
          post.term());
    }
  }

  // Paths and descriptions are built only when a date is at fault: a national
  // registry has hundreds of thousands of dates and almost all are fine.
  private static void term(Run run, Supplier<Pointer> at, Supplier<String> what, Term term) {
    if (suspect(run, term.start())) {
      event(run, at.get().field("start"), () -> "The start of the " + what.get(), term.start());
    }
    term.end()
        .filter(end -> suspect(run, end))
        .ifPresent(end -> buddhistEra(run, at.get().field("end"), () -> "The end of the " + what.get(), end));
  }

  private static boolean suspect(Run run, LocalDate date) {
    return date.isAfter(run.registry.asOf()) || date.getYear() >= run.policy.buddhistEraYearThreshold();
  }

  private static void event(Run run, Pointer at, Supplier<String> what, LocalDate date) {
    buddhistEra(run, at, what, date);
    if (date.isAfter(run.registry.asOf())) {
      run.report(
          Rules.DATE_AFTER_AS_OF,
          at,
          what.get() + ", " + date + ", is after the registry's as-of date " + run.registry.asOf());
    }
  }

  private static void buddhistEra(Run run, Pointer at, Supplier<String> what, LocalDate date) {
    if (date.getYear() >= run.policy.buddhistEraYearThreshold()) {
      LocalDate ce = date.minusYears(543);
      run.report(
          Rules.DATE_BUDDHIST_ERA_YEAR,
          at,
          what.get() + ", " + date + ", has a year that looks like a Buddhist Era year; in CE it would be " + ce,
          ce.toString());
    }
  }
}
