package io.github.sapha.testing;

import static java.util.Objects.requireNonNull;

import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Community;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.CommunityKind;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.DesignationId;
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
import io.github.sapha.designation.Designation;
import io.github.sapha.designation.DesignationKind;
import io.github.sapha.geography.District;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.LocalGovernment;
import io.github.sapha.geography.LocalGovernmentKind;
import io.github.sapha.geography.Province;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.Subdistrict;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingLevel;
import io.github.sapha.meeting.MeetingStatus;
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
import io.github.sapha.plan.PlanStatus;
import io.github.sapha.plan.Project;
import io.github.sapha.plan.ProjectStatus;
import io.github.sapha.plan.Target;
import io.github.sapha.plan.Theme;
import io.github.sapha.registry.Registry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Realistic synthetic registries on the real gazetteer, deterministic from a
 * seed: the same seed and scale always give an equal registry. Every
 * sub-district in scope gets one active council with 8 to 12 member
 * communities, their representatives and some qualified persons (about 20
 * people a council), a chair and a secretary; every district a network that
 * truly claims full coverage, a district plan with an integration area, an
 * integration programme (a designation) covering that area for the plan's
 * period, which the plan names, a council meeting held and one planned after
 * the as-of date; every province
 * a network and a plan; at national scale
 * also the national meeting and plan. The result is always valid under the
 * default policy: no violation at all.
 *
 * <p>Plain Java with {@link java.util.Random}, whose sequence is fixed by its
 * specification, so files generated from a seed are stable across JVMs.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticRegistry {
  /** The as-of date of every synthetic registry: the last day of fiscal year 2561. */
  public static final LocalDate AS_OF = LocalDate.of(2018, 9, 30);

  /** How much of the country a synthetic registry covers. */
  public enum Scale {
    /** One district, chosen by the seed. */
    DISTRICT,
    /** One province, chosen by the seed. */
    PROVINCE,
    /** Every sub-district of Thailand (7,436 councils, about 150,000 people). */
    NATIONAL;

    /**
     * Obtains a scale from its lower-case name, as the command line writes it.
     *
     * @param name "district", "province" or "national", not null
     * @return the scale, not null
     * @throws IllegalArgumentException for any other name
     */
    public static Scale parse(String name) {
      for (Scale scale : values()) {
        if (scale.name().toLowerCase(Locale.ROOT).equals(name)) {
          return scale;
        }
      }
      throw new IllegalArgumentException(
          "Unknown scale \"" + name + "\": expected district, province or national");
    }
  }

  private static final String[] GIVEN_MALE = {
    "สมชาย", "สมศักดิ์", "บุญมี", "คำปัน", "อินทร", "ประเสริฐ", "ทองคำ", "สุริยา", "เกษม", "วิชัย",
    "สุนทร", "ชัยยา", "ปัญญา", "สมบัติ", "อำนาจ", "ณรงค์", "บุญเลิศ", "สมพงษ์", "ประยูร", "มงคล"
  };
  private static final String[] GIVEN_FEMALE = {
    "สมศรี", "จันทร์เพ็ญ", "ศรีนวล", "แสงดาว", "บัวผัน", "มาลี", "ดวงใจ", "นงลักษณ์", "อำไพ", "พิมพา",
    "บุญเรือน", "จำปา", "สุดา", "วันเพ็ญ", "ประไพ", "ทองใบ", "บุษบา", "รัตนา", "อุไร", "คำแสน"
  };
  private static final String[] FAMILY = {
    "ใจดี", "คำแก้ว", "อินต๊ะ", "ปัญญาวงค์", "ศรีวิชัย", "ทาสม", "จันทร์แก้ว", "กันทะ", "สุขสวัสดิ์", "บุญมา",
    "แก้วมณี", "ทองดี", "ศรีสุข", "พรหมมา", "วงศ์ใหญ่", "มั่นคง", "สายทอง", "ชัยมงคล", "เรืองศรี", "นาคสุข",
    "ภูมิใจ", "รักษ์ไทย", "ดวงแก้ว", "สิงห์คำ", "เพชรรัตน์"
  };
  private static final String[] VILLAGE_FIRST = {
    "ดอน", "หนอง", "ป่า", "ท่า", "โนน", "สัน", "ห้วย", "นา", "โคก", "บ่อ", "หัว", "ทุ่ง"
  };
  private static final String[] VILLAGE_SECOND = {
    "ใหม่", "แดง", "ทอง", "หลวง", "งาม", "สะอาด", "เจริญ", "สามัคคี", "ยาง", "ไผ่", "มะม่วง", "ตาล"
  };
  private static final CommunityKind[] GROUP_KINDS = {
    CommunityKind.SAVINGS_GROUP, CommunityKind.OCCUPATIONAL_GROUP, CommunityKind.WOMEN, CommunityKind.ELDERLY,
    CommunityKind.YOUTH, CommunityKind.WELFARE_FUND, CommunityKind.NATURAL_RESOURCES, CommunityKind.HOUSING
  };
  private static final FiscalYearRange PROVINCE_PERIOD = FiscalYearRange.parse("2561-2565");
  private static final FiscalYearRange DISTRICT_PERIOD = FiscalYearRange.parse("2561-2564");
  private static final FiscalYearRange SUBDISTRICT_PERIOD = FiscalYearRange.parse("2561-2563");
  private static final BodyId CODI = BodyId.of("codi");
  /** The date of every district's planned council meeting, half a year after the as-of date. */
  private static final LocalDate PLANNED_MEETING = LocalDate.of(2019, 3, 30);

  private final Random random;
  private final Gazetteer gazetteer = Gazetteer.thailand();
  private final Registry.Builder registry = Registry.builder().asOf(AS_OF);
  private final ProgressListener progress;
  private int people;
  private final Set<CitizenId> citizenIds = new HashSet<>();

  /**
   * Told how far generation has got, for a progress indicator: one council is
   * generated for each sub-district in scope.
   */
  @FunctionalInterface
  public interface ProgressListener {
    /**
     * Receives the number of councils generated so far, now and then.
     *
     * @param done councils generated so far, from 0 up to {@code total}
     * @param total councils the registry will have, known once the scope is chosen
     */
    void councilsGenerated(int done, int total);
  }

  private SyntheticRegistry(long seed, ProgressListener progress) {
    this.random = new Random(seed);
    this.progress = progress;
  }

  /**
   * Generates a registry.
   *
   * @param seed the seed; the same seed and scale give an equal registry
   * @param scale how much of the country to cover, not null
   * @return a registry valid under the default policy, not null
   */
  public static Registry generate(long seed, Scale scale) {
    return generate(seed, scale, (done, total) -> { });
  }

  /**
   * Generates a registry, telling a listener how many councils are done so far
   * and how many there will be (for a progress indicator).
   *
   * @param seed the seed; the same seed and scale give an equal registry
   * @param scale how much of the country to cover, not null
   * @param progress told the councils generated so far and the total, first with
   *     0 done, then after each district, not null
   * @return a registry valid under the default policy, not null
   */
  public static Registry generate(long seed, Scale scale, ProgressListener progress) {
    requireNonNull(scale, "scale");
    requireNonNull(progress, "progress");
    return new SyntheticRegistry(seed, progress).build(scale);
  }

  /**
   * Generates a registry of chosen districts, as at province scale but for
   * any set of districts: each with its councils, network, plan and meetings,
   * and each of their provinces with its network and plan (no national
   * meeting or plan). Chosen districts of a few provinces make a registry
   * small enough to validate often that still has many targets of every kind
   * for {@link Mutations}: district networks, provincial networks, districts
   * where codes were retired.
   *
   * @param seed the seed; the same seed and districts give an equal registry
   * @param districts the districts, in any order, not empty, not null
   * @return a registry valid under the default policy, not null
   * @throws IllegalArgumentException if there is no district or the bundled gazetteer has no sub-districts
   *     for one
   */
  public static Registry generate(long seed, Collection<DistrictCode> districts) {
    requireNonNull(districts, "districts");
    if (districts.isEmpty()) {
      throw new IllegalArgumentException("districts must not be empty");
    }
    SyntheticRegistry generator = new SyntheticRegistry(seed, (done, total) -> { });
    List<District> inScope = new ArrayList<>();
    // Ordered by code, so that each province's districts come together, as the generator closes a province
    // when the next district lies in another.
    for (DistrictCode code : new TreeSet<>(districts)) {
      if (generator.gazetteer.subdistricts(code).isEmpty()) {
        throw new IllegalArgumentException("District " + code + " has no sub-districts in the gazetteer");
      }
      inScope.add(generator.gazetteer.district(code).orElseThrow());
    }
    return generator.build(inScope, Scale.PROVINCE);
  }

  private Registry build(Scale scale) {
    List<Province> provinces = gazetteer.provinces();
    List<District> districtsInScope = new ArrayList<>();
    switch (scale) {
      case DISTRICT:
        List<District> all = gazetteer.districts();
        districtsInScope.add(all.get(random.nextInt(all.size())));
        break;
      case PROVINCE:
        districtsInScope.addAll(gazetteer.districts(provinces.get(random.nextInt(provinces.size())).code()));
        break;
      default:
        districtsInScope.addAll(gazetteer.districts());
        break;
    }
    return build(districtsInScope, scale);
  }

  private Registry build(List<District> districtsInScope, Scale scale) {
    registry.addOrganization(
        Organization.builder()
            .id(CODI)
            .kind(OrganizationKind.CODI)
            .nameTh("สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)")
            .nameEn("Community Organizations Development Institute (Public Organization)")
            .build());
    List<BodyId> provincialNetworks = new ArrayList<>();
    List<PlanId> provincialPlans = new ArrayList<>();
    ProvinceCode currentProvince = null;
    List<BodyId> districtNetworks = new ArrayList<>();
    List<Baht> districtBudgets = new ArrayList<>();
    Person provincialChair = null;
    int councils = 0;
    int total = districtsInScope.stream().mapToInt(d -> gazetteer.subdistricts(d.code()).size()).sum();
    progress.councilsGenerated(0, total);
    for (District district : districtsInScope) {
      if (!district.province().equals(currentProvince)) {
        if (currentProvince != null) {
          closeProvince(currentProvince, districtNetworks, districtBudgets, provincialChair, provincialNetworks, provincialPlans, scale);
        }
        currentProvince = district.province();
        districtNetworks = new ArrayList<>();
        districtBudgets = new ArrayList<>();
        provincialChair = null;
      }
      DistrictResult result = district(district, scale);
      councils += result.councils;
      progress.councilsGenerated(councils, total);
      districtNetworks.add(result.network);
      districtBudgets.add(result.planBudget);
      if (provincialChair == null) {
        provincialChair = result.someMember;
      }
    }
    closeProvince(currentProvince, districtNetworks, districtBudgets, provincialChair, provincialNetworks, provincialPlans, scale);
    if (scale == Scale.NATIONAL) {
      registry.addNetwork(
          Network.builder()
              .id(BodyId.of("national-meeting"))
              .level(NetworkLevel.NATIONAL)
              .nameTh("ที่ประชุมสภาองค์กรชุมชนระดับชาติ")
              .nameEn("National Meeting of Community Organization Councils")
              .addAllNetworks(provincialNetworks)
              .build());
    }
    return registry.build();
  }

  /** What a district contributes upward. */
  private static final class DistrictResult {
    int councils;
    BodyId network;
    Baht planBudget;
    Person someMember;
  }

  private DistrictResult district(District district, Scale scale) {
    DistrictCode code = district.code();
    BodyId networkId = BodyId.of("network-" + code);
    PlanId planId = PlanId.of("plan-" + code);
    List<Subdistrict> subdistricts = gazetteer.subdistricts(code);
    List<BodyId> councilIds = new ArrayList<>();
    Baht childBudgets = Baht.ZERO;
    Person chairOfNetwork = null;
    Council firstCouncil = null;
    for (Subdistrict subdistrict : subdistricts) {
      CouncilResult council = council(subdistrict, planId);
      councilIds.add(council.council.id());
      childBudgets = childBudgets.plus(council.planBudget);
      if (chairOfNetwork == null) {
        chairOfNetwork = council.representative;
        firstCouncil = council.council;
      }
    }
    registry.addNetwork(
        Network.builder()
            .id(networkId)
            .level(NetworkLevel.DISTRICT)
            .nameTh("เครือข่ายสภาองค์กรชุมชน" + district.kind().thai() + district.nameTh().replaceFirst("^เขต", ""))
            .nameEn(district.nameEn() + " District Network of Community Organization Councils")
            .area(code)
            .addAllCouncils(councilIds)
            .claimsFullCoverage(true)
            .addPost(Post.held(PostRole.CHAIR, chairOfNetwork.id(), Term.from(LocalDate.of(2017, 1, 1))))
            .build());
    Baht budget = childBudgets.plus(Baht.of(10_000L * (1 + random.nextInt(20))));
    Subdistrict integrationArea = subdistricts.get(random.nextInt(subdistricts.size()));
    DesignationId programme = DesignationId.of("programme-" + code);
    // No random draw here, so that everything generated after it stays as it was before designations.
    registry.addDesignation(
        Designation.builder()
            .id(programme)
            .nameTh("โครงการพื้นที่บูรณาการ" + integrationArea.kind().thai() + integrationArea.nameTh())
            .nameEn(integrationArea.nameEn() + " integration area programme")
            .kind(DesignationKind.INTEGRATION_PROGRAMME)
            .addArea(integrationArea.code())
            .validFrom(DISTRICT_PERIOD.start())
            .validTo(DISTRICT_PERIOD.end())
            .build());
    registry.addPlan(
        Plan.builder()
            .id(planId)
            .titleTh("แผนยุทธศาสตร์การพัฒนา" + district.kind().thai() + district.nameTh().replaceFirst("^เขต", ""))
            .titleEn(district.nameEn() + " district development strategy")
            .level(PlanLevel.DISTRICT)
            .owner(networkId)
            .area(code)
            .period(DISTRICT_PERIOD)
            .addThemes(Theme.ECONOMY, Theme.SOCIETY, Theme.NATURAL_RESOURCES_AND_ENVIRONMENT)
            .status(PlanStatus.ADOPTED)
            .budget(budget)
            .parent(PlanId.of("plan-" + district.province()))
            .addDesignation(programme)
            .integrationArea(integrationArea.code())
            .build());
    councilMeeting(firstCouncil);
    DistrictResult result = new DistrictResult();
    result.councils = subdistricts.size();
    result.network = networkId;
    result.planBudget = budget;
    result.someMember = chairOfNetwork;
    return result;
  }

  /** What a council contributes to its district. */
  private static final class CouncilResult {
    Council council;
    Person representative;
    Baht planBudget;
  }

  private CouncilResult council(Subdistrict subdistrict, PlanId districtPlan) {
    String code = subdistrict.code().value();
    BodyId id = BodyId.of("council-" + code);
    boolean municipal = random.nextInt(10) == 0;
    CouncilArea area;
    if (municipal) {
      BodyId lg = BodyId.of("lg-" + code);
      LocalGovernment localGovernment =
          LocalGovernment.builder()
              .kind(LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY)
              .nameTh(subdistrict.nameTh())
              .nameEn(subdistrict.nameEn())
              .addArea(subdistrict.code())
              .build();
      registry.addOrganization(
          Organization.builder()
              .id(lg)
              .kind(OrganizationKind.LOCAL_GOVERNMENT)
              .nameTh(localGovernment.fullNameTh())
              .nameEn(localGovernment.fullNameEn().orElseThrow())
              .localGovernment(localGovernment)
              .area(subdistrict.district())
              .build());
      area = CouncilArea.localGovernment(lg, subdistrict.code());
    } else {
      area = CouncilArea.subdistrict(subdistrict.code());
    }
    LocalDate registered = LocalDate.of(2009 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
    Council.Builder council =
        Council.builder()
            .id(id)
            .nameTh("สภาองค์กรชุมชน" + (municipal ? "เทศบาลตำบล" : subdistrict.kind().thai()) + subdistrict.nameTh())
            .nameEn(subdistrict.nameEn() + (municipal ? " Municipality" : " Subdistrict") + " Community Organization Council")
            .area(area.withName(subdistrict.nameTh()))
            .registration(Registration.of("พอช." + code + "/" + (registered.getYear() + 543), registered));

    int communities = 8 + random.nextInt(5);
    Term seat = Term.from(registered);
    List<Person> representatives = new ArrayList<>();
    for (int k = 1; k <= communities; k++) {
      CommunityId communityId = CommunityId.of("community-" + code + "-" + k);
      boolean village = k <= communities / 2 + 1;
      Community.Builder community =
          Community.builder()
              .id(communityId)
              .registered(registered.minusMonths(1 + random.nextInt(6)));
      if (village) {
        community
            .nameTh("บ้าน" + pick(VILLAGE_FIRST) + pick(VILLAGE_SECOND))
            .kind(CommunityKind.VILLAGE)
            .village(k);
      } else {
        CommunityKind kind = GROUP_KINDS[random.nextInt(GROUP_KINDS.length)];
        community.nameTh(kind.thai() + subdistrict.nameTh()).kind(kind);
      }
      council.addCommunity(community.build());
      int sent = 1 + random.nextInt(2);
      for (int r = 0; r < sent; r++) {
        Person person = person();
        representatives.add(person);
        council.addMember(Membership.representative(person.id(), communityId, seat));
      }
    }
    // Qualified persons stay two below the policy's cap, so that testers' mutations can add one.
    int cap = representatives.size() / 2;
    int qualified = Math.max(0, cap - 2 - random.nextInt(2));
    for (int q = 0; q < qualified; q++) {
      council.addMember(Membership.qualifiedPerson(person().id(), seat));
    }
    council.addPost(Post.held(PostRole.CHAIR, representatives.get(0).id(), seat));
    council.addPost(Post.held(PostRole.SECRETARY, representatives.get(1).id(), seat));
    Council built = council.build();
    registry.addCouncil(built);

    List<Project> projects = projects(code);
    Baht projectsBudget = projects.stream().map(Project::budget).collect(Baht.summing());
    Baht planBudget = projectsBudget.plus(Baht.of(5_000L * random.nextInt(10)));
    Plan.Builder plan =
        Plan.builder()
            .id(PlanId.of("plan-" + code))
            .titleTh("แผนพัฒนาชุมชน" + subdistrict.kind().thai() + subdistrict.nameTh())
            .level(PlanLevel.SUBDISTRICT)
            .owner(id)
            .area(subdistrict.code())
            .period(SUBDISTRICT_PERIOD)
            .addThemes(Theme.ECONOMY, Theme.SOCIETY)
            .status(PlanStatus.IN_PROGRESS)
            .budget(planBudget)
            .parent(districtPlan)
            .addAllProjects(projects);
    area.localGovernment().ifPresent(plan::localGovernment);
    registry.addPlan(plan.build());

    CouncilResult result = new CouncilResult();
    result.council = built;
    result.representative = representatives.get(0);
    result.planBudget = planBudget;
    return result;
  }

  private List<Project> projects(String code) {
    List<Project> projects = new ArrayList<>();
    int count = random.nextInt(3);
    for (int p = 1; p <= count; p++) {
      boolean housing = random.nextBoolean();
      long households = 5 + random.nextInt(20);
      Baht budget = housing ? Baht.of(19_000L * households) : Baht.of(10_000L * (1 + random.nextInt(30)));
      Project.Builder project =
          Project.builder()
              .id(ProjectId.of("project-" + code + "-" + p))
              .titleTh(housing ? "โครงการบ้านพอเพียงชนบท" : "โครงการส่งเสริมอาชีพชุมชน")
              .addThemes(housing ? Theme.HOUSING : Theme.ECONOMY)
              .budget(budget)
              .status(ProjectStatus.IN_PROGRESS)
              .progress(random.nextInt(101));
      if (housing) {
        project.addFunding(Funding.of(FundingSource.CODI, budget)).target(Target.of(households, "households"));
      } else {
        Baht own = Baht.ofSatang(budget.satang() / 4);
        project
            .addFunding(Funding.of(FundingSource.LOCAL_GOVERNMENT, budget.minus(own)))
            .addFunding(Funding.of(FundingSource.COMMUNITY, own));
      }
      projects.add(project.build());
    }
    return projects;
  }

  private void councilMeeting(Council council) {
    long members = council.members().size();
    int attendance = (int) (members / 2 + 1 + random.nextInt((int) (members / 2)));
    registry.addMeeting(
        Meeting.builder()
            .id(MeetingId.of("meeting-" + council.id().value()))
            .titleTh("ประชุม" + council.nameTh() + " ประจำปี 2561")
            .date(LocalDate.of(2018, 3, 1 + random.nextInt(28)))
            .level(MeetingLevel.COUNCIL)
            .body(council.id())
            .venue(Venue.of("ศาลาอเนกประสงค์"))
            .addOrganisers(council.id())
            .addParticipant(Participant.of(council.posts().get(0).holder().orElseThrow(), ParticipantRole.CHAIRED))
            .addParticipant(Participant.of(council.posts().get(1).holder().orElseThrow(), ParticipantRole.REPORTED))
            .attendance(attendance)
            .addAgenda("รับรองรายงานการประชุมครั้งที่แล้ว", "พิจารณาแผนพัฒนาชุมชน")
            .addResolution(Resolution.of("เห็นชอบแผนพัฒนาชุมชนประจำปี", ResolutionOutcome.ADOPTED))
            .build());
    // Next year's meeting, planned after the as-of date; no random draw, so the rest stays as it was.
    registry.addMeeting(
        Meeting.builder()
            .id(MeetingId.of("meeting-" + council.id().value() + "-2562"))
            .titleTh("ประชุม" + council.nameTh() + " ประจำปี 2562")
            .date(PLANNED_MEETING)
            .level(MeetingLevel.COUNCIL)
            .status(MeetingStatus.PLANNED)
            .body(council.id())
            .addOrganisers(council.id())
            .addAgenda("พิจารณาแผนพัฒนาชุมชน")
            .build());
  }

  private void closeProvince(
      ProvinceCode province,
      List<BodyId> districtNetworks,
      List<Baht> districtBudgets,
      Person chair,
      List<BodyId> provincialNetworks,
      List<PlanId> provincialPlans,
      Scale scale) {
    Province p = gazetteer.province(province).orElseThrow();
    BodyId networkId = BodyId.of("network-" + province);
    registry.addNetwork(
        Network.builder()
            .id(networkId)
            .level(NetworkLevel.PROVINCIAL)
            .nameTh("เครือข่ายสภาองค์กรชุมชนจังหวัด" + p.nameTh())
            .nameEn(p.nameEn() + " Provincial Network of Community Organization Councils")
            .area(province)
            .addAllNetworks(districtNetworks)
            .addPost(Post.held(PostRole.CHAIR, chair.id(), Term.from(LocalDate.of(2017, 1, 1))))
            .build());
    Baht budget = districtBudgets.stream().collect(Baht.summing()).plus(Baht.of(100_000));
    Plan.Builder plan =
        Plan.builder()
            .id(PlanId.of("plan-" + province))
            .titleTh("แผนพัฒนาชุมชนจังหวัด" + p.nameTh())
            .titleEn(p.nameEn() + " provincial community development plan")
            .level(PlanLevel.PROVINCE)
            .owner(networkId)
            .area(province)
            .period(PROVINCE_PERIOD)
            .addThemes(Theme.ECONOMY, Theme.SOCIETY, Theme.NATURAL_RESOURCES_AND_ENVIRONMENT, Theme.HOUSING)
            .status(PlanStatus.ADOPTED)
            .budget(budget);
    if (scale == Scale.NATIONAL) {
      plan.parent(PlanId.of("plan-national"));
    }
    registry.addPlan(plan.build());
    provincialNetworks.add(networkId);
    provincialPlans.add(PlanId.of("plan-" + province));
    if (scale == Scale.NATIONAL && provincialPlans.size() == gazetteer.provinces().size()) {
      registry.addPlan(
          Plan.builder()
              .id(PlanId.of("plan-national"))
              .titleTh("แผนพัฒนาสภาองค์กรชุมชนระดับชาติ")
              .titleEn("National community organization council development plan")
              .level(PlanLevel.NATIONAL)
              .owner(CODI)
              .period(FiscalYearRange.parse("2561-2565"))
              .addThemes(Theme.ECONOMY, Theme.SOCIETY)
              .status(PlanStatus.ADOPTED)
              .build());
    }
  }

  private Person person() {
    people++;
    boolean female = random.nextBoolean();
    String title = female ? (random.nextBoolean() ? "นาง" : "นางสาว") : "นาย";
    Person.Builder person =
        Person.builder()
            .id(PersonId.of("person-" + people))
            .name(
                PersonName.builder()
                    .title(title)
                    .given(pick(female ? GIVEN_FEMALE : GIVEN_MALE))
                    .family(pick(FAMILY))
                    .build());
    if (random.nextInt(3) == 0) {
      person.phone(PhoneNumber.parse("08" + (10_000_000 + random.nextInt(90_000_000))));
    }
    if (random.nextInt(4) == 0) {
      person.citizenId(citizenId());
    }
    return registryPerson(person.build());
  }

  private Person registryPerson(Person person) {
    registry.addPerson(person);
    return person;
  }

  /** A well-formed citizen id with a right check digit; the numbers are random, not anyone's. */
  private CitizenId citizenId() {
    CitizenId id = drawCitizenId();
    while (!citizenIds.add(id)) {
      id = drawCitizenId(); // one person, one number: a repeat would be person.duplicate-citizen-id
    }
    return id;
  }

  private CitizenId drawCitizenId() {
    StringBuilder digits = new StringBuilder();
    digits.append(1 + random.nextInt(8));
    for (int i = 1; i < 12; i++) {
      digits.append(random.nextInt(10));
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (digits.charAt(i) - '0') * (13 - i);
    }
    digits.append((11 - sum % 11) % 10);
    return CitizenId.parse(digits);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
