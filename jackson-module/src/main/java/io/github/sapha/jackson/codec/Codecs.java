package io.github.sapha.jackson.codec;

import io.github.sapha.calendar.FiscalYear;
import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Community;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.CommunityKind;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.DesignationId;
import io.github.sapha.council.Id;
import io.github.sapha.council.MeetingId;
import io.github.sapha.council.MemberKind;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Network;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.council.Organization;
import io.github.sapha.council.OrganizationKind;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PersonName;
import io.github.sapha.council.PhoneNumber;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.ProjectId;
import io.github.sapha.council.Registration;
import io.github.sapha.council.RegistrationNumber;
import io.github.sapha.council.Term;
import io.github.sapha.designation.Designation;
import io.github.sapha.designation.DesignationKind;
import io.github.sapha.designation.SourceCertainty;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.LocalGovernment;
import io.github.sapha.geography.LocalGovernmentCode;
import io.github.sapha.geography.LocalGovernmentKind;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.jackson.deser.JsonIn;
import io.github.sapha.jackson.deser.Scalars;
import io.github.sapha.jackson.internal.JsonEnums;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingLevel;
import io.github.sapha.meeting.MeetingStatus;
import io.github.sapha.meeting.Participant;
import io.github.sapha.meeting.ParticipantRole;
import io.github.sapha.meeting.Resolution;
import io.github.sapha.meeting.ResolutionOutcome;
import io.github.sapha.meeting.SourceLink;
import io.github.sapha.meeting.Venue;
import io.github.sapha.money.Baht;
import io.github.sapha.plan.Funding;
import io.github.sapha.plan.FundingSource;
import io.github.sapha.plan.Plan;
import io.github.sapha.plan.PlanLevel;
import io.github.sapha.plan.PlanStatus;
import io.github.sapha.plan.Project;
import io.github.sapha.plan.ProjectStatus;
import io.github.sapha.plan.Target;
import io.github.sapha.plan.Theme;
import io.github.sapha.registry.FieldNames;
import io.github.sapha.registry.Registry;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonToken;

/**
 * Format v1, one line per field: every object type with its fields in the
 * order the format writes them, and the scalar values they hold. Writing,
 * reading, the known and required fields, and the tests of the schema and
 * of docs/json-format.md all come from here. The field names are core's
 * {@link FieldNames} constants, which the validator, the diff and the tester
 * kit use too: a field name is written as text nowhere in the module.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class Codecs {
  private Codecs() {}

  // ---- scalars --------------------------------------------------------------------------------

  /** Text that the model requires not blank nor padded; refused at the value. */
  static final ValueCodec<String> TEXT = Scalar.trimmedText();
  static final ValueCodec<LocalDate> DATE = Scalar.date();
  static final ValueCodec<Boolean> BOOLEAN = new Scalar<>("true or false", false, Scalars::bool, (b, out) -> out.boolValue(b));
  static final ValueCodec<URI> URL = Scalar.text("an address", Scalars::url, URI::toString);
  static final ValueCodec<PersonId> PERSON_ID = Scalar.text("a person id", Scalars::personId, Id::value);
  static final ValueCodec<CommunityId> COMMUNITY_ID = Scalar.text("a community id", Scalars::communityId, Id::value);
  static final ValueCodec<BodyId> BODY_ID = Scalar.text("a body id", Scalars::bodyId, Id::value);
  static final ValueCodec<MeetingId> MEETING_ID = Scalar.text("a meeting id", Scalars::meetingId, Id::value);
  static final ValueCodec<PlanId> PLAN_ID = Scalar.text("a plan id", Scalars::planId, Id::value);
  static final ValueCodec<ProjectId> PROJECT_ID = Scalar.text("a project id", Scalars::projectId, Id::value);
  static final ValueCodec<DesignationId> DESIGNATION_ID =
      Scalar.text("a designation id", Scalars::designationId, Id::value);
  static final ValueCodec<AreaCode> AREA_CODE = Scalar.text("an area code", Scalars::areaCode, AreaCode::value);
  static final ValueCodec<ProvinceCode> PROVINCE = Scalar.text("a province code", Scalars::province, ProvinceCode::value);
  static final ValueCodec<DistrictCode> DISTRICT = Scalar.text("a district code", Scalars::district, DistrictCode::value);
  static final ValueCodec<SubdistrictCode> SUBDISTRICT =
      Scalar.text("a sub-district code", Scalars::subdistrict, SubdistrictCode::value);
  static final ValueCodec<LocalGovernmentCode> LOCAL_GOVERNMENT_CODE =
      Scalar.text("a local government code", Scalars::localGovernmentCode, LocalGovernmentCode::value);
  static final ValueCodec<Baht> AMOUNT = Scalar.text("an amount", Scalars::baht, Baht::toString);
  static final ValueCodec<RegistrationNumber> REGISTRATION_NUMBER =
      Scalar.text("a registration number", Scalars::registrationNumber, RegistrationNumber::value);
  static final ValueCodec<PhoneNumber> PHONE =
      new Scalar<>("a phone number", true, Scalars::phone, (phone, out) -> out.stringValue(phone.value()));
  static final ValueCodec<CitizenId> CITIZEN_ID =
      new Scalar<>("a citizen id", true, Scalars::citizenId, (id, out) -> out.stringValue(id.value()));
  static final ValueCodec<FiscalYear> FISCAL_YEAR =
      new Scalar<>("a fiscal year", false, Scalars::fiscalYear, (year, out) -> out.numberValue(year.beYear()));
  static final IntCodec VILLAGE = new IntCodec(1, Community.MAX_VILLAGE_NUMBER);
  static final IntCodec NOT_NEGATIVE = new IntCodec(0, Integer.MAX_VALUE);
  static final IntCodec PERCENT = new IntCodec(0, 100);
  static final IntCodec QUANTITY = new IntCodec(1, Long.MAX_VALUE);
  static final ValueCodec<Integer> SCHEMA_VERSION = new Scalar<>("a schema version", false, Codecs::schemaVersion,
      (version, out) -> out.numberValue(version));

  /** The version of the format that this module reads and writes. */
  static final int SCHEMA_VERSION_1 = 1;

  private static Integer schemaVersion(JsonIn in) {
    if (in.token() == JsonToken.VALUE_NUMBER_INT && in.string().equals(Integer.toString(SCHEMA_VERSION_1))) {
      return SCHEMA_VERSION_1;
    }
    if (in.token() == JsonToken.VALUE_NUMBER_INT) {
      throw in.error(
          "Unsupported schemaVersion " + in.string() + ": this reader supports schemaVersion " + SCHEMA_VERSION_1);
    }
    throw in.wrongType("the integer " + SCHEMA_VERSION_1);
  }

  private static final Map<Class<?>, ValueCodec<?>> ENUMS = enums();

  private static Map<Class<?>, ValueCodec<?>> enums() {
    Map<Class<?>, ValueCodec<?>> map = new LinkedHashMap<>();
    for (Class<? extends Enum<?>> type : JsonEnums.MODEL_ENUMS) {
      map.put(type, enumCodec(type));
    }
    return map;
  }

  // Java cannot name Class<E extends Enum<E>> for an element of a list of enum classes; every
  // element of MODEL_ENUMS is an enum class, so the cast is safe.
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ValueCodec<?> enumCodec(Class<? extends Enum<?>> type) {
    return Scalar.of((Class) type);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> ValueCodec<E> of(Class<E> type) {
    return (ValueCodec<E>) ENUMS.get(type);
  }

  /** Stores a value read in a slot of an array, for model types that have no builder. */
  private static <V> BiConsumer<Object[], V> slot(int i) {
    return (values, value) -> values[i] = value;
  }

  /** Gets a value read from its slot. */
  @SuppressWarnings("unchecked")
  private static <V> V at(Object[] values, int i) {
    return (V) values[i];
  }

  @SuppressWarnings("unchecked")
  private static <E> List<E> list(Object[] values, int i) {
    return (List<E>) values[i];
  }

  // ---- objects, leaves first ------------------------------------------------------------------

  static final ObjectCodec<Term, Object[]> TERM =
      ObjectCodec.<Term, Object[]>of("a term", () -> new Object[2],
              v -> v[1] == null ? Term.from(at(v, 0)) : Term.of(at(v, 0), at(v, 1)))
          .required(FieldNames.START, Term::start, slot(0), DATE)
          .optional(FieldNames.END, Term::end, slot(1), DATE)
          .done();

  static final ObjectCodec<FiscalYearRange, Object[]> PERIOD =
      ObjectCodec.<FiscalYearRange, Object[]>of("a period", () -> new Object[2],
              v -> FiscalYearRange.of(at(v, 0), at(v, 1)))
          .required(FieldNames.FIRST, FiscalYearRange::first, slot(0), FISCAL_YEAR)
          .required(FieldNames.LAST, FiscalYearRange::last, slot(1), FISCAL_YEAR)
          .done();

  static final ObjectCodec<Registration, Object[]> REGISTRATION =
      ObjectCodec.<Registration, Object[]>of("a registration", () -> new Object[2],
              v -> new Registration(at(v, 0), at(v, 1)))
          .required(FieldNames.NUMBER, Registration::number, slot(0), REGISTRATION_NUMBER)
          .required(FieldNames.DATE, Registration::date, slot(1), DATE)
          .done();

  static final ObjectCodec<CouncilArea, Object[]> COUNCIL_AREA =
      ObjectCodec.<CouncilArea, Object[]>of("a council area", () -> new Object[] {new ArrayList<>(), null, null},
              Codecs::councilArea)
          .set(true, FieldNames.SUBDISTRICTS, CouncilArea::subdistricts, (v, code) -> list(v, 0).add(code), SUBDISTRICT,
              code -> "duplicate sub-district code " + code)
          .optional(FieldNames.LOCAL_GOVERNMENT, CouncilArea::localGovernment, slot(1), BODY_ID)
          .optional(FieldNames.NAME, CouncilArea::name, slot(2), TEXT)
          .done();

  private static CouncilArea councilArea(Object[] v) {
    List<SubdistrictCode> subdistricts = list(v, 0);
    CouncilArea area;
    if (v[1] == null) {
      if (subdistricts.size() != 1) {
        throw new IllegalArgumentException(
            "council area: without a localGovernment the area is one sub-district, but " + subdistricts.size()
                + " are given");
      }
      area = CouncilArea.subdistrict(subdistricts.get(0));
    } else {
      area = CouncilArea.localGovernment(at(v, 1), subdistricts);
    }
    return v[2] == null ? area : area.withName(at(v, 2));
  }

  static final ObjectCodec<Community, Community.Builder> COMMUNITY =
      ObjectCodec.of("a community", Community::builder, Community.Builder::build)
          .required(FieldNames.ID, Community::id, Community.Builder::id, COMMUNITY_ID)
          .required(FieldNames.NAME_TH, Community::nameTh, Community.Builder::nameTh, TEXT)
          .optional(FieldNames.NAME_EN, Community::nameEn, Community.Builder::nameEn, TEXT)
          .required(FieldNames.KIND, Community::kind, Community.Builder::kind, of(CommunityKind.class))
          .optionalInt(FieldNames.VILLAGE, Community::village, Community.Builder::village, VILLAGE)
          .optional(FieldNames.REGISTERED, Community::registered, Community.Builder::registered, DATE)
          .done();

  static final ObjectCodec<Membership, Membership.Builder> MEMBERSHIP =
      ObjectCodec.of("a membership", Membership::builder, Membership.Builder::build)
          .required(FieldNames.PERSON, Membership::person, Membership.Builder::person, PERSON_ID)
          .required(FieldNames.KIND, Membership::kind, Membership.Builder::kind, of(MemberKind.class))
          .optional(FieldNames.COMMUNITY, Membership::community, Membership.Builder::community, COMMUNITY_ID)
          .required(FieldNames.TERM, Membership::term, Membership.Builder::term, TERM)
          .personal(FieldNames.PERSON)
          .done();

  static final ObjectCodec<Post, Post.Builder> POST =
      ObjectCodec.of("a post", Post::builder, Post.Builder::build)
          .required(FieldNames.ROLE, Post::role, Post.Builder::role, of(PostRole.class))
          .optional(FieldNames.LABEL, Post::label, Post.Builder::label, TEXT)
          .optional(FieldNames.HOLDER, Post::holder, Post.Builder::holder, PERSON_ID)
          .required(FieldNames.TERM, Post::term, Post.Builder::term, TERM)
          .personal(FieldNames.HOLDER)
          .done();

  static final ObjectCodec<Council, Council.Builder> COUNCIL =
      ObjectCodec.of("a council", Council::builder, Council.Builder::build)
          .required(FieldNames.ID, Council::id, Council.Builder::id, BODY_ID)
          .required(FieldNames.NAME_TH, Council::nameTh, Council.Builder::nameTh, TEXT)
          .optional(FieldNames.NAME_EN, Council::nameEn, Council.Builder::nameEn, TEXT)
          .required(FieldNames.AREA, Council::area, Council.Builder::area, COUNCIL_AREA)
          .optional(FieldNames.REGISTRATION, Council::registration, Council.Builder::registration, REGISTRATION)
          .optional(FieldNames.DISSOLVED, Council::dissolved, Council.Builder::dissolved, DATE)
          .array(FieldNames.COMMUNITIES, Council::communities, Council.Builder::addCommunity, COMMUNITY)
          .array(FieldNames.MEMBERS, Council::members, Council.Builder::addMember, MEMBERSHIP)
          .array(FieldNames.POSTS, Council::posts, Council.Builder::addPost, POST)
          .done();

  static final ObjectCodec<Network, Network.Builder> NETWORK =
      ObjectCodec.of("a network", Network::builder, Network.Builder::build)
          .required(FieldNames.ID, Network::id, Network.Builder::id, BODY_ID)
          .required(FieldNames.LEVEL, Network::level, Network.Builder::level, of(NetworkLevel.class))
          .required(FieldNames.NAME_TH, Network::nameTh, Network.Builder::nameTh, TEXT)
          .optional(FieldNames.NAME_EN, Network::nameEn, Network.Builder::nameEn, TEXT)
          .optional(FieldNames.AREA, Network::area, Network.Builder::area, AREA_CODE)
          .array(FieldNames.COUNCILS, Network::councils, Network.Builder::addCouncil, BODY_ID)
          .array(FieldNames.NETWORKS, Network::networks, Network.Builder::addNetwork, BODY_ID)
          .array(FieldNames.POSTS, Network::posts, Network.Builder::addPost, POST)
          .defaulted(FieldNames.CLAIMS_FULL_COVERAGE, Network::claimsFullCoverage, Network.Builder::claimsFullCoverage, BOOLEAN)
          .done();

  static final ObjectCodec<LocalGovernment, LocalGovernment.Builder> LOCAL_GOVERNMENT =
      ObjectCodec.of("a local government", LocalGovernment::builder, LocalGovernment.Builder::build)
          .required(FieldNames.KIND, LocalGovernment::kind, LocalGovernment.Builder::kind, of(LocalGovernmentKind.class))
          .optional(FieldNames.CODE, LocalGovernment::code, LocalGovernment.Builder::code, LOCAL_GOVERNMENT_CODE)
          .required(FieldNames.NAME_TH, LocalGovernment::nameTh, LocalGovernment.Builder::nameTh, TEXT)
          .optional(FieldNames.NAME_EN, LocalGovernment::nameEn, LocalGovernment.Builder::nameEn, TEXT)
          .set(true, FieldNames.AREA, LocalGovernment::area, LocalGovernment.Builder::addArea, AREA_CODE,
              code -> "duplicate area code " + code)
          .done();

  static final ObjectCodec<Organization, Organization.Builder> ORGANIZATION =
      ObjectCodec.of("an organization", Organization::builder, Organization.Builder::build)
          .required(FieldNames.ID, Organization::id, Organization.Builder::id, BODY_ID)
          .required(FieldNames.KIND, Organization::kind, Organization.Builder::kind, of(OrganizationKind.class))
          .required(FieldNames.NAME_TH, Organization::nameTh, Organization.Builder::nameTh, TEXT)
          .optional(FieldNames.NAME_EN, Organization::nameEn, Organization.Builder::nameEn, TEXT)
          .optional(FieldNames.PARENT, Organization::parent, Organization.Builder::parent, BODY_ID)
          .optional(FieldNames.LOCAL_GOVERNMENT, Organization::localGovernment, Organization.Builder::localGovernment,
              LOCAL_GOVERNMENT)
          .optional(FieldNames.AREA, Organization::area, Organization.Builder::area, AREA_CODE)
          .array(FieldNames.POSTS, Organization::posts, Organization.Builder::addPost, POST)
          .done();

  static final ObjectCodec<PersonName, PersonName.Builder> PERSON_NAME =
      ObjectCodec.of("a person name", PersonName::builder, PersonName.Builder::build)
          .optional(FieldNames.TITLE, PersonName::title, PersonName.Builder::title, TEXT)
          .required(FieldNames.GIVEN, PersonName::given, PersonName.Builder::given, TEXT)
          .optional(FieldNames.FAMILY, PersonName::family, PersonName.Builder::family, TEXT)
          .everyFieldPersonal()
          .done();

  static final ObjectCodec<Person, Person.Builder> PERSON =
      ObjectCodec.of("a person", Person::builder, Person.Builder::build)
          .required(FieldNames.ID, Person::id, Person.Builder::id, PERSON_ID)
          .required(FieldNames.NAME, Person::name, Person.Builder::name, PERSON_NAME)
          .optional(FieldNames.NAME_EN, Person::nameEn, Person.Builder::nameEn, PERSON_NAME)
          .optional(FieldNames.PHONE, Person::phone, Person.Builder::phone, PHONE)
          .optional(FieldNames.CITIZEN_ID, Person::citizenId, Person.Builder::citizenId, CITIZEN_ID)
          .personal(FieldNames.NAME, FieldNames.NAME_EN, FieldNames.PHONE, FieldNames.CITIZEN_ID)
          .personalValue()
          .done();

  static final ObjectCodec<Venue, Object[]> VENUE =
      ObjectCodec.<Venue, Object[]>of("a venue", () -> new Object[2],
              v -> v[1] == null ? Venue.of(at(v, 0)) : Venue.at(at(v, 0), at(v, 1)))
          .required(FieldNames.DESCRIPTION, Venue::description, slot(0), TEXT)
          .optional(FieldNames.LOCAL_GOVERNMENT, Venue::localGovernment, slot(1), BODY_ID)
          .done();

  static final ObjectCodec<Participant, Participant.Builder> PARTICIPANT =
      ObjectCodec.of("a participant", Participant::builder, Participant.Builder::build)
          .required(FieldNames.PERSON, Participant::person, Participant.Builder::person, PERSON_ID)
          .required(FieldNames.ROLE, Participant::role, Participant.Builder::role, of(ParticipantRole.class))
          .optional(FieldNames.CAPACITY, Participant::capacity, Participant.Builder::capacity, BODY_ID)
          .optional(FieldNames.NOTE, Participant::note, Participant.Builder::note, TEXT)
          // The model keeps the note out of its messages, as personal data.
          .personal(FieldNames.PERSON, FieldNames.NOTE)
          .done();

  static final ObjectCodec<Resolution, Object[]> RESOLUTION =
      ObjectCodec.<Resolution, Object[]>of("a resolution", () -> new Object[2], v -> Resolution.of(at(v, 0), at(v, 1)))
          .required(FieldNames.TEXT, Resolution::text, slot(0), TEXT)
          .required(FieldNames.OUTCOME, Resolution::outcome, slot(1), of(ResolutionOutcome.class))
          .done();

  static final ObjectCodec<SourceLink, Object[]> SOURCE =
      ObjectCodec.<SourceLink, Object[]>of("a source", () -> new Object[2],
              v -> v[1] == null ? SourceLink.of((URI) at(v, 0)) : SourceLink.of((URI) at(v, 0), at(v, 1)))
          .required(FieldNames.URL, SourceLink::url, slot(0), URL)
          .optional(FieldNames.TITLE, SourceLink::title, slot(1), TEXT)
          .done();

  static final ObjectCodec<Meeting, Meeting.Builder> MEETING =
      ObjectCodec.of("a meeting", Meeting::builder, Meeting.Builder::build)
          .required(FieldNames.ID, Meeting::id, Meeting.Builder::id, MEETING_ID)
          .required(FieldNames.TITLE_TH, Meeting::titleTh, Meeting.Builder::titleTh, TEXT)
          .optional(FieldNames.TITLE_EN, Meeting::titleEn, Meeting.Builder::titleEn, TEXT)
          .required(FieldNames.DATE, Meeting::date, Meeting.Builder::date, DATE)
          .required(FieldNames.LEVEL, Meeting::level, Meeting.Builder::level, of(MeetingLevel.class))
          // Written only when not held, so that documents of held meetings stay as format v1 wrote them.
          .omittedWhen(MeetingStatus.HELD, FieldNames.STATUS, Meeting::status, Meeting.Builder::status, of(MeetingStatus.class))
          .optional(FieldNames.BODY, Meeting::body, Meeting.Builder::body, BODY_ID)
          .optional(FieldNames.VENUE, Meeting::venue, Meeting.Builder::venue, VENUE)
          .array(FieldNames.ORGANISERS, Meeting::organisers, Meeting.Builder::addOrganiser, BODY_ID)
          .array(FieldNames.PARTICIPANTS, Meeting::participants, Meeting.Builder::addParticipant, PARTICIPANT)
          .optionalInt(FieldNames.ATTENDANCE, Meeting::attendance, Meeting.Builder::attendance, NOT_NEGATIVE)
          .array(FieldNames.AGENDA, Meeting::agenda, Meeting.Builder::addAgenda, TEXT)
          .array(FieldNames.RESOLUTIONS, Meeting::resolutions, Meeting.Builder::addResolution, RESOLUTION)
          .array(FieldNames.SOURCES, Meeting::sources, Meeting.Builder::addSource, SOURCE)
          .done();

  static final ObjectCodec<Funding, Object[]> FUNDING =
      ObjectCodec.<Funding, Object[]>of("a funding line", () -> new Object[2], v -> Funding.of(at(v, 0), at(v, 1)))
          .required(FieldNames.SOURCE, Funding::source, slot(0), of(FundingSource.class))
          .required(FieldNames.AMOUNT, Funding::amount, slot(1), AMOUNT)
          .done();

  /** What a target holds while it is read: the quantity unboxed. */
  private static final class TargetValues {
    long quantity;
    String unit;
  }

  static final ObjectCodec<Target, TargetValues> TARGET =
      ObjectCodec.<Target, TargetValues>of("a target", TargetValues::new, v -> Target.of(v.quantity, v.unit))
          .requiredLong(FieldNames.QUANTITY, Target::quantity, (v, quantity) -> v.quantity = quantity, QUANTITY)
          .required(FieldNames.UNIT, Target::unit, (v, unit) -> v.unit = unit, TEXT)
          .done();

  private static Function<Theme, String> duplicateTheme() {
    return theme -> "duplicate theme " + JsonIn.quote(JsonEnums.toJson(theme));
  }

  static final ObjectCodec<Project, Project.Builder> PROJECT =
      ObjectCodec.of("a project", Project::builder, Project.Builder::build)
          .required(FieldNames.ID, Project::id, Project.Builder::id, PROJECT_ID)
          .required(FieldNames.TITLE_TH, Project::titleTh, Project.Builder::titleTh, TEXT)
          .optional(FieldNames.TITLE_EN, Project::titleEn, Project.Builder::titleEn, TEXT)
          .set(false, FieldNames.THEMES, Project::themes, Project.Builder::addTheme, of(Theme.class), duplicateTheme())
          .required(FieldNames.BUDGET, Project::budget, Project.Builder::budget, AMOUNT)
          .array(FieldNames.FUNDING, Project::funding, Project.Builder::addFunding, FUNDING)
          .optional(FieldNames.TARGET, Project::target, Project.Builder::target, TARGET)
          .defaulted(FieldNames.STATUS, Project::status, Project.Builder::status, of(ProjectStatus.class))
          .defaultedInt(FieldNames.PROGRESS, Project::progress, Project.Builder::progress, PERCENT)
          .done();

  static final ObjectCodec<Plan, Plan.Builder> PLAN =
      ObjectCodec.of("a plan", Plan::builder, Plan.Builder::build)
          .required(FieldNames.ID, Plan::id, Plan.Builder::id, PLAN_ID)
          .required(FieldNames.TITLE_TH, Plan::titleTh, Plan.Builder::titleTh, TEXT)
          .optional(FieldNames.TITLE_EN, Plan::titleEn, Plan.Builder::titleEn, TEXT)
          .required(FieldNames.LEVEL, Plan::level, Plan.Builder::level, of(PlanLevel.class))
          .required(FieldNames.OWNER, Plan::owner, Plan.Builder::owner, BODY_ID)
          .optional(FieldNames.COMMUNITY, Plan::community, Plan.Builder::community, COMMUNITY_ID)
          .optional(FieldNames.AREA, Plan::area, Plan.Builder::area, AREA_CODE)
          .optional(FieldNames.LOCAL_GOVERNMENT, Plan::localGovernment, Plan.Builder::localGovernment, BODY_ID)
          .required(FieldNames.PERIOD, Plan::period, Plan.Builder::period, PERIOD)
          .set(false, FieldNames.THEMES, Plan::themes, Plan.Builder::addTheme, of(Theme.class), duplicateTheme())
          .array(FieldNames.GOALS, Plan::goals, Plan.Builder::addGoal, TEXT)
          .defaulted(FieldNames.STATUS, Plan::status, Plan.Builder::status, of(PlanStatus.class))
          .optional(FieldNames.BUDGET, Plan::budget, Plan.Builder::budget, AMOUNT)
          .optional(FieldNames.PARENT, Plan::parent, Plan.Builder::parent, PLAN_ID)
          .array(FieldNames.ALIGNS_WITH, Plan::alignsWith, Plan.Builder::addAlignsWith, PLAN_ID)
          .arrayIfAny(FieldNames.DESIGNATIONS, Plan::designations, Plan.Builder::addDesignation, DESIGNATION_ID)
          .optional(FieldNames.INTEGRATION_AREA, Plan::integrationArea, Plan.Builder::integrationArea, SUBDISTRICT)
          .array(FieldNames.PROJECTS, Plan::projects, Plan.Builder::addProject, PROJECT)
          .done();

  static final ObjectCodec<Designation, Designation.Builder> DESIGNATION =
      ObjectCodec.of("a designation", Designation::builder, Designation.Builder::build)
          .required(FieldNames.ID, Designation::id, Designation.Builder::id, DESIGNATION_ID)
          .required(FieldNames.NAME_TH, Designation::nameTh, Designation.Builder::nameTh, TEXT)
          .optional(FieldNames.NAME_EN, Designation::nameEn, Designation.Builder::nameEn, TEXT)
          .required(FieldNames.KIND, Designation::kind, Designation.Builder::kind, of(DesignationKind.class))
          .set(true, FieldNames.AREAS, Designation::areas, Designation.Builder::addArea, AREA_CODE,
              code -> "duplicate area " + JsonIn.quote(code.value()))
          .required(FieldNames.VALID_FROM, Designation::validFrom, Designation.Builder::validFrom, DATE)
          .optional(FieldNames.VALID_TO, Designation::validTo, Designation.Builder::validTo, DATE)
          .array(FieldNames.SOURCES, Designation::sources, Designation.Builder::addSource, SOURCE)
          .defaulted(FieldNames.CERTAINTY, Designation::certainty, Designation.Builder::certainty, of(SourceCertainty.class))
          .optional(FieldNames.NOTE, Designation::note, Designation.Builder::note, TEXT)
          .done();


  /** The whole document. Ids are checked as the collections are read: the special case of the registry. */
  static final ObjectCodec<Registry, RegistryCollection.Values> REGISTRY =
      ObjectCodec.of("a registry", RegistryCollection.Values::new, v -> v.registry.build())
          .required(FieldNames.SCHEMA_VERSION, r -> SCHEMA_VERSION_1, (v, version) -> {}, SCHEMA_VERSION)
          .required(FieldNames.AS_OF, Registry::asOf, (v, date) -> v.registry.asOf(date), DATE)
          .field(RegistryCollection.bodies(FieldNames.COUNCILS, Registry::councils, Registry.Builder::addCouncil, COUNCIL))
          .field(RegistryCollection.bodies(FieldNames.NETWORKS, Registry::networks, Registry.Builder::addNetwork, NETWORK))
          .field(RegistryCollection.bodies(
              FieldNames.ORGANIZATIONS, Registry::organizations, Registry.Builder::addOrganization, ORGANIZATION))
          .field(RegistryCollection.of(FieldNames.PEOPLE, Registry::people, Registry.Builder::addPerson, PERSON, Person::id, false))
          .field(RegistryCollection.of(
              FieldNames.MEETINGS, Registry::meetings, Registry.Builder::addMeeting, MEETING, Meeting::id, false))
          .field(RegistryCollection.of(FieldNames.PLANS, Registry::plans, Registry.Builder::addPlan, PLAN, Plan::id, false))
          .field(RegistryCollection.of(
              FieldNames.DESIGNATIONS, Registry::designations, Registry.Builder::addDesignation, DESIGNATION, Designation::id, true))
          .done();

  // ---- what the module binds ------------------------------------------------------------------

  /** {@return every object codec, the registry first} */
  public static List<ObjectCodec<?, ?>> objects() {
    return List.of(REGISTRY, COUNCIL, COUNCIL_AREA, REGISTRATION, COMMUNITY, MEMBERSHIP, TERM, POST, NETWORK,
        ORGANIZATION, LOCAL_GOVERNMENT, PERSON, PERSON_NAME, MEETING, VENUE, PARTICIPANT, RESOLUTION, SOURCE, PLAN,
        PERIOD, PROJECT, FUNDING, TARGET, DESIGNATION);
  }

  /** {@return the codec of the registry, the whole document} */
  public static ValueCodec<Registry> registry() {
    return REGISTRY;
  }

  /** {@return the codec of a council, a record of JSON Lines} */
  public static ValueCodec<Council> council() {
    return COUNCIL;
  }

  /** {@return the codec of a person, a record of JSON Lines} */
  public static ValueCodec<Person> person() {
    return PERSON;
  }

  /** {@return the codec of a plan, a record of JSON Lines} */
  public static ValueCodec<Plan> plan() {
    return PLAN;
  }

  /**
   * Gets the codec of every model type that the module reads, by the exact
   * type: the object types, the ids of each kind, codes, amounts, fiscal
   * years, phone numbers, citizen ids and the enums.
   *
   * @return the codecs by type, not null
   */
  public static Map<Class<?>, ValueCodec<?>> bound() {
    Map<Class<?>, ValueCodec<?>> map = new LinkedHashMap<>();
    map.put(Registry.class, REGISTRY);
    map.put(Council.class, COUNCIL);
    map.put(CouncilArea.class, COUNCIL_AREA);
    map.put(Registration.class, REGISTRATION);
    map.put(Community.class, COMMUNITY);
    map.put(Membership.class, MEMBERSHIP);
    map.put(Term.class, TERM);
    map.put(Post.class, POST);
    map.put(Network.class, NETWORK);
    map.put(Organization.class, ORGANIZATION);
    map.put(LocalGovernment.class, LOCAL_GOVERNMENT);
    map.put(Person.class, PERSON);
    map.put(PersonName.class, PERSON_NAME);
    map.put(Meeting.class, MEETING);
    map.put(Venue.class, VENUE);
    map.put(Participant.class, PARTICIPANT);
    map.put(Resolution.class, RESOLUTION);
    map.put(SourceLink.class, SOURCE);
    map.put(Plan.class, PLAN);
    map.put(FiscalYearRange.class, PERIOD);
    map.put(Project.class, PROJECT);
    map.put(Funding.class, FUNDING);
    map.put(Target.class, TARGET);
    map.put(Designation.class, DESIGNATION);
    map.put(PersonId.class, PERSON_ID);
    map.put(CommunityId.class, COMMUNITY_ID);
    map.put(BodyId.class, BODY_ID);
    map.put(MeetingId.class, MEETING_ID);
    map.put(PlanId.class, PLAN_ID);
    map.put(ProjectId.class, PROJECT_ID);
    map.put(DesignationId.class, DESIGNATION_ID);
    map.put(AreaCode.class, AREA_CODE);
    map.put(ProvinceCode.class, PROVINCE);
    map.put(DistrictCode.class, DISTRICT);
    map.put(SubdistrictCode.class, SUBDISTRICT);
    map.put(Baht.class, AMOUNT);
    map.put(FiscalYear.class, FISCAL_YEAR);
    map.put(RegistrationNumber.class, REGISTRATION_NUMBER);
    map.put(PhoneNumber.class, PHONE);
    map.put(CitizenId.class, CITIZEN_ID);
    map.putAll(ENUMS);
    return map;
  }

  /** {@return the field names of format v1, the only names a pointer into personal data shows as they are} */
  public static Set<String> fieldNames() {
    Set<String> names = new TreeSet<>();
    for (ObjectCodec<?, ?> codec : objects()) {
      codec.fields().forEach(field -> names.add(field.name()));
    }
    return Set.copyOf(names);
  }
}
