package io.github.sapha.validation;

import static io.github.sapha.validation.Fixtures.COUNCIL_HUAI_KHRAI;
import static io.github.sapha.validation.Fixtures.MEETING;
import static io.github.sapha.validation.Fixtures.TERM_START;
import static io.github.sapha.validation.Fixtures.base;
import static io.github.sapha.validation.Fixtures.community;
import static io.github.sapha.validation.Fixtures.error;
import static io.github.sapha.validation.Fixtures.person;
import static io.github.sapha.validation.Fixtures.validate;
import static io.github.sapha.validation.Fixtures.withCouncil;
import static io.github.sapha.validation.Fixtures.withMeeting;
import static io.github.sapha.validation.Fixtures.withMembers;
import static io.github.sapha.validation.Fixtures.withPeople;
import static io.github.sapha.validation.Fixtures.withReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.Term;
import io.github.sapha.registry.Registry;
import io.github.sapha.testing.ProjectDocs;
import io.github.sapha.validation.PolicyParameter.Confidence;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTest {
  private static final String ACT = "Community Organization Council Act B.E. 2551";
  private static final Term SEAT = Term.from(TERM_START);

  /** The base with Ban Dai's council meeting attended by 1 of 3 members: a quorum violation only. */
  private static final Registry BELOW_QUORUM = withMeeting(base(), MEETING, m -> m.attendance(1));

  /** The base with Huai Khrai's area misspelt: a name mismatch (a warning) only. */
  private static final Registry MISSPELT =
      withCouncil(base(), COUNCIL_HUAI_KHRAI,
          c -> c.area(CouncilArea.subdistrict(Fixtures.HUAI_KHRAI).withName("หเวยไคร้")));

  // ---- defaults and parameters --------------------------------------------------------------

  @Test
  void test_defaults_values() {
    Policy policy = Policy.defaults();
    assertThat(policy.actEffectiveDate()).isEqualTo(LocalDate.of(2008, 2, 9));
    assertThat(policy.minCommunitiesPerCouncil()).isEqualTo(1);
    assertThat(policy.maxRepresentativesPerCommunity()).isEqualTo(2);
    assertThat(policy.qualifiedPersonsMaxShare()).isEqualByComparingTo("0.5");
    assertThat(policy.quorumShare()).isEqualByComparingTo("0.5");
    assertThat(policy.buddhistEraYearThreshold()).isEqualTo(2400);
    assertThat(policy.disabledRules()).isEmpty();
    assertThat(policy.severityOverrides()).isEmpty();
    assertThat(Policy.builder().build()).isEqualTo(policy);
    assertThat(Policy.defaults()).isSameAs(policy);
  }

  @Test
  void test_parameters_listsAllSixWithDefaultsSourcesAndConfidences() {
    assertThat(Policy.defaults().parameters())
        .containsExactly(
            new PolicyParameter("actEffectiveDate", "2008-02-09", "2008-02-09",
                "Royal Gazette: the Act took effect on 9 February 2008 (B.E. 2551)", Confidence.CONFIRMED),
            new PolicyParameter("minCommunitiesPerCouncil", "1", "1",
                "the Act sets a minimum (s.6) we could not read; the default is the weakest claim",
                Confidence.WEAKEST_CLAIM),
            new PolicyParameter("maxRepresentativesPerCommunity", "2", "2",
                "CODI registration forms, from a summary", Confidence.FROM_SUMMARY),
            new PolicyParameter("qualifiedPersonsMaxShare", "0.5", "0.5",
                "recollection of the Act, s.7(2): at most half as many as the community representatives",
                Confidence.UNVERIFIED),
            new PolicyParameter("quorumShare", "0.5", "0.5",
                "common Thai meeting practice: half of the members", Confidence.UNVERIFIED),
            new PolicyParameter("buddhistEraYearThreshold", "2400", "2400",
                "2400 B.E. = 1857 CE: no council data is that old", Confidence.CONFIRMED));
  }

  @Test
  void test_docs_tableIsTheParameterTable() throws IOException {
    // Compared as Markdown, so that a failure prints the table as it should read.
    StringBuilder expected = new StringBuilder();
    for (PolicyParameter p : Policy.defaults().parameters()) {
      expected.append(row("`" + p.name() + "`", p.defaultValue(), p.source(), "`" + p.confidence() + "`"));
    }
    StringBuilder documented = new StringBuilder();
    for (List<String> cells : ProjectDocs.table("docs/validation.md", "## The policy")) {
      documented.append(row(cells.toArray(new String[0])));
    }
    assertThat(documented.toString()).isEqualTo(expected.toString());
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  @Test
  void test_parameters_showTheValuesInForceBesideTheDefaults() {
    Policy policy =
        Policy.builder()
            .actEffectiveDate(LocalDate.of(2008, 3, 1))
            .minCommunitiesPerCouncil(3)
            .maxRepresentativesPerCommunity(4)
            .qualifiedPersonsMaxShare(new BigDecimal("0.25"))
            .quorumShare(new BigDecimal("0.6"))
            .buddhistEraYearThreshold(2500)
            .build();
    List<String> shown = new ArrayList<>();
    policy.parameters().forEach(p -> shown.add(p.name() + "=" + p.value() + " (default " + p.defaultValue() + ")"));
    assertThat(shown)
        .containsExactly(
            "actEffectiveDate=2008-03-01 (default 2008-02-09)",
            "minCommunitiesPerCouncil=3 (default 1)",
            "maxRepresentativesPerCommunity=4 (default 2)",
            "qualifiedPersonsMaxShare=0.25 (default 0.5)",
            "quorumShare=0.6 (default 0.5)",
            "buddhistEraYearThreshold=2500 (default 2400)");
  }

  @Test
  void test_toString_defaults() {
    assertThat(Policy.defaults())
        .hasToString(
            "Policy[actEffectiveDate=2008-02-09, minCommunitiesPerCouncil=1, maxRepresentativesPerCommunity=2, "
                + "qualifiedPersonsMaxShare=0.5, quorumShare=0.5, "
                + "buddhistEraYearThreshold=2400, disabled=[], severities={}]");
  }

  // ---- builder refusals ---------------------------------------------------------------------

  @Test
  void test_builder_refusesBadCounts() {
    assertThatThrownBy(() -> Policy.builder().minCommunitiesPerCouncil(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minCommunitiesPerCouncil must be at least 0: -1");
    assertThatThrownBy(() -> Policy.builder().maxRepresentativesPerCommunity(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRepresentativesPerCommunity must be at least 1: 0");
  }

  @Test
  void test_builder_acceptsTheSmallestCounts() {
    Policy policy =
        Policy.builder().minCommunitiesPerCouncil(0).maxRepresentativesPerCommunity(1).build();
    assertThat(policy.minCommunitiesPerCouncil()).isZero();
    assertThat(policy.maxRepresentativesPerCommunity()).isEqualTo(1);
  }

  @Test
  void test_builder_refusesBadShares() {
    assertThatThrownBy(() -> Policy.builder().quorumShare(new BigDecimal("1.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quorumShare must be from 0 to 1: 1.01");
    assertThatThrownBy(() -> Policy.builder().quorumShare(new BigDecimal("-0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quorumShare must be from 0 to 1: -0.5");
    assertThatThrownBy(() -> Policy.builder().qualifiedPersonsMaxShare(new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("qualifiedPersonsMaxShare must be at least 0: -0.1");
    assertThatThrownBy(() -> Policy.builder().quorumShare(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("quorumShare");
    assertThatThrownBy(() -> Policy.builder().qualifiedPersonsMaxShare(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("qualifiedPersonsMaxShare");
  }

  @Test
  void test_builder_acceptsTheEndsOfShareRanges() {
    Policy policy =
        Policy.builder().quorumShare(BigDecimal.ONE).qualifiedPersonsMaxShare(new BigDecimal("2")).build();
    assertThat(policy.quorumShare()).isEqualByComparingTo("1");
    assertThat(policy.qualifiedPersonsMaxShare()).isEqualByComparingTo("2");
    assertThat(Policy.builder().quorumShare(BigDecimal.ZERO).build().quorumShare()).isEqualByComparingTo("0");
  }

  @Test
  void test_builder_refusesBadThresholdAndNulls() {
    assertThatThrownBy(() -> Policy.builder().buddhistEraYearThreshold(999))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("buddhistEraYearThreshold must be from 1000 to 9999: 999");
    assertThatThrownBy(() -> Policy.builder().buddhistEraYearThreshold(10000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("buddhistEraYearThreshold must be from 1000 to 9999: 10000");
    assertThatThrownBy(() -> Policy.builder().actEffectiveDate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("actEffectiveDate");
    assertThatThrownBy(() -> Policy.builder().disable(null)).isInstanceOf(NullPointerException.class).hasMessage("rule");
    assertThatThrownBy(() -> Policy.builder().severity(Rules.MEETING_QUORUM, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("severity");
  }

  // ---- switching rules off and re-grading them ----------------------------------------------

  @Test
  void test_disable_ruleDisappearsFromTheReport() {
    assertThat(validate(BELOW_QUORUM).rules()).containsExactly(Rules.MEETING_QUORUM);
    Policy policy = Policy.builder().disable(Rules.MEETING_QUORUM).build();
    assertThat(policy.isEnabled(Rules.MEETING_QUORUM)).isFalse();
    assertThat(policy.isEnabled(Rules.GEO_UNKNOWN_CODE)).isTrue();
    assertThat(policy.disabledRules()).containsExactly(Rules.MEETING_QUORUM);
    ValidationReport report = Validator.builder().policy(policy).build().validate(BELOW_QUORUM);
    assertThat(report.violations()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void test_enable_switchesARuleBackOn() {
    Policy off = Policy.builder().disable(Rules.MEETING_QUORUM).build();
    Policy on = off.toBuilder().enable(Rules.MEETING_QUORUM).build();
    assertThat(on).isEqualTo(Policy.defaults());
    assertThat(Validator.builder().policy(on).build().validate(BELOW_QUORUM).rules())
        .containsExactly(Rules.MEETING_QUORUM);
  }

  @Test
  void test_disable_ruleWhoseCheckSkipsWorkWhenOff() {
    // Rules switched off are not checked at all; the report must be as if they had found nothing.
    Registry registry =
        Fixtures.withNetwork(base(), Fixtures.DISTRICT_NETWORK, n -> n.claimsFullCoverage(true)
            .posts(List.of(Post.held(PostRole.CHAIR, person("570908", 9), SEAT))));
    registry = withPeople(registry, person("570908", 9));
    assertThat(validate(registry).rules())
        .containsExactly(Rules.NETWORK_CHAIR_NOT_MEMBER, Rules.NETWORK_COVERAGE_CLAIM);
    Policy policy =
        Policy.builder().disable(Rules.NETWORK_COVERAGE_CLAIM).disable(Rules.NETWORK_CHAIR_NOT_MEMBER).build();
    assertThat(Validator.builder().policy(policy).build().validate(registry).violations()).isEmpty();
  }

  @Test
  void test_severity_regradedErrorBecomesAWarning() {
    Policy policy = Policy.builder().severity(Rules.MEETING_QUORUM, Severity.WARNING).build();
    assertThat(policy.severity(Rules.MEETING_QUORUM)).contains(Severity.WARNING);
    assertThat(policy.severity(Rules.GEO_UNKNOWN_CODE)).isEmpty();
    ValidationReport report = Validator.builder().policy(policy).build().validate(BELOW_QUORUM);
    assertThat(report.violations()).extracting(Violation::severity).containsExactly(Severity.WARNING);
    assertThat(report.isValid()).isTrue();
    assertThat(report.isValid(Severity.WARNING)).isFalse();
    assertThat(validate(BELOW_QUORUM).isValid()).isFalse();
  }

  @Test
  void test_severity_regradedWarningBecomesAnError() {
    assertThat(validate(MISSPELT).isValid()).isTrue();
    Policy policy = Policy.builder().severity(Rules.GEO_NAME_MISMATCH, Severity.ERROR).build();
    ValidationReport report = Validator.builder().policy(policy).build().validate(MISSPELT);
    assertThat(report.violations()).extracting(Violation::severity).containsExactly(Severity.ERROR);
    assertThat(report.violations().get(0).suggestion()).contains("ห้วยไคร้");
    assertThat(report.isValid()).isFalse();
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    assertThat(report.count(Severity.WARNING)).isZero();
  }

  @Test
  void test_severity_regradedToInfoPassesEveryThresholdButInfo() {
    Policy policy = Policy.builder().severity(Rules.GEO_NAME_MISMATCH, Severity.INFO).build();
    ValidationReport report = Validator.builder().policy(policy).build().validate(MISSPELT);
    assertThat(report.count(Severity.INFO)).isEqualTo(1);
    assertThat(report.isValid(Severity.WARNING)).isTrue();
    assertThat(report.isValid(Severity.INFO)).isFalse();
  }

  // ---- parameters change outcomes -----------------------------------------------------------

  @Test
  void test_quorumShare_higherShareRaisesTheQuorum() {
    Validator strict =
        Validator.builder().policy(Policy.builder().quorumShare(new BigDecimal("0.7")).build()).build();
    assertThat(strict.validate(base()).violations())
        .containsExactly(
            error(Rules.MEETING_QUORUM, "/meetings/0/attendance",
                "Meeting meeting-570908-1 of council council-570908 adopted a resolution with 2 attending, below the "
                    + "quorum of 3 (0.7 of its 3 members on 2017-04-01)"));
    Validator lenient =
        Validator.builder().policy(Policy.builder().quorumShare(new BigDecimal("0.3")).build()).build();
    assertThat(lenient.validate(BELOW_QUORUM).violations()).isEmpty();
  }

  @Test
  void test_maxRepresentativesPerCommunity_lowerMaximumFires() {
    Registry twoForOne =
        withMembers(withPeople(base(), person("570902", 4)), COUNCIL_HUAI_KHRAI,
            Membership.representative(person("570902", 1), community("570902", 1), SEAT),
            Membership.representative(person("570902", 2), community("570902", 2), SEAT),
            Membership.qualifiedPerson(person("570902", 3), SEAT),
            Membership.representative(person("570902", 4), community("570902", 1), SEAT));
    assertThat(validate(twoForOne).violations()).isEmpty();
    Validator one =
        Validator.builder().policy(Policy.builder().maxRepresentativesPerCommunity(1).build()).build();
    assertThat(one.validate(twoForOne).violations())
        .containsExactly(
            error(Rules.COUNCIL_TOO_MANY_REPRESENTATIVES, "/councils/1/communities/0",
                "Community community-570902-1 of council council-570902 has 2 representatives on 2017-05-18, "
                    + "more than the policy maximum of 1"));
    assertThat(one.validate(base()).violations()).isEmpty();
  }

  @Test
  void test_minCommunitiesPerCouncil_higherMinimumFiresForEveryCouncil() {
    Validator three =
        Validator.builder().policy(Policy.builder().minCommunitiesPerCouncil(3).build()).build();
    List<Violation> expected = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      expected.add(
          withReference(
              error(Rules.COUNCIL_TOO_FEW_COMMUNITIES, "/councils/" + i + "/communities",
                  "Council council-" + Fixtures.BASE_CODES.get(i)
                      + " has 2 member communities, fewer than the policy minimum of 3"),
              ACT + ", s.6"));
    }
    assertThat(three.validate(base()).violations()).containsExactlyElementsOf(expected);
    Validator two = Validator.builder().policy(Policy.builder().minCommunitiesPerCouncil(2).build()).build();
    assertThat(two.validate(base()).violations()).isEmpty();
  }

  @Test
  void test_qualifiedPersonsMaxShare_zeroAllowsNone() {
    Validator none =
        Validator.builder().policy(Policy.builder().qualifiedPersonsMaxShare(BigDecimal.ZERO).build()).build();
    assertThat(none.validate(base()).violations())
        .hasSize(3)
        .first()
        .isEqualTo(
            withReference(
                error(Rules.COUNCIL_QUALIFIED_PERSONS_CAP, "/councils/0/members",
                    "Council council-570901 has 1 qualified person on 2017-05-18, more than the 0 that 0 of its 2 "
                        + "community representatives allows"),
                ACT + ", s.7(2)"));
  }

  @Test
  void test_qualifiedPersonsMaxShare_oneAllowsAsManyAsRepresentatives() {
    Registry twoQualified =
        withMembers(withPeople(base(), person("570902", 4)), COUNCIL_HUAI_KHRAI,
            Membership.representative(person("570902", 1), community("570902", 1), SEAT),
            Membership.representative(person("570902", 2), community("570902", 2), SEAT),
            Membership.qualifiedPerson(person("570902", 3), SEAT),
            Membership.qualifiedPerson(person("570902", 4), SEAT));
    assertThat(validate(twoQualified).rules()).containsExactly(Rules.COUNCIL_QUALIFIED_PERSONS_CAP);
    Validator one =
        Validator.builder().policy(Policy.builder().qualifiedPersonsMaxShare(BigDecimal.ONE).build()).build();
    assertThat(one.validate(twoQualified).violations()).isEmpty();
  }

  @Test
  void test_actEffectiveDate_laterDateMakesEarlierRegistrationsFire() {
    Validator later =
        Validator.builder().policy(Policy.builder().actEffectiveDate(Fixtures.REGISTERED.plusDays(1)).build()).build();
    assertThat(later.validate(base()).violations())
        .extracting(Violation::message)
        .containsExactly(
            "Council council-570901 was registered on 2010-03-01, before the Act took effect on 2010-03-02",
            "Council council-570902 was registered on 2010-03-01, before the Act took effect on 2010-03-02",
            "Council council-570908 was registered on 2010-03-01, before the Act took effect on 2010-03-02");
    Validator onTheDay =
        Validator.builder().policy(Policy.builder().actEffectiveDate(Fixtures.REGISTERED).build()).build();
    assertThat(onTheDay.validate(base()).violations()).isEmpty();
  }

  @Test
  void test_buddhistEraYearThreshold_changesTheOutcome() {
    Registry beAsOf = Fixtures.withAsOf(base(), LocalDate.of(2560, 5, 18));
    assertThat(validate(beAsOf).rules()).containsExactly(Rules.DATE_BUDDHIST_ERA_YEAR);
    Validator higher =
        Validator.builder().policy(Policy.builder().buddhistEraYearThreshold(2600).build()).build();
    assertThat(higher.validate(beAsOf).violations()).isEmpty();
  }

  // ---- copies and equality ------------------------------------------------------------------

  @Test
  void test_toBuilder_roundTrip() {
    Policy policy = everythingChanged();
    assertThat(policy.toBuilder().build()).isEqualTo(policy);
    assertThat(policy.toBuilder().build().parameters()).isEqualTo(policy.parameters());
    assertThat(policy.toBuilder().build().severityOverrides()).isEqualTo(policy.severityOverrides());
    assertThat(Policy.defaults().toBuilder().build()).isEqualTo(Policy.defaults());
  }

  @Test
  void test_toBuilder_changingTheCopyLeavesTheOriginal() {
    Policy policy = everythingChanged();
    Policy copy = policy.toBuilder().enable(Rules.COUNCIL_MEMBER_IN_TWO_COUNCILS)
        .severity(Rules.GEO_NAME_MISMATCH, Severity.INFO).build();
    assertThat(policy.disabledRules()).containsExactly(Rules.COUNCIL_MEMBER_IN_TWO_COUNCILS);
    assertThat(policy.severity(Rules.GEO_NAME_MISMATCH)).contains(Severity.ERROR);
    assertThat(copy.disabledRules()).isEmpty();
    assertThat(copy.severity(Rules.GEO_NAME_MISMATCH)).contains(Severity.INFO);
  }

  @Test
  void test_equals_valuesNotScales() {
    new EqualsTester()
        .addEqualityGroup(Policy.defaults(), Policy.builder().build(),
            Policy.builder().quorumShare(new BigDecimal("0.50")).qualifiedPersonsMaxShare(new BigDecimal("0.500")).build())
        .addEqualityGroup(everythingChanged(), everythingChanged().toBuilder().build())
        .addEqualityGroup(Policy.builder().quorumShare(new BigDecimal("0.6")).build())
        .addEqualityGroup(Policy.builder().qualifiedPersonsMaxShare(new BigDecimal("0.6")).build())
        .addEqualityGroup(Policy.builder().actEffectiveDate(LocalDate.of(2008, 2, 10)).build())
        .addEqualityGroup(Policy.builder().minCommunitiesPerCouncil(2).build())
        .addEqualityGroup(Policy.builder().maxRepresentativesPerCommunity(3).build())
        .addEqualityGroup(Policy.builder().buddhistEraYearThreshold(2500).build())
        .addEqualityGroup(Policy.builder().disable(Rules.MEETING_QUORUM).build())
        .addEqualityGroup(Policy.builder().severity(Rules.MEETING_QUORUM, Severity.WARNING).build())
        .addEqualityGroup(Policy.builder().severity(Rules.MEETING_QUORUM, Severity.INFO).build())
        .testEquals();
  }

  private static Policy everythingChanged() {
    return Policy.builder()
        .actEffectiveDate(LocalDate.of(2008, 3, 1))
        .minCommunitiesPerCouncil(2)
        .maxRepresentativesPerCommunity(3)
        .qualifiedPersonsMaxShare(new BigDecimal("0.25"))
        .quorumShare(new BigDecimal("0.6"))
        .buddhistEraYearThreshold(2500)
        .disable(Rules.COUNCIL_MEMBER_IN_TWO_COUNCILS)
        .severity(Rules.GEO_NAME_MISMATCH, Severity.ERROR)
        .build();
  }
}
