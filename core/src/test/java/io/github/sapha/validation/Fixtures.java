package io.github.sapha.validation;

import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Community;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.CommunityKind;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.Id;
import io.github.sapha.council.MeetingId;
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
import io.github.sapha.council.Term;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.LocalGovernment;
import io.github.sapha.geography.LocalGovernmentKind;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingLevel;
import io.github.sapha.meeting.Participant;
import io.github.sapha.meeting.ParticipantRole;
import io.github.sapha.meeting.Resolution;
import io.github.sapha.meeting.ResolutionOutcome;
import io.github.sapha.meeting.Venue;
import io.github.sapha.money.Baht;
import io.github.sapha.plan.Funding;
import io.github.sapha.plan.FundingSource;
import io.github.sapha.plan.Plan;
import io.github.sapha.plan.PlanLevel;
import io.github.sapha.plan.Project;
import io.github.sapha.plan.Theme;
import io.github.sapha.registry.Registry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A small valid registry of Mae Sai (district 5709) and helpers that break one
 * thing at a time.
 *
 * <p>The base registry, as of 2017-05-18, holds, in this order:
 *
 * <ul>
 *   <li>councils: [0] council-570901 on the area of the sub-district
 *       municipality lg-570901, [1] council-570902 (Huai Khrai), [2]
 *       council-570908 (Ban Dai); each registered on 2010-03-01 with two
 *       communities ({@code community-<code>-1} and {@code -2}), one
 *       representative each ({@code person-<code>-1} and {@code -2}), one
 *       qualified person ({@code person-<code>-3}), {@code -1} as chair and
 *       {@code -2} as secretary, all from 2016-01-01;
 *   <li>networks: [0] the district network network-5709 listing the three
 *       councils, chaired by person-570908-1; [1] the provincial network
 *       network-57 listing network-5709;
 *   <li>organizations: [0] the local government lg-570901;
 *   <li>people: the nine council members, [0]-[2] of 570901, [3]-[5] of
 *       570902, [6]-[8] of 570908, each with a Thai and English name, a phone
 *       number and a citizen id with a right check digit;
 *   <li>meetings: [0] meeting-570908-1, a council meeting of council-570908 on
 *       2017-04-01 with 2 of its 3 members attending (exactly the quorum) and
 *       an adopted resolution;
 *   <li>plans: [0] the district plan plan-5709 (2561-2564, budget 1,000,000,
 *       integration area 570908), [1]-[3] the sub-district plans plan-570901,
 *       plan-570902, plan-570908 under it (budgets 300,000 + 300,000 + 400,000,
 *       exactly the parent's), the last with a 380,000 project, and [4] the
 *       community plan plan-570908-1 under plan-570908.
 * </ul>
 */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2017, 5, 18);
  static final LocalDate TERM_START = LocalDate.of(2016, 1, 1);
  static final LocalDate REGISTERED = LocalDate.of(2010, 3, 1);
  static final LocalDate MEETING_DATE = LocalDate.of(2017, 4, 1);

  static final ProvinceCode CHIANG_RAI = ProvinceCode.parse("57");
  static final DistrictCode MAE_SAI = DistrictCode.parse("5709");
  static final SubdistrictCode MAE_SAI_SUBDISTRICT = SubdistrictCode.parse("570901");
  static final SubdistrictCode HUAI_KHRAI = SubdistrictCode.parse("570902");
  static final SubdistrictCode BAN_DAI = SubdistrictCode.parse("570908");

  static final BodyId LG_MAE_SAI = BodyId.of("lg-570901");
  static final BodyId COUNCIL_MAE_SAI = BodyId.of("council-570901");
  static final BodyId COUNCIL_HUAI_KHRAI = BodyId.of("council-570902");
  static final BodyId COUNCIL_BAN_DAI = BodyId.of("council-570908");
  static final BodyId DISTRICT_NETWORK = BodyId.of("network-5709");
  static final BodyId PROVINCIAL_NETWORK = BodyId.of("network-57");
  static final MeetingId MEETING = MeetingId.of("meeting-570908-1");
  static final PlanId DISTRICT_PLAN = PlanId.of("plan-5709");
  static final PlanId MAE_SAI_PLAN = PlanId.of("plan-570901");
  static final PlanId HUAI_KHRAI_PLAN = PlanId.of("plan-570902");
  static final PlanId BAN_DAI_PLAN = PlanId.of("plan-570908");
  static final PlanId COMMUNITY_PLAN = PlanId.of("plan-570908-1");

  static final FiscalYearRange STRATEGY = FiscalYearRange.parse("2561-2564");

  /** The sub-districts of the base councils, in the councils' order. */
  static final List<String> BASE_CODES = List.of("570901", "570902", "570908");

  /** Illustrative names: Thai given, Thai family, English given, English family. */
  private static final String[][] NAMES = {
    {"สมชาย", "ใจดี", "Somchai", "Jaidee"},
    {"สมศรี", "คำแก้ว", "Somsri", "Khamkaeo"},
    {"บุญมี", "อินต๊ะ", "Bunmi", "Inta"},
    {"คำปัน", "ปัญญาวงค์", "Khampan", "Panyawong"},
    {"จันทร์เพ็ญ", "ศรีวิชัย", "Chanphen", "Siwichai"},
    {"ศรีนวล", "ทาสม", "Sinuan", "Thasom"},
    {"อินทร", "จันทร์แก้ว", "Inthon", "Chankaeo"},
    {"แสงดาว", "กันทะ", "Saengdao", "Kantha"},
    {"ประเสริฐ", "วงค์ษา", "Prasoet", "Wongsa"},
    {"บัวผัน", "ธรรมใจ", "Buaphan", "Thamjai"},
    {"ทองคำ", "สุขเกษม", "Thongkham", "Sukkasem"},
  };

  private static final Registry BASE = buildBase();

  private Fixtures() {}

  /** Gets the valid base registry. */
  static Registry base() {
    return BASE;
  }

  /** Validates with the default validator. */
  static ValidationReport validate(Registry registry) {
    return Validator.defaults().validate(registry);
  }

  // ---- expected violations --------------------------------------------------------------------

  static Violation error(String rule, String path, String message) {
    return new Violation(rule, Severity.ERROR, Pointer.parse(path), message, Optional.empty(), Optional.empty());
  }

  static Violation warning(String rule, String path, String message) {
    return new Violation(rule, Severity.WARNING, Pointer.parse(path), message, Optional.empty(), Optional.empty());
  }

  static Violation withSuggestion(Violation violation, String suggestion) {
    return new Violation(violation.rule(), violation.severity(), violation.path(), violation.message(),
        Optional.of(suggestion), violation.reference());
  }

  static Violation withReference(Violation violation, String reference) {
    return new Violation(violation.rule(), violation.severity(), violation.path(), violation.message(),
        violation.suggestion(), Optional.of(reference));
  }

  // ---- building blocks ----------------------------------------------------------------------

  static PersonId person(String code, int n) {
    return PersonId.of("person-" + code + "-" + n);
  }

  static CommunityId community(String code, int n) {
    return CommunityId.of("community-" + code + "-" + n);
  }

  static BodyId council(String code) {
    return BodyId.of("council-" + code);
  }

  /**
   * A valid council of one sub-district: two communities with one
   * representative each, a qualified person, a chair and a secretary.
   */
  static Council subdistrictCouncil(String code, String placeName) {
    return councilBuilder(code, CouncilArea.subdistrict(SubdistrictCode.parse(code)).withName(placeName)).build();
  }

  static Council.Builder councilBuilder(String code, CouncilArea area) {
    Term seat = Term.from(TERM_START);
    return Council.builder()
        .id(council(code))
        .nameTh("สภาองค์กรชุมชนตำบล" + area.name().orElse(code))
        .nameEn("Community Organization Council " + code)
        .area(area)
        .registration(Registration.of("ชร." + code + "/2553", REGISTERED))
        .addCommunity(
            Community.builder()
                .id(community(code, 1))
                .nameTh("ชุมชนหมู่ 1 ตำบล " + code)
                .kind(CommunityKind.VILLAGE)
                .village(1)
                .registered(LocalDate.of(2009, 11, 1))
                .build())
        .addCommunity(
            Community.builder()
                .id(community(code, 2))
                .nameTh("กลุ่มออมทรัพย์ตำบล " + code)
                .kind(CommunityKind.SAVINGS_GROUP)
                .build())
        .addMember(Membership.representative(person(code, 1), community(code, 1), seat))
        .addMember(Membership.representative(person(code, 2), community(code, 2), seat))
        .addMember(Membership.qualifiedPerson(person(code, 3), seat))
        .addPost(Post.held(PostRole.CHAIR, person(code, 1), seat))
        .addPost(Post.held(PostRole.SECRETARY, person(code, 2), seat));
  }

  /** The three members of a council made by {@link #subdistrictCouncil}, with personal data. */
  static List<Person> peopleOf(String code) {
    List<Person> people = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      people.add(personWithData(person(code, n)));
    }
    return people;
  }

  /**
   * A person with a Thai and an English name, a phone number and a citizen id
   * with a right check digit, all derived from the id.
   */
  static Person personWithData(PersonId id) {
    int seed = Math.floorMod(id.value().hashCode(), 1000);
    String[] name = NAMES[seed % NAMES.length];
    return Person.builder()
        .id(id)
        .name(PersonName.builder().title("นาย").given(name[0]).family(name[1]).build())
        .nameEn(PersonName.of(name[2], name[3]))
        .phone(PhoneNumber.parse(phoneOf(seed)))
        .citizenId(CitizenId.parse(citizenIdOf(seed)))
        .build();
  }

  static String phoneOf(int seed) {
    return String.format("089-%03d-%04d", seed, 4000 + seed);
  }

  /** A citizen id with a right check digit: 12 digits, then (11 - weighted sum % 11) % 10. */
  static String citizenIdOf(int seed) {
    String twelve = String.format("1101700%05d", seed);
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (twelve.charAt(i) - '0') * (13 - i);
    }
    return twelve + (11 - sum % 11) % 10;
  }

  /** A citizen id whose last digit is one off the right check digit. */
  static String wrongCheckDigit(String citizenId) {
    int last = citizenId.charAt(12) - '0';
    return citizenId.substring(0, 12) + (last + 1) % 10;
  }

  static Organization localGovernment(BodyId id, SubdistrictCode area, String nameTh) {
    LocalGovernment lg =
        LocalGovernment.builder()
            .kind(LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY)
            .nameTh(nameTh)
            .addArea(area)
            .build();
    return Organization.builder()
        .id(id)
        .kind(OrganizationKind.LOCAL_GOVERNMENT)
        .nameTh(lg.fullNameTh())
        .localGovernment(lg)
        .area(area.district())
        .build();
  }

  static Plan.Builder subdistrictPlan(String code, Baht budget) {
    return Plan.builder()
        .id(PlanId.of("plan-" + code))
        .titleTh("แผนพัฒนาตำบล " + code)
        .level(PlanLevel.SUBDISTRICT)
        .owner(council(code))
        .area(SubdistrictCode.parse(code))
        .period(STRATEGY)
        .addThemes(Theme.ECONOMY, Theme.SOCIETY)
        .budget(budget)
        .parent(DISTRICT_PLAN);
  }

  static Project project(String id, Baht budget) {
    return Project.builder()
        .id(ProjectId.of(id))
        .titleTh("โครงการ " + id)
        .addThemes(Theme.HOUSING)
        .budget(budget)
        .addFunding(Funding.of(FundingSource.CODI, budget))
        .build();
  }

  private static Registry buildBase() {
    Registry.Builder registry = Registry.builder().asOf(AS_OF);
    registry.addOrganization(localGovernment(LG_MAE_SAI, MAE_SAI_SUBDISTRICT, "แม่สาย"));
    registry.addCouncil(
        councilBuilder("570901", CouncilArea.localGovernment(LG_MAE_SAI, MAE_SAI_SUBDISTRICT).withName("แม่สาย"))
            .nameTh("สภาองค์กรชุมชนเทศบาลตำบลแม่สาย")
            .build());
    registry.addCouncil(subdistrictCouncil("570902", "ห้วยไคร้"));
    registry.addCouncil(subdistrictCouncil("570908", "บ้านด้าย"));
    for (String code : BASE_CODES) {
      registry.addAllPeople(peopleOf(code));
    }
    registry.addNetwork(
        Network.builder()
            .id(DISTRICT_NETWORK)
            .level(NetworkLevel.DISTRICT)
            .nameTh("เครือข่ายสภาองค์กรชุมชนอำเภอแม่สาย")
            .area(MAE_SAI)
            .addCouncils(COUNCIL_MAE_SAI, COUNCIL_HUAI_KHRAI, COUNCIL_BAN_DAI)
            .addPost(Post.held(PostRole.CHAIR, person("570908", 1), Term.from(TERM_START)))
            .build());
    registry.addNetwork(
        Network.builder()
            .id(PROVINCIAL_NETWORK)
            .level(NetworkLevel.PROVINCIAL)
            .nameTh("เครือข่ายสภาองค์กรชุมชนจังหวัดเชียงราย")
            .area(CHIANG_RAI)
            .addNetwork(DISTRICT_NETWORK)
            .build());
    registry.addMeeting(
        Meeting.builder()
            .id(MEETING)
            .titleTh("ประชุมสภาองค์กรชุมชนตำบลบ้านด้าย ครั้งที่ 1/2560")
            .date(MEETING_DATE)
            .level(MeetingLevel.COUNCIL)
            .body(COUNCIL_BAN_DAI)
            .venue(Venue.at("ห้องประชุมเทศบาลตำบลแม่สาย", LG_MAE_SAI))
            .addOrganiser(COUNCIL_BAN_DAI)
            .addParticipant(
                Participant.builder()
                    .person(person("570908", 1))
                    .role(ParticipantRole.CHAIRED)
                    .capacity(COUNCIL_BAN_DAI)
                    .build())
            .addParticipant(Participant.of(person("570908", 2), ParticipantRole.REPORTED))
            .attendance(2)
            .addResolution(Resolution.of("รับรองแผนพัฒนาตำบลบ้านด้าย", ResolutionOutcome.ADOPTED))
            .build());
    registry.addPlan(
        Plan.builder()
            .id(DISTRICT_PLAN)
            .titleTh("แผนยุทธศาสตร์การพัฒนาอำเภอแม่สาย")
            .level(PlanLevel.DISTRICT)
            .owner(DISTRICT_NETWORK)
            .area(MAE_SAI)
            .period(STRATEGY)
            .addThemes(Theme.ECONOMY)
            .budget(Baht.of(1_000_000))
            .integrationArea(BAN_DAI)
            .build());
    registry.addPlan(subdistrictPlan("570901", Baht.of(300_000)).localGovernment(LG_MAE_SAI).build());
    registry.addPlan(subdistrictPlan("570902", Baht.of(300_000)).addAlignsWith(BAN_DAI_PLAN).build());
    registry.addPlan(
        subdistrictPlan("570908", Baht.of(400_000))
            .addProject(project("project-570908-housing", Baht.of(380_000)))
            .build());
    registry.addPlan(
        Plan.builder()
            .id(COMMUNITY_PLAN)
            .titleTh("แผนชุมชนหมู่ 1 บ้านด้าย")
            .level(PlanLevel.COMMUNITY)
            .owner(COUNCIL_BAN_DAI)
            .community(community("570908", 1))
            .area(BAN_DAI)
            .period(FiscalYearRange.parse("2561-2562"))
            .parent(BAN_DAI_PLAN)
            .build());
    return registry.build();
  }

  // ---- breaking one thing at a time ------------------------------------------------------

  /** Returns a copy changed through a registry builder. */
  static Registry with(Registry registry, UnaryOperator<Registry.Builder> change) {
    return change.apply(Registry.builder().from(registry)).build();
  }

  static Registry withAsOf(Registry registry, LocalDate asOf) {
    return with(registry, b -> b.asOf(asOf));
  }

  /**
   * Adds sub-district councils (made by {@link #subdistrictCouncil}, named as
   * the gazetteer names the sub-district) and their people.
   */
  static Registry withCouncils(Registry registry, String... codes) {
    return with(registry, b -> {
      for (String code : codes) {
        String name = Gazetteer.thailand().subdistrict(SubdistrictCode.parse(code)).orElseThrow().nameTh();
        b.addCouncil(subdistrictCouncil(code, name)).addAllPeople(peopleOf(code));
      }
      return b;
    });
  }

  /** Adds people (made by {@link #personWithData}). */
  static Registry withPeople(Registry registry, PersonId... people) {
    return with(registry, b -> {
      for (PersonId id : people) {
        b.addPerson(personWithData(id));
      }
      return b;
    });
  }

  static Registry withCouncil(Registry registry, BodyId id, UnaryOperator<Council.Builder> change) {
    return with(registry, b -> b.councils(
        replace(registry.councils(), Council::id, id, c -> change.apply(Council.builder().from(c)).build())));
  }

  static Registry withNetwork(Registry registry, BodyId id, UnaryOperator<Network.Builder> change) {
    return with(registry, b -> b.networks(
        replace(registry.networks(), Network::id, id, n -> change.apply(Network.builder().from(n)).build())));
  }

  static Registry withOrganization(Registry registry, BodyId id, UnaryOperator<Organization.Builder> change) {
    return with(registry, b -> b.organizations(
        replace(registry.organizations(), Organization::id, id,
            o -> change.apply(Organization.builder().from(o)).build())));
  }

  static Registry withPerson(Registry registry, PersonId id, UnaryOperator<Person.Builder> change) {
    return with(registry, b -> b.people(
        replace(registry.people(), Person::id, id, p -> change.apply(Person.builder().from(p)).build())));
  }

  static Registry withMeeting(Registry registry, MeetingId id, UnaryOperator<Meeting.Builder> change) {
    return with(registry, b -> b.meetings(
        replace(registry.meetings(), Meeting::id, id, m -> change.apply(Meeting.builder().from(m)).build())));
  }

  static Registry withPlan(Registry registry, PlanId id, UnaryOperator<Plan.Builder> change) {
    return with(registry, b -> b.plans(
        replace(registry.plans(), Plan::id, id, p -> change.apply(Plan.builder().from(p)).build())));
  }

  /** Replaces the council's members with the given ones. */
  static Registry withMembers(Registry registry, BodyId council, Membership... members) {
    return withCouncil(registry, council, c -> c.members(List.of(members)));
  }

  /** Replaces the council's posts with the given ones. */
  static Registry withPosts(Registry registry, BodyId council, Post... posts) {
    return withCouncil(registry, council, c -> c.posts(List.of(posts)));
  }

  private static <T, K extends Id> List<T> replace(List<T> items, Function<T, K> id, K wanted, UnaryOperator<T> change) {
    List<T> out = new ArrayList<>();
    boolean found = false;
    for (T item : items) {
      if (id.apply(item).equals(wanted)) {
        out.add(change.apply(item));
        found = true;
      } else {
        out.add(item);
      }
    }
    if (!found) {
      throw new IllegalArgumentException("The fixture has no " + wanted);
    }
    return out;
  }
}
