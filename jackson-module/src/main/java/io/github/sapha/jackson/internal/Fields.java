package io.github.sapha.jackson.internal;

/**
 * The field names of format v1, shared by the serializers and deserializers so
 * that both sides spell every name once. The names are a contract: the
 * validator's violation paths are JSON Pointers built from them, and each
 * equals the accessor of the Java model that it holds.
 *
 * <p>Internal: not exported from the module.
 */
public final class Fields {
  /** The version of the format that this module reads and writes. */
  public static final int SCHEMA_VERSION_1 = 1;

  // Registry.
  public static final String SCHEMA_VERSION = "schemaVersion";
  public static final String AS_OF = "asOf";
  public static final String COUNCILS = "councils";
  public static final String NETWORKS = "networks";
  public static final String ORGANIZATIONS = "organizations";
  public static final String PEOPLE = "people";
  public static final String MEETINGS = "meetings";
  public static final String PLANS = "plans";
  /** Optional: written only when the registry holds designations, so older documents stay byte-identical. */
  public static final String DESIGNATIONS = "designations";

  // Shared by several types.
  public static final String ID = "id";
  public static final String NAME_TH = "nameTh";
  public static final String NAME_EN = "nameEn";
  public static final String CODE = "code";
  public static final String TITLE_TH = "titleTh";
  public static final String TITLE_EN = "titleEn";
  public static final String KIND = "kind";
  public static final String LEVEL = "level";
  public static final String AREA = "area";
  public static final String POSTS = "posts";
  public static final String TERM = "term";
  public static final String PERSON = "person";
  public static final String COMMUNITY = "community";
  public static final String LOCAL_GOVERNMENT = "localGovernment";
  public static final String DATE = "date";
  public static final String PARENT = "parent";
  public static final String THEMES = "themes";
  public static final String STATUS = "status";
  public static final String BUDGET = "budget";
  public static final String TITLE = "title";

  // Council and its parts.
  public static final String REGISTRATION = "registration";
  public static final String DISSOLVED = "dissolved";
  public static final String COMMUNITIES = "communities";
  public static final String MEMBERS = "members";
  public static final String SUBDISTRICTS = "subdistricts";
  public static final String NAME = "name";
  public static final String NUMBER = "number";
  public static final String VILLAGE = "village";
  public static final String REGISTERED = "registered";
  public static final String START = "start";
  public static final String END = "end";
  public static final String ROLE = "role";
  public static final String LABEL = "label";
  public static final String HOLDER = "holder";

  // Network and organisation.
  public static final String CLAIMS_FULL_COVERAGE = "claimsFullCoverage";

  // Person.
  public static final String PHONE = "phone";
  public static final String CITIZEN_ID = "citizenId";
  public static final String GIVEN = "given";
  public static final String FAMILY = "family";

  // Meeting.
  public static final String BODY = "body";
  public static final String VENUE = "venue";
  public static final String DESCRIPTION = "description";
  public static final String ORGANISERS = "organisers";
  public static final String PARTICIPANTS = "participants";
  public static final String CAPACITY = "capacity";
  public static final String NOTE = "note";
  public static final String ATTENDANCE = "attendance";
  public static final String AGENDA = "agenda";
  public static final String RESOLUTIONS = "resolutions";
  public static final String TEXT = "text";
  public static final String OUTCOME = "outcome";
  public static final String SOURCES = "sources";
  public static final String URL = "url";

  // Plan and project.
  public static final String OWNER = "owner";
  public static final String PERIOD = "period";
  public static final String FIRST = "first";
  public static final String LAST = "last";
  public static final String GOALS = "goals";
  public static final String ALIGNS_WITH = "alignsWith";
  public static final String INTEGRATION_AREA = "integrationArea";
  public static final String PROJECTS = "projects";
  public static final String FUNDING = "funding";
  public static final String SOURCE = "source";
  public static final String AMOUNT = "amount";
  public static final String TARGET = "target";
  public static final String QUANTITY = "quantity";
  public static final String UNIT = "unit";
  public static final String PROGRESS = "progress";

  // Designation (and a plan's "designations", written only when not empty).
  public static final String AREAS = "areas";
  public static final String VALID_FROM = "validFrom";
  public static final String VALID_TO = "validTo";
  public static final String CERTAINTY = "certainty";

  private Fields() {}
}
