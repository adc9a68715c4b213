package io.github.sapha.registry;

/**
 * The field names of JSON format v1, which are the model's accessor names:
 * one constant per distinct name, such as {@link #NAME_TH} ({@code "nameTh"})
 * for every type that has a Thai name. This is the one place where a field
 * name is written as text: the {@code sapha-jackson} codecs read and write
 * these names, the validator and the diff build their JSON Pointers from them,
 * and so do the tester kit's mutations. Tests fail if a codec's field is not
 * one of these constants, a constant is no codec's field, or a constant's note
 * below names other objects than those whose codecs have the field.
 *
 * <p>Build a pointer to a value with them, for a rule of your own: {@code
 * Pointer.ROOT.field(FieldNames.COUNCILS).index(3).field(FieldNames.NAME_EN)}
 * is {@code /councils/3/nameEn}.
 */
public final class FieldNames {
  /** {@code "agenda"}: a field of a meeting. */
  public static final String AGENDA = "agenda";

  /** {@code "alignsWith"}: a field of a plan. */
  public static final String ALIGNS_WITH = "alignsWith";

  /** {@code "amount"}: a field of a funding line. */
  public static final String AMOUNT = "amount";

  /** {@code "area"}: a field of a council, a network, a local government, an organization and a plan. */
  public static final String AREA = "area";

  /** {@code "areas"}: a field of a designation. */
  public static final String AREAS = "areas";

  /** {@code "asOf"}: a field of a registry. */
  public static final String AS_OF = "asOf";

  /** {@code "attendance"}: a field of a meeting. */
  public static final String ATTENDANCE = "attendance";

  /** {@code "body"}: a field of a meeting. */
  public static final String BODY = "body";

  /** {@code "budget"}: a field of a project and a plan. */
  public static final String BUDGET = "budget";

  /** {@code "capacity"}: a field of a participant. */
  public static final String CAPACITY = "capacity";

  /** {@code "certainty"}: a field of a designation. */
  public static final String CERTAINTY = "certainty";

  /** {@code "citizenId"}: a field of a person. */
  public static final String CITIZEN_ID = "citizenId";

  /** {@code "claimsFullCoverage"}: a field of a network. */
  public static final String CLAIMS_FULL_COVERAGE = "claimsFullCoverage";

  /** {@code "code"}: a field of a local government. */
  public static final String CODE = "code";

  /** {@code "communities"}: a field of a council. */
  public static final String COMMUNITIES = "communities";

  /** {@code "community"}: a field of a membership and a plan. */
  public static final String COMMUNITY = "community";

  /** {@code "councils"}: a field of a network and a registry. */
  public static final String COUNCILS = "councils";

  /** {@code "date"}: a field of a registration and a meeting. */
  public static final String DATE = "date";

  /** {@code "description"}: a field of a venue. */
  public static final String DESCRIPTION = "description";

  /** {@code "designations"}: a field of a plan and a registry. */
  public static final String DESIGNATIONS = "designations";

  /** {@code "dissolved"}: a field of a council. */
  public static final String DISSOLVED = "dissolved";

  /** {@code "end"}: a field of a term. */
  public static final String END = "end";

  /** {@code "family"}: a field of a person name. */
  public static final String FAMILY = "family";

  /** {@code "first"}: a field of a period. */
  public static final String FIRST = "first";

  /** {@code "funding"}: a field of a project. */
  public static final String FUNDING = "funding";

  /** {@code "given"}: a field of a person name. */
  public static final String GIVEN = "given";

  /** {@code "goals"}: a field of a plan. */
  public static final String GOALS = "goals";

  /** {@code "holder"}: a field of a post. */
  public static final String HOLDER = "holder";

  /**
   * {@code "id"}: a field of a community, a council, a network, an organization, a person, a meeting, a
   * project, a plan and a designation.
   */
  public static final String ID = "id";

  /** {@code "integrationArea"}: a field of a plan. */
  public static final String INTEGRATION_AREA = "integrationArea";

  /** {@code "kind"}: a field of a community, a membership, a local government, an organization and a designation. */
  public static final String KIND = "kind";

  /** {@code "label"}: a field of a post. */
  public static final String LABEL = "label";

  /** {@code "last"}: a field of a period. */
  public static final String LAST = "last";

  /** {@code "level"}: a field of a network, a meeting and a plan. */
  public static final String LEVEL = "level";

  /** {@code "localGovernment"}: a field of a council area, an organization, a venue and a plan. */
  public static final String LOCAL_GOVERNMENT = "localGovernment";

  /** {@code "meetings"}: a field of a registry. */
  public static final String MEETINGS = "meetings";

  /** {@code "members"}: a field of a council. */
  public static final String MEMBERS = "members";

  /** {@code "name"}: a field of a council area and a person. */
  public static final String NAME = "name";

  /**
   * {@code "nameEn"}: a field of a community, a council, a network, a local government, an organization,
   * a person and a designation.
   */
  public static final String NAME_EN = "nameEn";

  /**
   * {@code "nameTh"}: a field of a community, a council, a network, a local government, an organization
   * and a designation.
   */
  public static final String NAME_TH = "nameTh";

  /** {@code "networks"}: a field of a network and a registry. */
  public static final String NETWORKS = "networks";

  /** {@code "note"}: a field of a participant and a designation. */
  public static final String NOTE = "note";

  /** {@code "number"}: a field of a registration. */
  public static final String NUMBER = "number";

  /** {@code "organisers"}: a field of a meeting. */
  public static final String ORGANISERS = "organisers";

  /** {@code "organizations"}: a field of a registry. */
  public static final String ORGANIZATIONS = "organizations";

  /** {@code "outcome"}: a field of a resolution. */
  public static final String OUTCOME = "outcome";

  /** {@code "owner"}: a field of a plan. */
  public static final String OWNER = "owner";

  /** {@code "parent"}: a field of an organization and a plan. */
  public static final String PARENT = "parent";

  /** {@code "participants"}: a field of a meeting. */
  public static final String PARTICIPANTS = "participants";

  /** {@code "people"}: a field of a registry. */
  public static final String PEOPLE = "people";

  /** {@code "period"}: a field of a plan. */
  public static final String PERIOD = "period";

  /** {@code "person"}: a field of a membership and a participant. */
  public static final String PERSON = "person";

  /** {@code "phone"}: a field of a person. */
  public static final String PHONE = "phone";

  /** {@code "plans"}: a field of a registry. */
  public static final String PLANS = "plans";

  /** {@code "posts"}: a field of a council, a network and an organization. */
  public static final String POSTS = "posts";

  /** {@code "progress"}: a field of a project. */
  public static final String PROGRESS = "progress";

  /** {@code "projects"}: a field of a plan. */
  public static final String PROJECTS = "projects";

  /** {@code "quantity"}: a field of a target. */
  public static final String QUANTITY = "quantity";

  /** {@code "registered"}: a field of a community. */
  public static final String REGISTERED = "registered";

  /** {@code "registration"}: a field of a council. */
  public static final String REGISTRATION = "registration";

  /** {@code "resolutions"}: a field of a meeting. */
  public static final String RESOLUTIONS = "resolutions";

  /** {@code "role"}: a field of a post and a participant. */
  public static final String ROLE = "role";

  /** {@code "schemaVersion"}: a field of a registry. */
  public static final String SCHEMA_VERSION = "schemaVersion";

  /** {@code "source"}: a field of a funding line. */
  public static final String SOURCE = "source";

  /** {@code "sources"}: a field of a meeting and a designation. */
  public static final String SOURCES = "sources";

  /** {@code "start"}: a field of a term. */
  public static final String START = "start";

  /** {@code "status"}: a field of a meeting, a project and a plan. */
  public static final String STATUS = "status";

  /** {@code "subdistricts"}: a field of a council area. */
  public static final String SUBDISTRICTS = "subdistricts";

  /** {@code "target"}: a field of a project. */
  public static final String TARGET = "target";

  /** {@code "term"}: a field of a membership and a post. */
  public static final String TERM = "term";

  /** {@code "text"}: a field of a resolution. */
  public static final String TEXT = "text";

  /** {@code "themes"}: a field of a project and a plan. */
  public static final String THEMES = "themes";

  /** {@code "title"}: a field of a person name and a source. */
  public static final String TITLE = "title";

  /** {@code "titleEn"}: a field of a meeting, a project and a plan. */
  public static final String TITLE_EN = "titleEn";

  /** {@code "titleTh"}: a field of a meeting, a project and a plan. */
  public static final String TITLE_TH = "titleTh";

  /** {@code "unit"}: a field of a target. */
  public static final String UNIT = "unit";

  /** {@code "url"}: a field of a source. */
  public static final String URL = "url";

  /** {@code "validFrom"}: a field of a designation. */
  public static final String VALID_FROM = "validFrom";

  /** {@code "validTo"}: a field of a designation. */
  public static final String VALID_TO = "validTo";

  /** {@code "venue"}: a field of a meeting. */
  public static final String VENUE = "venue";

  /** {@code "village"}: a field of a community. */
  public static final String VILLAGE = "village";

  private FieldNames() {}
}
