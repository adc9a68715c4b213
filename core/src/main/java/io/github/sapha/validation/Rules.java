package io.github.sapha.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rule catalogue: every built-in rule, each with its id (a public
 * contract: ids are never renamed, only retired and replaced), default
 * severity, description and legal reference.
 *
 * <p>Each rule is defined once, next to its check, in the class of its family;
 * this class collects the definitions in catalogue order and names their ids
 * as constants, for {@link Policy.Builder#disable(String)} and the like. What
 * each rule checks is in {@link #catalogue()} and in docs/validation.md, whose
 * table is tested against the catalogue.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rules {
  /** The Act that councils exist under. */
  public static final String ACT = "Community Organization Council Act B.E. 2551";

  /** Rule id {@value}. */
  public static final String GEO_UNKNOWN_CODE = "geo.unknown-code";

  /** Rule id {@value}. */
  public static final String GEO_OUTSIDE_PARENT = "geo.outside-parent";

  /** Rule id {@value}. */
  public static final String GEO_NAME_MISMATCH = "geo.name-mismatch";

  /** Rule id {@value}. */
  public static final String GEO_RETIRED_CODE = "geo.retired-code";

  /** Rule id {@value}. */
  public static final String GEO_BODY_NAME_MISMATCH = "geo.body-name-mismatch";

  /** Rule id {@value}. */
  public static final String DATE_BUDDHIST_ERA_YEAR = "date.buddhist-era-year";

  /** Rule id {@value}. */
  public static final String DATE_AFTER_AS_OF = "date.after-as-of";

  /** Rule id {@value}. */
  public static final String COUNCIL_BEFORE_ACT = "council.before-act";

  /** Rule id {@value}. */
  public static final String COUNCIL_DUPLICATE_AREA = "council.duplicate-area";

  /** Rule id {@value}. */
  public static final String COUNCIL_TOO_FEW_COMMUNITIES = "council.too-few-communities";

  /** Rule id {@value}. */
  public static final String COUNCIL_COMMUNITY_WITHOUT_REPRESENTATIVE = "council.community-without-representative";

  /** Rule id {@value}. */
  public static final String COUNCIL_TOO_MANY_REPRESENTATIVES = "council.too-many-representatives";

  /** Rule id {@value}. */
  public static final String COUNCIL_PERSON_REPRESENTS_TWICE = "council.person-represents-twice";

  /** Rule id {@value}. */
  public static final String COUNCIL_QUALIFIED_PERSONS_CAP = "council.qualified-persons-cap";

  /** Rule id {@value}. */
  public static final String COUNCIL_CHAIR_COUNT = "council.chair-count";

  /** Rule id {@value}. */
  public static final String COUNCIL_OFFICER_NOT_MEMBER = "council.officer-not-member";

  /** Rule id {@value}. */
  public static final String COUNCIL_POST_OVERLAP = "council.post-overlap";

  /** Rule id {@value}. */
  public static final String COUNCIL_MEMBER_IN_TWO_COUNCILS = "council.member-in-two-councils";

  /** Rule id {@value}. */
  public static final String COUNCIL_OFFICER_OUTLIVES_MEMBERSHIP = "council.officer-outlives-membership";

  /** Rule id {@value}. */
  public static final String COUNCIL_MEMBERSHIP_BEFORE_ACT = "council.membership-before-act";

  /** Rule id {@value}. */
  public static final String COUNCIL_DUPLICATE_REGISTRATION_NUMBER = "council.duplicate-registration-number";

  /** Rule id {@value}. */
  public static final String NETWORK_COUNCIL_OUTSIDE_DISTRICT = "network.council-outside-district";

  /** Rule id {@value}. */
  public static final String NETWORK_DISTRICT_OUTSIDE_PROVINCE = "network.district-outside-province";

  /** Rule id {@value}. */
  public static final String NETWORK_COVERAGE_CLAIM = "network.coverage-claim";

  /** Rule id {@value}. */
  public static final String NETWORK_CHAIR_NOT_MEMBER = "network.chair-not-member";

  /** Rule id {@value}. */
  public static final String NETWORK_COUNCIL_IN_TWO_NETWORKS = "network.council-in-two-networks";

  /** Rule id {@value}. */
  public static final String NETWORK_CYCLE = "network.cycle";

  /** Rule id {@value}. */
  public static final String MEETING_UNKNOWN_PARTICIPANT = "meeting.unknown-participant";

  /** Rule id {@value}. */
  public static final String MEETING_QUORUM = "meeting.quorum";

  /** Rule id {@value}. */
  public static final String MEETING_BODY_INACTIVE = "meeting.body-inactive";

  /** Rule id {@value}. */
  public static final String PLAN_UNKNOWN_PARENT = "plan.unknown-parent";

  /** Rule id {@value}. */
  public static final String PLAN_CYCLE = "plan.cycle";

  /** Rule id {@value}. */
  public static final String PLAN_LEVEL_ORDER = "plan.level-order";

  /** Rule id {@value}. */
  public static final String PLAN_AREA_OUTSIDE_PARENT = "plan.area-outside-parent";

  /** Rule id {@value}. */
  public static final String PLAN_PERIOD_OUTSIDE_PARENT = "plan.period-outside-parent";

  /** Rule id {@value}. */
  public static final String PLAN_OWNER_LEVEL_MISMATCH = "plan.owner-level-mismatch";

  /** Rule id {@value}. */
  public static final String PLAN_CHILDREN_OVER_BUDGET = "plan.children-over-budget";

  /** Rule id {@value}. */
  public static final String PLAN_PROJECTS_OVER_BUDGET = "plan.projects-over-budget";

  /** Rule id {@value}. */
  public static final String PLAN_INTEGRATION_AREA_OUTSIDE = "plan.integration-area-outside";

  /** Rule id {@value}. */
  public static final String PLAN_PROJECT_STATUS_PROGRESS = "plan.project-status-progress";

  /** Rule id {@value}. */
  public static final String PLAN_OWNER_AREA_MISMATCH = "plan.owner-area-mismatch";

  /** Rule id {@value}. */
  public static final String PERSON_CITIZEN_ID_CHECK_DIGIT = "person.citizen-id-check-digit";

  /** Rule id {@value}. */
  public static final String PERSON_DUPLICATE_CITIZEN_ID = "person.duplicate-citizen-id";

  /** Rule id {@value}. */
  public static final String REFERENCE_DANGLING = "reference.dangling";

  /** Every built-in rule, family by family, in catalogue order. */
  static final ImmutableList<Definition> DEFINITIONS =
      Stream.of(
              GeographyChecks.RULES,
              DateChecks.RULES,
              CouncilChecks.RULES,
              NetworkChecks.RULES,
              MeetingChecks.RULES,
              PlanChecks.RULES,
              PersonChecks.RULES,
              ReferenceChecks.RULES)
          .flatMap(List::stream)
          .collect(ImmutableList.toImmutableList());

  // toImmutableMap refuses a repeated id: two definitions of one rule fail on first use.
  private static final ImmutableMap<String, RuleInfo> CATALOGUE =
      DEFINITIONS.stream().map(Definition::info).collect(ImmutableMap.toImmutableMap(RuleInfo::id, r -> r));

  private Rules() {}

  /**
   * Gets every built-in rule, in catalogue order.
   *
   * @return the rules, not null
   */
  public static List<RuleInfo> catalogue() {
    return CATALOGUE.values().asList();
  }

  /**
   * Gets a built-in rule by id.
   *
   * @param id the rule id, not null
   * @return the rule, or empty if no built-in rule has that id
   */
  public static Optional<RuleInfo> info(String id) {
    return Optional.ofNullable(CATALOGUE.get(id));
  }
}
