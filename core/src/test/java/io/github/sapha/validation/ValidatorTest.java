package io.github.sapha.validation;

import static io.github.sapha.validation.Fixtures.BAN_DAI_PLAN;
import static io.github.sapha.validation.Fixtures.COUNCIL_BAN_DAI;
import static io.github.sapha.validation.Fixtures.COUNCIL_HUAI_KHRAI;
import static io.github.sapha.validation.Fixtures.DISTRICT_NETWORK;
import static io.github.sapha.validation.Fixtures.DISTRICT_PLAN;
import static io.github.sapha.validation.Fixtures.HUAI_KHRAI_PLAN;
import static io.github.sapha.validation.Fixtures.MEETING;
import static io.github.sapha.validation.Fixtures.PROVINCIAL_NETWORK;
import static io.github.sapha.validation.Fixtures.TERM_START;
import static io.github.sapha.validation.Fixtures.base;
import static io.github.sapha.validation.Fixtures.community;
import static io.github.sapha.validation.Fixtures.council;
import static io.github.sapha.validation.Fixtures.person;
import static io.github.sapha.validation.Fixtures.project;
import static io.github.sapha.validation.Fixtures.validate;
import static io.github.sapha.validation.Fixtures.withCouncil;
import static io.github.sapha.validation.Fixtures.withCouncils;
import static io.github.sapha.validation.Fixtures.withMeeting;
import static io.github.sapha.validation.Fixtures.withMembers;
import static io.github.sapha.validation.Fixtures.withNetwork;
import static io.github.sapha.validation.Fixtures.withPeople;
import static io.github.sapha.validation.Fixtures.withPerson;
import static io.github.sapha.validation.Fixtures.withPlan;
import static io.github.sapha.validation.Fixtures.withPosts;
import static io.github.sapha.validation.Fixtures.wrongCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Community;
import io.github.sapha.council.CommunityKind;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.Membership;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.Registration;
import io.github.sapha.council.Term;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.money.Baht;
import io.github.sapha.registry.Registry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private static final Term SEAT = Term.from(TERM_START);
  private static final PersonId OUTSIDER = PersonId.of("person-outsider");

  @Test
  void test_validate_baseFixtureIsClean() {
    ValidationReport report = validate(base());
    assertThat(report.violations()).isEmpty();
    assertThat(report.isEmpty()).isTrue();
    assertThat(report.isValid(Severity.INFO)).isTrue();
  }

  @Test
  void test_defaults_bundledGazetteerDefaultPolicyNoCustomRules() {
    Validator validator = Validator.defaults();
    assertThat(Validator.defaults()).isSameAs(validator);
    assertThat(validator.gazetteer()).isSameAs(Gazetteer.thailand());
    assertThat(validator.policy()).isEqualTo(Policy.defaults());
    assertThat(validator.customRules()).isEmpty();
  }

  @Test
  void test_validate_refusesNull() {
    assertThatThrownBy(() -> Validator.defaults().validate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("registry");
  }

  @Test
  void test_validate_sameRegistrySameReport() {
    Registry registry = manyProblems();
    assertThat(validate(registry)).isEqualTo(validate(registry));
    assertThat(validate(registry)).isEqualTo(validate(manyProblems()));
  }

  // ---- builder refusals ---------------------------------------------------------------------

  @Test
  void test_build_refusesAPolicyNamingAnUnknownRule() {
    Policy disabling = Policy.builder().disable("council.no-such-rule").build();
    assertThatThrownBy(() -> Validator.builder().policy(disabling).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The policy names rule \"council.no-such-rule\", which is neither a built-in rule nor a custom rule "
            + "added to this validator");
    Policy regrading = Policy.builder().severity("acme.unknown", Severity.INFO).build();
    assertThatThrownBy(() -> Validator.builder().policy(regrading).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The policy names rule \"acme.unknown\", which is neither a built-in rule nor a custom rule "
            + "added to this validator");
  }

  @Test
  void test_build_refusesMalformedCustomRuleIds() {
    for (String id : new String[] {"Acme.Rule", "acme rule", "acme..rule", ".acme", "acme-", "acme_rule", ""}) {
      assertThatThrownBy(() -> Validator.builder().addRule(rule(id)).build())
          .as(id)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid rule id \"" + id + "\": expected lower-case letters and digits in words joined by '.' or '-'");
    }
  }

  @Test
  void test_build_acceptsWellFormedCustomRuleIds() {
    for (String id : new String[] {"acme", "acme.rule", "acme.council-english-name", "acme2.rule-3.x"}) {
      assertThat(Validator.builder().addRule(rule(id)).build().customRules()).extracting(Rule::id).containsExactly(id);
    }
  }

  @Test
  void test_build_refusesADuplicateCustomRuleId() {
    assertThatThrownBy(() -> Validator.builder().addRule(rule("acme.rule")).addRule(rule("acme.rule")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rule id \"acme.rule\" is already taken by another custom rule");
  }

  @Test
  void test_build_refusesABuiltInRuleId() {
    assertThatThrownBy(() -> Validator.builder().addRule(rule(Rules.MEETING_QUORUM)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rule id \"meeting.quorum\" is already taken by a built-in rule");
  }

  @Test
  void test_build_refusesNulls() {
    assertThatThrownBy(() -> Validator.builder().addRule(null)).isInstanceOf(NullPointerException.class).hasMessage("rule");
    assertThatThrownBy(() -> Validator.builder().policy(null)).isInstanceOf(NullPointerException.class).hasMessage("policy");
    assertThatThrownBy(() -> Validator.builder().gazetteer(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("gazetteer");
    assertThatThrownBy(() -> Validator.builder().addRule(rule(null)).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule id");
    Rule noSeverity = new Rule() {
      @Override
      public String id() {
        return "acme.rule";
      }

      @Override
      public Severity defaultSeverity() {
        return null;
      }

      @Override
      public void check(Registry registry, RuleContext context) {}
    };
    assertThatThrownBy(() -> Validator.builder().addRule(noSeverity).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("default severity of rule acme.rule");
  }

  @Test
  void test_build_acceptsAPolicyNamingACustomRule() {
    Policy policy = Policy.builder().severity("acme.rule", Severity.ERROR).build();
    Validator validator = Validator.builder().addRule(rule("acme.rule")).policy(policy).build();
    assertThat(validator.policy()).isEqualTo(policy);
    assertThat(validator)
        .hasToString("Validator[Gazetteer[77 provinces, 928 districts, 7436 sub-districts], " + policy
            + ", custom rules [acme.rule]]");
  }

  private static Rule rule(String id) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.INFO;
      }

      @Override
      public void check(Registry registry, RuleContext context) {}
    };
  }

  // ---- many problems at once ----------------------------------------------------------------

  @Test
  void test_validate_reportsEveryProblemOrderedByPathThenRule() {
    ValidationReport report = validate(manyProblems());
    List<String> found = new ArrayList<>();
    report.violations().forEach(v -> found.add(v.path() + " " + v.rule() + " " + v.severity()));
    assertThat(found)
        .containsExactly(
            "/councils/1/posts/0/holder council.officer-not-member ERROR",
            "/councils/1/posts/0/holder reference.dangling ERROR",
            "/councils/2/area/name geo.name-mismatch WARNING",
            "/councils/2/members/2/person council.member-in-two-councils WARNING",
            "/councils/9/communities/2 council.community-without-representative ERROR",
            "/councils/10/registration/date council.before-act ERROR",
            "/meetings/0/attendance meeting.quorum ERROR",
            "/networks/0/posts/0/holder network.chair-not-member WARNING",
            "/networks/1/networks/1 reference.dangling ERROR",
            "/people/3/citizenId person.citizen-id-check-digit ERROR",
            "/plans/0/integrationArea plan.integration-area-outside ERROR",
            "/plans/2/period plan.period-outside-parent ERROR",
            "/plans/3/projects plan.projects-over-budget ERROR");
    assertThat(report.violations()).isSortedAccordingTo(Violation.ORDER);
    assertThat(report.counts())
        .containsExactlyInAnyOrderEntriesOf(Map.of(Severity.ERROR, 10, Severity.WARNING, 3, Severity.INFO, 0));
    assertThat(report.count(Severity.ERROR)).isEqualTo(10);
    assertThat(report.isValid(Severity.ERROR)).isFalse();
    assertThat(report.isValid(Severity.WARNING)).isFalse();
    assertThat(report.isValid()).isFalse();
    assertThat(report.rules()).hasSize(12).first().isEqualTo(Rules.COUNCIL_BEFORE_ACT);
    assertThat(report.violations(Rules.REFERENCE_DANGLING))
        .extracting(v -> v.path().toString())
        .containsExactly("/councils/1/posts/0/holder", "/networks/1/networks/1");
    assertThat(report).hasToString("ValidationReport[10 errors, 3 warnings, 0 info]");
    // The one suggestion among them.
    assertThat(report.violations(Rules.GEO_NAME_MISMATCH).get(0).suggestion()).contains("บ้านด้าย");
  }

  // ---- a rule switched off costs nothing ----------------------------------------------------

  @Test
  void test_validate_builtInRuleSwitchedOffIsNeverChecked() {
    Definition failing = Definition.of(Rules.MEETING_QUORUM, Severity.ERROR, "a check that must not run",
        (run, context) -> {
          throw new AssertionError("checked while switched off");
        });
    Validator off = Validator.builder().policy(Policy.builder().disable(Rules.MEETING_QUORUM).build()).build();
    assertThat(off.validate(manyProblems(), List.of(failing)).violations()).isEmpty();
    assertThatThrownBy(() -> Validator.defaults().validate(base(), List.of(failing)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("checked while switched off");
  }

  @Test
  void test_validate_everyRuleOfTheCatalogueSwitchedOffBuildsNoMessage() {
    // Each definition of the catalogue, wrapped so that its check counts the messages it would build.
    AtomicInteger checks = new AtomicInteger();
    AtomicInteger messages = new AtomicInteger();
    List<Definition> counting = new ArrayList<>();
    for (Definition rule : Rules.DEFINITIONS) {
      RuleInfo info = rule.info();
      Definition.Check check = (run, context) -> {
        checks.incrementAndGet();
        rule.check(run, new RuleContext() {
          @Override
          public Gazetteer gazetteer() {
            return context.gazetteer();
          }

          @Override
          public Policy policy() {
            return context.policy();
          }

          @Override
          public void report(Pointer path, String message) {
            messages.incrementAndGet();
            context.report(path, message);
          }

          @Override
          public void report(Pointer path, String message, String suggestion) {
            messages.incrementAndGet();
            context.report(path, message, suggestion);
          }
        });
      };
      counting.add(info.reference().isPresent()
          ? Definition.of(info.id(), info.defaultSeverity(), info.description(), info.reference().get(), check)
          : Definition.of(info.id(), info.defaultSeverity(), info.description(), check));
    }
    Registry registry = manyProblems();
    assertThat(Validator.defaults().validate(registry, counting)).isEqualTo(validate(registry));
    assertThat(checks).hasValue(Rules.catalogue().size());
    assertThat(messages).hasValue(validate(registry).violations().size());

    Policy.Builder allOff = Policy.builder();
    Rules.catalogue().forEach(rule -> allOff.disable(rule.id()));
    checks.set(0);
    messages.set(0);
    assertThat(Validator.builder().policy(allOff.build()).build().validate(registry, counting).violations()).isEmpty();
    assertThat(checks).hasValue(0);
    assertThat(messages).hasValue(0);
  }

  @Test
  void test_validate_warningsOnlyPassAtErrorButNotAtWarning() {
    Registry registry =
        withCouncil(base(), COUNCIL_BAN_DAI,
            c -> c.area(CouncilArea.subdistrict(Fixtures.BAN_DAI).withName("บานด้าย")));
    ValidationReport report = validate(registry);
    assertThat(report.counts())
        .containsExactlyInAnyOrderEntriesOf(Map.of(Severity.ERROR, 0, Severity.WARNING, 1, Severity.INFO, 0));
    assertThat(report.isValid(Severity.ERROR)).isTrue();
    assertThat(report.isValid()).isTrue();
    assertThat(report.isValid(Severity.WARNING)).isFalse();
    assertThat(report.isEmpty()).isFalse();
  }

  /**
   * Eleven councils (the base's three, five more of Mae Sai, then three of Mueang Chiang Rai, so that indexes
   * 9 and 10 exist) and thirteen problems across every part of the registry.
   */
  static Registry manyProblems() {
    Registry registry = withCouncils(base(), "570903", "570904", "570905", "570906", "570909", "570101", "570102", "570103");
    // /councils/1: the chair is nobody (officer-not-member and reference.dangling at one path);
    // person-570908-3 also represents Huai Khrai (member-in-two-councils, reported at Ban Dai's /councils/2).
    registry =
        withMembers(registry, COUNCIL_HUAI_KHRAI,
            Membership.representative(person("570902", 1), community("570902", 1), SEAT),
            Membership.representative(person("570902", 2), community("570902", 2), SEAT),
            Membership.qualifiedPerson(person("570902", 3), SEAT),
            Membership.representative(person("570908", 3), community("570902", 1), SEAT));
    registry =
        withPosts(registry, COUNCIL_HUAI_KHRAI,
            Post.held(PostRole.CHAIR, PersonId.of("person-ghost"), SEAT),
            Post.held(PostRole.SECRETARY, person("570902", 2), SEAT));
    // /councils/2: Ban Dai's area misspelt.
    registry =
        withCouncil(registry, COUNCIL_BAN_DAI,
            c -> c.area(CouncilArea.subdistrict(SubdistrictCode.parse("570908")).withName("บานด้าย")));
    // /councils/9: a community without representative; /councils/10: registered before the Act.
    registry =
        withCouncil(registry, council("570102"), c -> c.addCommunity(
            Community.builder().id(community("570102", 3)).nameTh("กลุ่มเยาวชน").kind(CommunityKind.YOUTH).build()));
    registry =
        withCouncil(registry, council("570103"),
            c -> c.registration(Registration.of("ชร.570103/2551", LocalDate.of(2008, 2, 8))));
    // /meetings/0: below quorum.
    registry = withMeeting(registry, MEETING, m -> m.attendance(1));
    // /networks/0: an outsider chairs; /networks/1: lists a network that does not exist.
    registry = withPeople(registry, OUTSIDER);
    registry = withNetwork(registry, DISTRICT_NETWORK, n -> n.posts(List.of(Post.held(PostRole.CHAIR, OUTSIDER, SEAT))));
    registry = withNetwork(registry, PROVINCIAL_NETWORK, n -> n.addNetwork(BodyId.of("network-ghost")));
    // /people/3: a wrong check digit.
    PersonId huaiKhrai1 = person("570902", 1);
    String citizenId = base().person(huaiKhrai1).orElseThrow().citizenId().orElseThrow().value();
    registry = withPerson(registry, huaiKhrai1, p -> p.citizenId(CitizenId.parse(wrongCheckDigit(citizenId))));
    // /plans/0, /plans/2, /plans/3.
    registry = withPlan(registry, DISTRICT_PLAN, p -> p.integrationArea(SubdistrictCode.parse("570101")));
    registry = withPlan(registry, HUAI_KHRAI_PLAN, p -> p.period(FiscalYearRange.parse("2561-2565")));
    return withPlan(registry, BAN_DAI_PLAN, p -> p.addProject(project("project-570908-extra", Baht.of(20_001))));
  }

  // ---- thread safety ------------------------------------------------------------------------

  @Test
  void test_validate_fromManyThreadsGivesIdenticalReports() throws Exception {
    ValidationReport expected = validate(manyProblems());
    // A fresh registry, so that its lazily built indexes are first built by the concurrent runs.
    Registry shared = manyProblems();
    Validator validator = Validator.builder().policy(Policy.builder().build()).build();
    int tasks = 8;
    ExecutorService executor = Executors.newFixedThreadPool(tasks);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ValidationReport>> futures = new ArrayList<>();
      for (int i = 0; i < tasks; i++) {
        Callable<ValidationReport> task = () -> {
          start.await();
          return validator.validate(shared);
        };
        futures.add(executor.submit(task));
      }
      start.countDown();
      for (Future<ValidationReport> future : futures) {
        assertThat(future.get()).isEqualTo(expected);
      }
    } finally {
      executor.shutdownNow();
    }
    assertThat(expected.violations()).hasSize(13);
  }
}
