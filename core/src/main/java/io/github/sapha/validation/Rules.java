package io.github.sapha.validation;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;

/**
 * The rule catalogue: the ids of every built-in rule (a public contract: ids
 * are never renamed, only retired and replaced) with their default severities,
 * descriptions and legal references.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rules {
  /** The Act that councils exist under. */
  public static final String ACT = "Community Organization Council Act B.E. 2551";

  /** {@value}: a province, district or sub-district code that the gazetteer does not know. */
  public static final String GEO_UNKNOWN_CODE = "geo.unknown-code";

  /** {@value}: an element filed under a parent area that does not contain it. */
  public static final String GEO_OUTSIDE_PARENT = "geo.outside-parent";

  /** {@value}: a name given with a code differs from the gazetteer's; suggestion when close. */
  public static final String GEO_NAME_MISMATCH = "geo.name-mismatch";

  /**
   * {@value}: a sub-district code that has been retired (renumbered or split),
   * reported instead of {@value #GEO_UNKNOWN_CODE}; suggestion: the code or
   * codes that replaced it.
   */
  public static final String GEO_RETIRED_CODE = "geo.retired-code";

  /** {@value}: a council or district network named after another sub-district of its district or another district of its province; suggestion: the name with its area's own name. */
  public static final String GEO_BODY_NAME_MISMATCH = "geo.body-name-mismatch";

  /** {@value}: a CE date whose year looks like B.E.; suggestion: the date 543 years earlier. */
  public static final String DATE_BUDDHIST_ERA_YEAR = "date.buddhist-era-year";

  /** {@value}: an event dated after the document's as-of date. */
  public static final String DATE_AFTER_AS_OF = "date.after-as-of";

  /** {@value}: a council registered before the Act took effect. */
  public static final String COUNCIL_BEFORE_ACT = "council.before-act";

  /** {@value}: two active councils for the same area. */
  public static final String COUNCIL_DUPLICATE_AREA = "council.duplicate-area";

  /** {@value}: fewer member communities than the policy minimum. */
  public static final String COUNCIL_TOO_FEW_COMMUNITIES = "council.too-few-communities";

  /** {@value}: a member community with no representative. */
  public static final String COUNCIL_COMMUNITY_WITHOUT_REPRESENTATIVE = "council.community-without-representative";

  /** {@value}: a community with more representatives than the policy allows. */
  public static final String COUNCIL_TOO_MANY_REPRESENTATIVES = "council.too-many-representatives";

  /** {@value}: one person representing two communities in one council. */
  public static final String COUNCIL_PERSON_REPRESENTS_TWICE = "council.person-represents-twice";

  /** {@value}: more qualified persons than the policy share. */
  public static final String COUNCIL_QUALIFIED_PERSONS_CAP = "council.qualified-persons-cap";

  /** {@value}: a council with officers but not exactly one chair at a date. */
  public static final String COUNCIL_CHAIR_COUNT = "council.chair-count";

  /** {@value}: an officer who is not a member at the time of the post. */
  public static final String COUNCIL_OFFICER_NOT_MEMBER = "council.officer-not-member";

  /** {@value}: one single-holder post held by two people at the same time. */
  public static final String COUNCIL_POST_OVERLAP = "council.post-overlap";

  /** {@value}: the same person an active member of two councils. */
  public static final String COUNCIL_MEMBER_IN_TWO_COUNCILS = "council.member-in-two-councils";

  /** {@value}: an officer whose membership ends (or who leaves the council) while the post goes on. */
  public static final String COUNCIL_OFFICER_OUTLIVES_MEMBERSHIP = "council.officer-outlives-membership";

  /** {@value}: a membership or post that starts before the Act took effect. */
  public static final String COUNCIL_MEMBERSHIP_BEFORE_ACT = "council.membership-before-act";

  /** {@value}: two councils with the same registration number. */
  public static final String COUNCIL_DUPLICATE_REGISTRATION_NUMBER = "council.duplicate-registration-number";

  /** {@value}: a district network listing a council of another district. */
  public static final String NETWORK_COUNCIL_OUTSIDE_DISTRICT = "network.council-outside-district";

  /** {@value}: a provincial network listing a district of another province. */
  public static final String NETWORK_DISTRICT_OUTSIDE_PROVINCE = "network.district-outside-province";

  /** {@value}: a network that claims full coverage while some sub-districts have no active council. */
  public static final String NETWORK_COVERAGE_CLAIM = "network.coverage-claim";

  /** {@value}: a network chair who sits on none of the network's councils. */
  public static final String NETWORK_CHAIR_NOT_MEMBER = "network.chair-not-member";

  /** {@value}: a council listed by two district networks. */
  public static final String NETWORK_COUNCIL_IN_TWO_NETWORKS = "network.council-in-two-networks";

  /** {@value}: a network that contains itself through its member networks. */
  public static final String NETWORK_CYCLE = "network.cycle";

  /** {@value}: a participant, organiser or venue reference that resolves to nothing. */
  public static final String MEETING_UNKNOWN_PARTICIPANT = "meeting.unknown-participant";

  /** {@value}: a resolution adopted at a council meeting whose attendance is below quorum. */
  public static final String MEETING_QUORUM = "meeting.quorum";

  /** {@value}: a meeting of a council dated before its registration or after its dissolution. */
  public static final String MEETING_BODY_INACTIVE = "meeting.body-inactive";

  /** {@value}: a parent plan id that resolves to nothing. */
  public static final String PLAN_UNKNOWN_PARENT = "plan.unknown-parent";

  /** {@value}: a plan that is its own ancestor. */
  public static final String PLAN_CYCLE = "plan.cycle";

  /** {@value}: a parent plan whose level is not above the child's. */
  public static final String PLAN_LEVEL_ORDER = "plan.level-order";

  /** {@value}: a plan whose area is not inside its parent plan's area. */
  public static final String PLAN_AREA_OUTSIDE_PARENT = "plan.area-outside-parent";

  /** {@value}: a plan whose fiscal years are not inside its parent's. */
  public static final String PLAN_PERIOD_OUTSIDE_PARENT = "plan.period-outside-parent";

  /** {@value}: an owner that does not fit the level. */
  public static final String PLAN_OWNER_LEVEL_MISMATCH = "plan.owner-level-mismatch";

  /** {@value}: children's budgets adding up to more than the parent plan's budget. */
  public static final String PLAN_CHILDREN_OVER_BUDGET = "plan.children-over-budget";

  /** {@value}: a plan's projects adding up to more than its budget. */
  public static final String PLAN_PROJECTS_OVER_BUDGET = "plan.projects-over-budget";

  /** {@value}: an integration area that is not a sub-district of the plan's district. */
  public static final String PLAN_INTEGRATION_AREA_OUTSIDE = "plan.integration-area-outside";

  /** {@value}: a project marked completed with progress below 100 %, or planned with progress above 0 %. */
  public static final String PLAN_PROJECT_STATUS_PROGRESS = "plan.project-status-progress";

  /** {@value}: a sub-district or community plan whose area is not within its owning council's area; a district plan owned by a network of another district. */
  public static final String PLAN_OWNER_AREA_MISMATCH = "plan.owner-area-mismatch";

  /** {@value}: a 13-digit citizen id whose check digit is wrong. */
  public static final String PERSON_CITIZEN_ID_CHECK_DIGIT = "person.citizen-id-check-digit";

  /** {@value}: two person records with the same citizen id (one person recorded twice). */
  public static final String PERSON_DUPLICATE_CITIZEN_ID = "person.duplicate-citizen-id";

  /** {@value}: any other id reference that resolves to nothing. */
  public static final String REFERENCE_DANGLING = "reference.dangling";

  private static final ImmutableMap<String, RuleInfo> CATALOGUE =
      List.of(
          new RuleInfo(GEO_UNKNOWN_CODE, Severity.ERROR, "a province, district or sub-district code that the gazetteer does not know", Optional.empty()),
          new RuleInfo(GEO_OUTSIDE_PARENT, Severity.ERROR, "an element filed under a parent area that does not contain it", Optional.empty()),
          new RuleInfo(GEO_NAME_MISMATCH, Severity.WARNING, "a name given with a code differs from the gazetteer's; suggestion when close", Optional.empty()),
          new RuleInfo(GEO_RETIRED_CODE, Severity.WARNING, "a sub-district code that has been retired (renumbered or split), reported instead of geo.unknown-code; suggestion: the code or codes that replaced it", Optional.empty()),
          new RuleInfo(GEO_BODY_NAME_MISMATCH, Severity.WARNING, "a council or district network named after another sub-district of its district or another district of its province; suggestion: the name with its area's own name", Optional.empty()),
          new RuleInfo(DATE_BUDDHIST_ERA_YEAR, Severity.ERROR, "a CE date whose year looks like B.E.; suggestion: the date 543 years earlier", Optional.empty()),
          new RuleInfo(DATE_AFTER_AS_OF, Severity.ERROR, "an event dated after the document's as-of date", Optional.empty()),
          new RuleInfo(COUNCIL_BEFORE_ACT, Severity.ERROR, "a council registered before the Act took effect", Optional.of(ACT)),
          new RuleInfo(COUNCIL_DUPLICATE_AREA, Severity.ERROR, "two active councils for the same area", Optional.empty()),
          new RuleInfo(COUNCIL_TOO_FEW_COMMUNITIES, Severity.ERROR, "fewer member communities than the policy minimum", Optional.of(ACT + ", s.6")),
          new RuleInfo(COUNCIL_COMMUNITY_WITHOUT_REPRESENTATIVE, Severity.ERROR, "a member community with no representative", Optional.empty()),
          new RuleInfo(COUNCIL_TOO_MANY_REPRESENTATIVES, Severity.ERROR, "a community with more representatives than the policy allows", Optional.empty()),
          new RuleInfo(COUNCIL_PERSON_REPRESENTS_TWICE, Severity.ERROR, "one person representing two communities in one council", Optional.empty()),
          new RuleInfo(COUNCIL_QUALIFIED_PERSONS_CAP, Severity.ERROR, "more qualified persons than the policy share", Optional.of(ACT + ", s.7(2)")),
          new RuleInfo(COUNCIL_CHAIR_COUNT, Severity.ERROR, "a council with officers but not exactly one chair at a date", Optional.empty()),
          new RuleInfo(COUNCIL_OFFICER_NOT_MEMBER, Severity.ERROR, "an officer who is not a member at the time of the post", Optional.empty()),
          new RuleInfo(COUNCIL_POST_OVERLAP, Severity.ERROR, "one single-holder post held by two people at the same time", Optional.empty()),
          new RuleInfo(COUNCIL_MEMBER_IN_TWO_COUNCILS, Severity.WARNING, "the same person an active member of two councils", Optional.empty()),
          new RuleInfo(COUNCIL_OFFICER_OUTLIVES_MEMBERSHIP, Severity.WARNING, "an officer whose membership ends (or who leaves the council) while the post goes on", Optional.empty()),
          new RuleInfo(COUNCIL_MEMBERSHIP_BEFORE_ACT, Severity.WARNING, "a membership or post that starts before the Act took effect", Optional.of(ACT)),
          new RuleInfo(COUNCIL_DUPLICATE_REGISTRATION_NUMBER, Severity.ERROR, "two councils with the same registration number", Optional.empty()),
          new RuleInfo(NETWORK_COUNCIL_OUTSIDE_DISTRICT, Severity.ERROR, "a district network listing a council of another district", Optional.empty()),
          new RuleInfo(NETWORK_DISTRICT_OUTSIDE_PROVINCE, Severity.ERROR, "a provincial network listing a district of another province", Optional.empty()),
          new RuleInfo(NETWORK_COVERAGE_CLAIM, Severity.ERROR, "a network that claims full coverage while some sub-districts have no active council", Optional.empty()),
          new RuleInfo(NETWORK_CHAIR_NOT_MEMBER, Severity.WARNING, "a network chair who sits on none of the network's councils", Optional.empty()),
          new RuleInfo(NETWORK_COUNCIL_IN_TWO_NETWORKS, Severity.WARNING, "a council listed by two district networks", Optional.empty()),
          new RuleInfo(NETWORK_CYCLE, Severity.ERROR, "a network that contains itself through its member networks", Optional.empty()),
          new RuleInfo(MEETING_UNKNOWN_PARTICIPANT, Severity.ERROR, "a participant, organiser or venue reference that resolves to nothing", Optional.empty()),
          new RuleInfo(MEETING_QUORUM, Severity.ERROR, "a resolution adopted at a council meeting whose attendance is below quorum", Optional.empty()),
          new RuleInfo(MEETING_BODY_INACTIVE, Severity.ERROR, "a meeting of a council dated before its registration or after its dissolution", Optional.empty()),
          new RuleInfo(PLAN_UNKNOWN_PARENT, Severity.ERROR, "a parent plan id that resolves to nothing", Optional.empty()),
          new RuleInfo(PLAN_CYCLE, Severity.ERROR, "a plan that is its own ancestor", Optional.empty()),
          new RuleInfo(PLAN_LEVEL_ORDER, Severity.ERROR, "a parent plan whose level is not above the child's", Optional.empty()),
          new RuleInfo(PLAN_AREA_OUTSIDE_PARENT, Severity.ERROR, "a plan whose area is not inside its parent plan's area", Optional.empty()),
          new RuleInfo(PLAN_PERIOD_OUTSIDE_PARENT, Severity.ERROR, "a plan whose fiscal years are not inside its parent's", Optional.empty()),
          new RuleInfo(PLAN_OWNER_LEVEL_MISMATCH, Severity.ERROR, "an owner that does not fit the level", Optional.empty()),
          new RuleInfo(PLAN_CHILDREN_OVER_BUDGET, Severity.ERROR, "children's budgets adding up to more than the parent plan's budget", Optional.empty()),
          new RuleInfo(PLAN_PROJECTS_OVER_BUDGET, Severity.ERROR, "a plan's projects adding up to more than its budget", Optional.empty()),
          new RuleInfo(PLAN_INTEGRATION_AREA_OUTSIDE, Severity.ERROR, "an integration area that is not a sub-district of the plan's district", Optional.empty()),
          new RuleInfo(PLAN_PROJECT_STATUS_PROGRESS, Severity.WARNING, "a project marked completed with progress below 100 %, or planned with progress above 0 %", Optional.empty()),
          new RuleInfo(PLAN_OWNER_AREA_MISMATCH, Severity.ERROR, "a sub-district or community plan whose area is not within its owning council's area; a district plan owned by a network of another district", Optional.empty()),
          new RuleInfo(PERSON_CITIZEN_ID_CHECK_DIGIT, Severity.ERROR, "a 13-digit citizen id whose check digit is wrong", Optional.empty()),
          new RuleInfo(PERSON_DUPLICATE_CITIZEN_ID, Severity.ERROR, "two person records with the same citizen id (one person recorded twice)", Optional.empty()),
          new RuleInfo(REFERENCE_DANGLING, Severity.ERROR, "any other id reference that resolves to nothing", Optional.empty())
      ).stream().collect(ImmutableMap.toImmutableMap(RuleInfo::id, r -> r));

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
