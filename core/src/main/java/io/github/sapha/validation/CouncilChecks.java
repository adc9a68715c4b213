package io.github.sapha.validation;

import static io.github.sapha.registry.FieldNames.*;

import com.google.common.collect.Maps;
import io.github.sapha.council.Community;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.Council;
import io.github.sapha.council.MemberKind;
import io.github.sapha.council.Membership;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.RegistrationNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The council rules. Composition rules (communities, representatives,
 * qualified persons, chair) look at the as-of date and skip councils dissolved
 * by then. Rules across councils work from maps keyed by id, never by
 * comparing all pairs; rules of one council scan its few members and
 * communities rather than build maps, and run council by council (see
 * {@link Definition}).
 */
final class CouncilChecks {
  static final List<Definition> RULES = List.of(
      Definition.ofCouncil(Rules.COUNCIL_BEFORE_ACT, Severity.ERROR,
          "a council registered before the Act took effect", Rules.ACT, CouncilChecks::beforeAct),
      Definition.of(Rules.COUNCIL_DUPLICATE_AREA, Severity.ERROR,
          "two active councils for the same area", CouncilChecks::duplicateArea),
      Definition.ofCouncil(Rules.COUNCIL_TOO_FEW_COMMUNITIES, Severity.ERROR,
          "fewer member communities than the policy minimum", Rules.ACT + ", s.6",
          composition(CouncilChecks::tooFewCommunities)),
      Definition.ofCouncil(Rules.COUNCIL_COMMUNITY_WITHOUT_REPRESENTATIVE, Severity.ERROR,
          "a member community with no representative", composition(CouncilChecks::communityWithoutRepresentative)),
      Definition.ofCouncil(Rules.COUNCIL_TOO_MANY_REPRESENTATIVES, Severity.ERROR,
          "a community with more representatives than the policy allows", composition(CouncilChecks::tooManyRepresentatives)),
      Definition.ofCouncil(Rules.COUNCIL_PERSON_REPRESENTS_TWICE, Severity.ERROR,
          "one person representing two communities in one council", composition(CouncilChecks::personRepresentsTwice)),
      Definition.ofCouncil(Rules.COUNCIL_QUALIFIED_PERSONS_CAP, Severity.ERROR,
          "more qualified persons than the policy share", Rules.ACT + ", s.7(2)",
          composition(CouncilChecks::qualifiedPersonsCap)),
      Definition.ofCouncil(Rules.COUNCIL_CHAIR_COUNT, Severity.ERROR,
          "a council with officers but not exactly one chair at a date", composition(CouncilChecks::chairCount)),
      Definition.ofCouncil(Rules.COUNCIL_OFFICER_NOT_MEMBER, Severity.ERROR,
          "an officer who is not a member at the time of the post", CouncilChecks::officersAreMembers),
      Definition.ofCouncil(Rules.COUNCIL_POST_OVERLAP, Severity.ERROR,
          "one single-holder post held by two people at the same time", CouncilChecks::postOverlap),
      Definition.of(Rules.COUNCIL_MEMBER_IN_TWO_COUNCILS, Severity.WARNING,
          "the same person an active member of two councils", CouncilChecks::memberInTwoCouncils),
      Definition.ofCouncil(Rules.COUNCIL_OFFICER_OUTLIVES_MEMBERSHIP, Severity.WARNING,
          "an officer whose membership ends (or who leaves the council) while the post goes on",
          CouncilChecks::officerOutlivesMembership),
      Definition.ofCouncil(Rules.COUNCIL_MEMBERSHIP_BEFORE_ACT, Severity.WARNING,
          "a membership or post that starts before the Act took effect", Rules.ACT,
          CouncilChecks::membershipBeforeAct),
      Definition.of(Rules.COUNCIL_DUPLICATE_REGISTRATION_NUMBER, Severity.ERROR,
          "two councils with the same registration number", CouncilChecks::duplicateRegistrationNumber));

  private CouncilChecks() {}

  /** A composition check: of councils not dissolved by the as-of date, on the as-of date. */
  private static Definition.CouncilCheck composition(Definition.CouncilCheck check) {
    return (run, out, council, at) -> {
      if (council.dissolved().filter(d -> !d.isAfter(run.registry.asOf())).isEmpty()) {
        check.check(run, out, council, at);
      }
    };
  }

  /** council.officer-outlives-membership: the post goes on after the holder's membership has lapsed. */
  private static void officerOutlivesMembership(Run run, RuleContext out, Council council, Pointer at) {
    for (int p = 0; p < council.posts().size(); p++) {
      Post post = council.posts().get(p);
      if (post.isVacant() || !post.role().isOfficer()) {
        continue;
      }
      PersonId holder = post.holder().get();
      List<Membership> memberships = membershipsOf(council, holder);
      if (memberships.isEmpty()) {
        continue; // a holder who was never a member is council.officer-not-member's to report
      }
      List<LocalDate[]> merged = merge(memberships);
      LocalDate[] span = spanOn(merged, post.term().start());
      if (span == null || span[1] == null) {
        continue; // not a member when the post starts (officer-not-member), or a member for good
      }
      LocalDate lastDay = span[1];
      if (post.term().end().filter(end -> !end.isAfter(lastDay)).isEmpty()) {
        out.report(
            at.field(POSTS).index(p).field(TERM),
            "The post of " + post.title() + " of council " + council.id() + " held by person " + holder
                + " goes on " + post.term().end().map(e -> "to " + e).orElse("with no end")
                + ", but the person's membership of the council ends on " + lastDay);
      }
    }
  }

  /**
   * The days a person is a member, as spans {start, last day or null for open}
   * sorted by start, overlapping or adjacent memberships joined.
   */
  private static List<LocalDate[]> merge(List<Membership> memberships) {
    List<Membership> sorted = new ArrayList<>(memberships);
    sorted.sort(Comparator.comparing(m -> m.term().start()));
    List<LocalDate[]> spans = new ArrayList<>();
    for (Membership m : sorted) {
      LocalDate start = m.term().start();
      LocalDate end = m.term().end().orElse(null);
      LocalDate[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null && (last[1] == null || !start.isAfter(last[1].plusDays(1)))) {
        if (last[1] != null && (end == null || end.isAfter(last[1]))) {
          last[1] = end;
        }
      } else {
        spans.add(new LocalDate[] {start, end});
      }
    }
    return spans;
  }

  /** The span that holds a day, by binary search, or null. */
  private static LocalDate[] spanOn(List<LocalDate[]> spans, LocalDate day) {
    int low = 0;
    int high = spans.size() - 1;
    LocalDate[] found = null;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (spans.get(mid)[0].isAfter(day)) {
        high = mid - 1;
      } else {
        found = spans.get(mid);
        low = mid + 1;
      }
    }
    return found != null && (found[1] == null || !day.isAfter(found[1])) ? found : null;
  }

  /** council.membership-before-act: memberships and posts that start before the Act took effect. */
  private static void membershipBeforeAct(Run run, RuleContext out, Council council, Pointer at) {
    LocalDate act = run.policy.actEffectiveDate();
    for (int m = 0; m < council.members().size(); m++) {
      Membership member = council.members().get(m);
      if (member.term().start().isBefore(act)) {
        out.report(
            at.field(MEMBERS).index(m).field(TERM),
            "The membership of person " + member.person() + " in council " + council.id() + " starts on "
                + member.term().start() + ", before the Act took effect on " + act);
      }
    }
    for (int p = 0; p < council.posts().size(); p++) {
      Post post = council.posts().get(p);
      if (post.term().start().isBefore(act)) {
        out.report(
            at.field(POSTS).index(p).field(TERM),
            "The post of " + post.title() + " of council " + council.id() + " starts on " + post.term().start()
                + ", before the Act took effect on " + act);
      }
    }
  }

  /** council.duplicate-registration-number, on the later council, naming the earlier. */
  private static void duplicateRegistrationNumber(Run run, RuleContext out) {
    List<Council> councils = run.registry.councils();
    Map<RegistrationNumber, Integer> numbers = new HashMap<>();
    for (int i = 0; i < councils.size(); i++) {
      Council council = councils.get(i);
      if (council.registration().isEmpty()) {
        continue;
      }
      RegistrationNumber number = council.registration().get().number();
      Integer first = numbers.putIfAbsent(number, i);
      if (first != null) {
        out.report(
            Paths.council(i).field(REGISTRATION).field(NUMBER),
            "Council " + council.id() + " has registration number " + number + ", which council "
                + councils.get(first).id() + " already has");
      }
    }
  }

  private static void beforeAct(Run run, RuleContext out, Council council, Pointer at) {
    council.registration()
        .filter(r -> r.date().isBefore(run.policy.actEffectiveDate()))
        .ifPresent(r -> out.report(
            at.field(REGISTRATION).field(DATE),
            "Council " + council.id() + " was registered on " + r.date() + ", before the Act took effect on "
                + run.policy.actEffectiveDate()));
  }

  private static void duplicateArea(Run run, RuleContext out) {
    List<Council> councils = run.registry.councils();
    Map<String, Integer> areas = new HashMap<>();
    for (int i = 0; i < councils.size(); i++) {
      Council council = councils.get(i);
      if (!council.isActiveOn(run.registry.asOf())) {
        continue;
      }
      String key = council.area().localGovernment()
          .map(lg -> "local government " + lg)
          .orElse("sub-district " + council.area().subdistricts().first());
      Integer first = areas.putIfAbsent(key, i);
      if (first != null) {
        out.report(
            Paths.council(i).field(AREA),
            "Council " + council.id() + " serves the same area (" + key + ") as council "
                + councils.get(first).id() + "; an area has one active council");
      }
    }
  }

  private static void memberInTwoCouncils(Run run, RuleContext out) {
    List<Council> councils = run.registry.councils();
    LocalDate asOf = run.registry.asOf();
    Map<PersonId, Integer> firstCouncil = Maps.newHashMapWithExpectedSize(run.registry.people().size());
    for (int i = 0; i < councils.size(); i++) {
      Council council = councils.get(i);
      if (!council.isActiveOn(asOf)) {
        continue; // a seat in a dissolved or unregistered council is not a second active membership
      }
      for (int m = 0; m < council.members().size(); m++) {
        Membership member = council.members().get(m);
        if (!member.isActiveOn(asOf)) {
          continue;
        }
        Integer first = firstCouncil.putIfAbsent(run.samePerson(member.person()), i);
        if (first != null && first != i) {
          out.report(
              Paths.council(i).field(MEMBERS).index(m).field(PERSON),
              "Person " + run.person(member.person()) + " is an active member of both council "
                  + councils.get(first).id() + " and council " + council.id() + " on " + asOf);
        }
      }
    }
  }

  private static void tooFewCommunities(Run run, RuleContext out, Council council, Pointer at) {
    int minimum = run.policy.minCommunitiesPerCouncil();
    if (council.communities().size() < minimum) {
      out.report(
          at.field(COMMUNITIES),
          "Council " + council.id() + " has " + council.communities().size()
              + " member communities, fewer than the policy minimum of " + minimum);
    }
  }

  /**
   * The number of active representatives on the as-of date of each member
   * community, by its index in {@link Council#communities()}. Counted in an
   * array with a scan of the communities, not a map: a council has tens of
   * members and a handful of communities, and this runs for every council.
   */
  private static int[] representatives(Council council, LocalDate asOf) {
    List<Community> communities = council.communities();
    int[] counts = new int[communities.size()];
    for (Membership member : council.members()) {
      if (member.isActiveOn(asOf) && member.kind() != MemberKind.QUALIFIED_PERSON) {
        CommunityId community = member.community().orElseThrow();
        for (int k = 0; k < counts.length; k++) {
          if (communities.get(k).id().equals(community)) {
            counts[k]++;
            break;
          }
        }
      }
    }
    return counts;
  }

  private static void communityWithoutRepresentative(Run run, RuleContext out, Council council, Pointer at) {
    LocalDate asOf = run.registry.asOf();
    int[] representatives = representatives(council, asOf);
    for (int k = 0; k < representatives.length; k++) {
      if (representatives[k] == 0) {
        out.report(
            at.field(COMMUNITIES).index(k),
            "Community " + council.communities().get(k).id() + " of council " + council.id()
                + " has no representative on " + asOf);
      }
    }
  }

  private static void tooManyRepresentatives(Run run, RuleContext out, Council council, Pointer at) {
    LocalDate asOf = run.registry.asOf();
    int maximum = run.policy.maxRepresentativesPerCommunity();
    int[] representatives = representatives(council, asOf);
    for (int k = 0; k < representatives.length; k++) {
      int count = representatives[k];
      if (count > maximum) {
        out.report(
            at.field(COMMUNITIES).index(k),
            "Community " + council.communities().get(k).id() + " of council " + council.id() + " has " + count
                + " representatives on " + asOf + ", more than the policy maximum of " + maximum);
      }
    }
  }

  /**
   * One person representing two communities. The first community a person
   * represents, in member order, is the one the message names as earlier.
   * Members are compared with the earlier ones rather than kept in a map, for
   * the reason given at {@link #representatives}.
   */
  private static void personRepresentsTwice(Run run, RuleContext out, Council council, Pointer at) {
    LocalDate asOf = run.registry.asOf();
    List<Membership> members = council.members();
    PersonId[] people = new PersonId[members.size()];
    for (int m = 0; m < members.size(); m++) {
      Membership member = members.get(m);
      if (!member.isActiveOn(asOf) || member.kind() == MemberKind.QUALIFIED_PERSON) {
        continue;
      }
      PersonId person = run.samePerson(member.person());
      people[m] = person;
      CommunityId community = member.community().orElseThrow();
      for (int j = 0; j < m; j++) {
        if (person.equals(people[j])) {
          CommunityId earlier = members.get(j).community().orElseThrow();
          if (!earlier.equals(community)) {
            out.report(
                at.field(MEMBERS).index(m),
                "Person " + run.person(member.person()) + " represents both community " + earlier + " and community "
                    + community + " of council " + council.id());
          }
          break;
        }
      }
    }
  }

  private static void qualifiedPersonsCap(Run run, RuleContext out, Council council, Pointer at) {
    LocalDate asOf = run.registry.asOf();
    int qualified = 0;
    int representativeCount = 0;
    for (Membership member : council.members()) {
      if (member.isActiveOn(asOf)) {
        if (member.kind() == MemberKind.QUALIFIED_PERSON) {
          qualified++;
        } else {
          representativeCount++;
        }
      }
    }
    BigDecimal share = run.policy.qualifiedPersonsMaxShare();
    int allowed = share.multiply(BigDecimal.valueOf(representativeCount)).setScale(0, RoundingMode.FLOOR).intValueExact();
    if (qualified > allowed) {
      out.report(
          at.field(MEMBERS),
          "Council " + council.id() + " has " + qualified + (qualified == 1 ? " qualified person on " : " qualified persons on ")
              + asOf + ", more than the "
              + allowed + " that " + share.toPlainString() + " of its " + representativeCount
              + " community representatives allows");
    }
  }

  private static void chairCount(Run run, RuleContext out, Council council, Pointer at) {
    LocalDate asOf = run.registry.asOf();
    int officers = 0;
    int chairs = 0;
    for (Post post : council.posts()) {
      if (post.isActiveOn(asOf) && !post.isVacant() && post.role().isOfficer()) {
        officers++;
        if (post.role() == PostRole.CHAIR) {
          chairs++;
        }
      }
    }
    if (officers > 0 && chairs != 1) {
      out.report(
          at.field(POSTS),
          "Council " + council.id() + " has officers but " + chairs + " chairs on " + asOf + "; it needs exactly one");
    }
  }

  private static void officersAreMembers(Run run, RuleContext out, Council council, Pointer at) {
    for (int p = 0; p < council.posts().size(); p++) {
      Post post = council.posts().get(p);
      if (post.isVacant() || !post.role().isOfficer()) {
        continue; // the rule is about officers; an advisor or committee member may come from outside
      }
      PersonId holder = post.holder().get();
      LocalDate start = post.term().start();
      boolean member = false;
      for (Membership membership : council.members()) {
        if (membership.person().equals(holder) && membership.isActiveOn(start)) {
          member = true;
          break;
        }
      }
      if (!member) {
        out.report(
            at.field(POSTS).index(p).field(HOLDER),
            "Person " + run.person(holder) + " holds the post of " + post.title() + " of council " + council.id() + " from "
                + start + " but is not a member of the council then");
      }
    }
  }

  /**
   * The memberships of one person in a council. A council has tens of members
   * and a few officers: scanning beats a map per council, which was the
   * largest allocation of these rules over the whole country.
   */
  private static List<Membership> membershipsOf(Council council, PersonId person) {
    List<Membership> found = List.of();
    for (Membership member : council.members()) {
      if (member.person().equals(person)) {
        if (found.isEmpty()) {
          found = new ArrayList<>(2);
        }
        found.add(member);
      }
    }
    return found;
  }

  private static void postOverlap(Run run, RuleContext out, Council council, Pointer at) {
    Map<PostRole, List<Integer>> byRole = new EnumMap<>(PostRole.class);
    for (int p = 0; p < council.posts().size(); p++) {
      Post post = council.posts().get(p);
      if (!post.isVacant() && post.role().isSingleHolder()) {
        byRole.computeIfAbsent(post.role(), k -> new ArrayList<>()).add(p);
      }
    }
    for (List<Integer> indexes : byRole.values()) {
      indexes.sort(Comparator.comparing((Integer p) -> council.posts().get(p).term().start()).thenComparing(p -> p));
      // Sweep in order of start, remembering the post that reaches furthest.
      Post reaching = null;
      for (int p : indexes) {
        Post post = council.posts().get(p);
        if (reaching != null && reaching.term().overlaps(post.term()) && !reaching.holder().equals(post.holder())) {
          out.report(
              at.field(POSTS).index(p).field(TERM),
              "The post of " + post.role().english() + " of council " + council.id() + " is held by "
                  + run.person(reaching.holder().get()) + " and " + run.person(post.holder().get())
                  + " at the same time, from "
                  + post.term().start());
        }
        if (reaching == null || endsLater(post, reaching)) {
          reaching = post;
        }
      }
    }
  }

  private static boolean endsLater(Post a, Post b) {
    if (b.term().end().isEmpty()) {
      return false;
    }
    return a.term().end().isEmpty() || a.term().end().get().isAfter(b.term().end().get());
  }
}
