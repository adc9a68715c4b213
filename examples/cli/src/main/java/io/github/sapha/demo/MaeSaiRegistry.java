package io.github.sapha.demo;

import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
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
import io.github.sapha.council.PlanId;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.ProjectId;
import io.github.sapha.council.Registration;
import io.github.sapha.council.Term;
import io.github.sapha.designation.Designation;
import io.github.sapha.designation.DesignationKind;
import io.github.sapha.designation.SourceCertainty;
import io.github.sapha.geography.DistrictCode;
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
import io.github.sapha.registry.Registry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Mae Sai forum of 18 May 2017 (B.E. 2560), built through the public API
 * only: Chiang Rai's provincial network and its chair, Mae Sai's district
 * network, the district's eight councils (three on municipality areas, five on
 * sub-districts), CODI and its northern office, the local governments and the
 * district community-development office, the forum with each person's part,
 * and the plans: Chiang Rai's provincial plan, Mae Sai's district development
 * strategy (fiscal years 2561-2564, Ban Dai as integration area) and a
 * sub-district plan per council linked to it, with a rural sufficiency-housing
 * project (บ้านพอเพียงชนบท) funded by CODI.
 *
 * <p>Facts from the source (CODI's northern office news item, see {@code
 * shared/seed} of the project) are kept as reported. Everything marked
 * <em>illustrative</em> is invented to make the registry complete: community
 * names, council members and officers, registration numbers and dates, and
 * which sub-district each municipality lies in.
 */
public final class MaeSaiRegistry {
  /** The day of the forum and the registry's as-of date. */
  public static final LocalDate FORUM_DATE = LocalDate.of(2017, 5, 18);
  /** Mae Sai district. */
  public static final DistrictCode MAE_SAI = DistrictCode.parse("5709");
  /** Chiang Rai province. */
  public static final ProvinceCode CHIANG_RAI = ProvinceCode.parse("57");

  /** CODI. */
  public static final BodyId CODI = BodyId.of("codi");
  /** CODI's northern regional office, an organiser of the forum. */
  public static final BodyId CODI_NORTH = BodyId.of("codi-north");
  /** Mae Sai Mittraphap sub-district municipality, the forum's venue. */
  public static final BodyId MAE_SAI_MITTRAPHAP = BodyId.of("lg-mae-sai-mittraphap");
  /** The Mae Sai district community-development office. */
  public static final BodyId DISTRICT_CD_OFFICE = BodyId.of("office-cd-5709");
  /** Mae Sai district network of councils, an organiser of the forum. */
  public static final BodyId DISTRICT_NETWORK = BodyId.of("network-5709");
  /** Chiang Rai provincial network of councils, an organiser of the forum. */
  public static final BodyId PROVINCIAL_NETWORK = BodyId.of("network-57");
  /** The national meeting of council representatives. */
  public static final BodyId NATIONAL_MEETING = BodyId.of("national-meeting");
  /** The forum. */
  public static final MeetingId FORUM = MeetingId.of("forum-2017-05-18");
  /** Chiang Rai's provincial plan. */
  public static final PlanId PROVINCIAL_PLAN = PlanId.of("plan-57");
  /** Mae Sai's district development strategy, 2561-2564, with Ban Dai as integration area. */
  public static final PlanId DISTRICT_PLAN = PlanId.of("plan-5709");
  /** Ban Dai's sub-district plan, which holds the rural sufficiency-housing project. */
  public static final PlanId BAN_DAI_PLAN = PlanId.of("plan-570908");
  /** Ban Dai sub-district, the district plan's integration area (พื้นที่บูรณาการ). */
  public static final SubdistrictCode BAN_DAI = SubdistrictCode.parse("570908");
  /** The Chiang Rai special economic zone, to which the Mae Sai district strategy responds. */
  public static final DesignationId CHIANG_RAI_SEZ = DesignationId.of("sez-chiang-rai");

  /** The deputy mayor of Mae Sai Mittraphap, who welcomed the participants. */
  public static final PersonId DEPUTY_MAYOR = PersonId.of("person-deputy-mayor");
  /** The district community-development officer (พัฒนาการอำเภอ), who opened the meeting. */
  public static final PersonId DISTRICT_CD_OFFICER = PersonId.of("person-district-cd-officer");
  /** The chair of the Chiang Rai provincial network, who spoke. */
  public static final PersonId PROVINCIAL_CHAIR = PersonId.of("person-provincial-chair");
  /** CODI northern office's assistant regional director (area operations), who spoke. */
  public static final PersonId CODI_ASSISTANT_DIRECTOR = PersonId.of("person-codi-assistant-director");
  /** The CODI northern-region staff member who wrote the report. */
  public static final PersonId REPORTER = PersonId.of("person-codi-reporter");

  /** The start of the posts held on the day; illustrative (the source gives no dates). */
  private static final LocalDate TERM_START = LocalDate.of(2016, 1, 1);

  private MaeSaiRegistry() {}

  /** The eight councils: code, Thai place name, English place name, municipality or not. */
  private static final List<Object[]> COUNCILS =
      List.of(
          new Object[] {"570901", "แม่สาย", "Mae Sai", true},
          new Object[] {"570902", "ห้วยไคร้", "Huai Khrai", true},
          new Object[] {"570903", "เกาะช้าง", "Ko Chang", false},
          new Object[] {"570904", "โป่งผา", "Pong Pha", false},
          new Object[] {"570905", "ศรีเมืองชุม", "Si Mueang Chum", false},
          new Object[] {"570906", "เวียงพางคำ", "Wiang Phang Kham", true},
          new Object[] {"570908", "บ้านด้าย", "Ban Dai", false},
          new Object[] {"570909", "โป่งงาม", "Pong Ngam", false});

  /** Illustrative given and family names for council members. */
  private static final String[] GIVEN = {
    "สมชาย", "สมศรี", "บุญมี", "คำปัน", "จันทร์เพ็ญ", "ศรีนวล", "อินทร", "แสงดาว",
    "ประเสริฐ", "บัวผัน", "ทองคำ", "มาลี", "สุริยา", "ดวงใจ", "เกษม", "นงลักษณ์",
    "วิชัย", "อำไพ", "สุนทร", "พิมพา", "ชัยยา", "บุญเรือน", "ปัญญา", "จำปา"
  };

  private static final String[] FAMILY = {
    "ใจดี", "คำแก้ว", "อินต๊ะ", "ปัญญาวงค์", "ศรีวิชัย", "ทาสม", "จันทร์แก้ว", "กันทะ"
  };

  /**
   * Builds the registry as of the day of the forum.
   *
   * @return the Mae Sai registry, not null
   */
  public static Registry build() {
    Registry.Builder registry = Registry.builder().asOf(FORUM_DATE);
    addOrganizations(registry);
    addForumPeople(registry);
    List<BodyId> councils = addCouncils(registry);
    addNetworks(registry, councils);
    registry.addMeeting(forum());
    addPlans(registry);
    registry.addDesignation(chiangRaiZone());
    return registry.build();
  }

  /**
   * The Chiang Rai special economic zone (เขตพัฒนาเศรษฐกิจพิเศษเชียงราย): the
   * second phase of Thailand's special economic zones, decided in 2015,
   * covering the districts Mae Sai (5709), Chiang Saen (5708) and Chiang Khong
   * (5703), as Thai government public relations news of 8 July 2016 reports.
   * The source names the year, not the day; 1 January 2015 stands for it.
   */
  private static Designation chiangRaiZone() {
    return Designation.builder()
        .id(CHIANG_RAI_SEZ)
        .nameTh("เขตพัฒนาเศรษฐกิจพิเศษเชียงราย")
        .nameEn("Chiang Rai special economic zone")
        .kind(DesignationKind.SPECIAL_ECONOMIC_ZONE)
        .addAreas(DistrictCode.parse("5703"), DistrictCode.parse("5708"), MAE_SAI)
        .validFrom(LocalDate.of(2015, 1, 1))
        // The news item's own address is not known; the agency's news site published it.
        .addSource(
            SourceLink.of(
                "https://thainews.prd.go.th/",
                "Thai government public relations news (สำนักข่าวกรมประชาสัมพันธ์), 8 July 2016"))
        .certainty(SourceCertainty.NEWS_REPORTS)
        .note("Second phase of the special economic zones, decided in 2015; the exact sub-district list and"
            + " date are from news reports, not the official announcement (2015-01-01 stands for the year)")
        .build();
  }

  /**
   * Builds the registry with Huai Khrai's council area named as the news item
   * spells it, "หเวยไคร้": real input has typos, and the validator reports this
   * one as {@code geo.name-mismatch} with the suggestion "ห้วยไคร้".
   *
   * @return the Mae Sai registry with the reported spelling, not null
   */
  public static Registry buildWithReportedSpelling() {
    Registry registry = build();
    List<Council> councils = new ArrayList<>(registry.councils());
    for (int i = 0; i < councils.size(); i++) {
      Council council = councils.get(i);
      if (council.id().equals(BodyId.of("council-570902"))) {
        councils.set(i, Council.builder().from(council).area(council.area().withName("หเวยไคร้")).build());
      }
    }
    return Registry.builder().from(registry).councils(councils).build();
  }

  private static void addOrganizations(Registry.Builder registry) {
    registry.addOrganization(
        Organization.builder()
            .id(CODI)
            .kind(OrganizationKind.CODI)
            .nameTh("สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)")
            .nameEn("Community Organizations Development Institute (Public Organization)")
            .build());
    registry.addOrganization(
        Organization.builder()
            .id(CODI_NORTH)
            .kind(OrganizationKind.CODI_REGIONAL_OFFICE)
            .nameTh("สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน) สำนักงานภาคเหนือ")
            .nameEn("CODI Northern Regional Office")
            .parent(CODI)
            .addPost(
                Post.other("ผู้ช่วยผู้อำนวยการภาค (ปฏิบัติการพื้นที่)", CODI_ASSISTANT_DIRECTOR, Term.from(TERM_START)))
            .build());
    registry.addOrganization(
        localGovernment(
            MAE_SAI_MITTRAPHAP,
            "แม่สายมิตรภาพ",
            "Mae Sai Mittraphap",
            // Illustrative: the source does not say which sub-district the municipality lies in.
            "570906",
            Optional.of(
                Post.other("รองนายกเทศมนตรี", DEPUTY_MAYOR, Term.from(TERM_START)))));
    for (Object[] council : COUNCILS) {
      if ((Boolean) council[3]) {
        registry.addOrganization(
            localGovernment(
                municipality((String) council[0]),
                (String) council[1],
                (String) council[2],
                (String) council[0],
                Optional.empty()));
      }
    }
    registry.addOrganization(
        Organization.builder()
            .id(DISTRICT_CD_OFFICE)
            .kind(OrganizationKind.GOVERNMENT_OFFICE)
            .nameTh("สำนักงานพัฒนาชุมชนอำเภอแม่สาย")
            .nameEn("Mae Sai District Community Development Office")
            .area(MAE_SAI)
            .addPost(
                Post.other("พัฒนาการอำเภอ", DISTRICT_CD_OFFICER, Term.from(TERM_START)))
            .build());
  }

  private static Organization localGovernment(
      BodyId id, String nameTh, String nameEn, String subdistrict, Optional<Post> post) {
    LocalGovernment lg =
        LocalGovernment.builder()
            .kind(LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY)
            .nameTh(nameTh)
            .nameEn(nameEn)
            .addArea(SubdistrictCode.parse(subdistrict))
            .build();
    Organization.Builder organization =
        Organization.builder()
            .id(id)
            .kind(OrganizationKind.LOCAL_GOVERNMENT)
            .nameTh(lg.fullNameTh())
            .nameEn(lg.fullNameEn().orElseThrow())
            .localGovernment(lg)
            .area(MAE_SAI);
    post.ifPresent(organization::addPost);
    return organization.build();
  }

  private static BodyId municipality(String subdistrict) {
    return BodyId.of("lg-" + subdistrict);
  }

  private static void addForumPeople(Registry.Builder registry) {
    // The forum's people as the CODI news item names them (a public report of public roles).
    registry.addPerson(person(DEPUTY_MAYOR, "นางสาว", "อุบล", "เจริญกิจนะ"));
    registry.addPerson(person(PROVINCIAL_CHAIR, "นาย", "ประนอม", "เชิมชัยภูมิ"));
    registry.addPerson(person(CODI_ASSISTANT_DIRECTOR, "นาย", "ธนภณ", "เมืองเฉลิม"));
    registry.addPerson(person(REPORTER, null, "วัชราภรณ์", "จันทร์ขำ"));
    // Illustrative: the news item names the office, not the officer.
    registry.addPerson(person(DISTRICT_CD_OFFICER, "นาย", "สมเกียรติ", "ตัวอย่าง"));
  }

  private static Person person(PersonId id, String title, String given, String family) {
    PersonName.Builder name = PersonName.builder().given(given).family(family);
    if (title != null) {
      name.title(title);
    }
    return Person.builder().id(id).name(name.build()).build();
  }

  private static List<BodyId> addCouncils(Registry.Builder registry) {
    List<BodyId> ids = new ArrayList<>();
    int personNumber = 0;
    for (int i = 0; i < COUNCILS.size(); i++) {
      Object[] row = COUNCILS.get(i);
      String code = (String) row[0];
      String nameTh = (String) row[1];
      String nameEn = (String) row[2];
      boolean municipal = (Boolean) row[3];
      SubdistrictCode subdistrict = SubdistrictCode.parse(code);
      BodyId id = BodyId.of("council-" + code);
      ids.add(id);

      Council.Builder council =
          Council.builder()
              .id(id)
              .nameTh("สภาองค์กรชุมชน" + (municipal ? "เทศบาลตำบล" : "ตำบล") + nameTh)
              .nameEn(nameEn + (municipal ? " Municipality" : " Subdistrict") + " Community Organization Council")
              .area(
                  (municipal
                          ? CouncilArea.localGovernment(municipality(code), subdistrict)
                          : CouncilArea.subdistrict(subdistrict))
                      // The place name as the seed writes it (correctly spelt here).
                      .withName(nameTh))
              // Illustrative registration numbers and dates.
              .registration(
                  Registration.of("ชม." + code + "/" + (2552 + i % 5), LocalDate.of(2009 + i % 5, 3, 1 + i)));

      // Illustrative communities: one village, one issue group.
      CommunityId village = CommunityId.of("community-" + code + "-1");
      CommunityId group = CommunityId.of("community-" + code + "-2");
      council.addCommunity(
          Community.builder()
              .id(village)
              .nameTh("บ้าน" + nameTh)
              .kind(CommunityKind.VILLAGE)
              .village(1)
              .registered(LocalDate.of(2008 + i % 5, 11, 1))
              .build());
      council.addCommunity(
          Community.builder()
              .id(group)
              .nameTh("กลุ่มออมทรัพย์เพื่อการผลิต" + nameTh)
              .kind(CommunityKind.SAVINGS_GROUP)
              .build());

      // Illustrative members: two representatives and one qualified person; the first chairs.
      PersonId representative1 = PersonId.of("person-" + code + "-1");
      PersonId representative2 = PersonId.of("person-" + code + "-2");
      PersonId qualified = PersonId.of("person-" + code + "-3");
      for (PersonId person : List.of(representative1, representative2, qualified)) {
        registry.addPerson(
            person(person, null, GIVEN[personNumber % GIVEN.length], FAMILY[personNumber % FAMILY.length]));
        personNumber++;
      }
      Term seat = Term.from(TERM_START);
      council.addMember(Membership.representative(representative1, village, seat));
      council.addMember(Membership.representative(representative2, group, seat));
      council.addMember(Membership.qualifiedPerson(qualified, seat));
      council.addPost(Post.held(PostRole.CHAIR, representative1, seat));
      council.addPost(Post.held(PostRole.SECRETARY, representative2, seat));
      registry.addCouncil(council.build());
    }
    return ids;
  }

  private static void addNetworks(Registry.Builder registry, List<BodyId> councils) {
    registry.addNetwork(
        Network.builder()
            .id(DISTRICT_NETWORK)
            .level(NetworkLevel.DISTRICT)
            .nameTh("เครือข่ายสภาองค์กรชุมชนอำเภอแม่สาย")
            .nameEn("Mae Sai District Network of Community Organization Councils")
            .area(MAE_SAI)
            .addAllCouncils(councils)
            .claimsFullCoverage(true)
            // Illustrative: Ban Dai's council chair also chairs the district network.
            .addPost(Post.held(PostRole.CHAIR, PersonId.of("person-570908-1"), Term.from(TERM_START)))
            .build());
    registry.addNetwork(
        Network.builder()
            .id(PROVINCIAL_NETWORK)
            .level(NetworkLevel.PROVINCIAL)
            .nameTh("เครือข่ายสภาองค์กรชุมชนจังหวัดเชียงราย")
            .nameEn("Chiang Rai Provincial Network of Community Organization Councils")
            .area(CHIANG_RAI)
            .addNetwork(DISTRICT_NETWORK)
            .addPost(Post.held(PostRole.CHAIR, PROVINCIAL_CHAIR, Term.from(TERM_START)))
            .build());
    registry.addNetwork(
        Network.builder()
            .id(NATIONAL_MEETING)
            .level(NetworkLevel.NATIONAL)
            .nameTh("ที่ประชุมสภาองค์กรชุมชนระดับชาติ")
            .nameEn("National Meeting of Community Organization Councils")
            .addNetwork(PROVINCIAL_NETWORK)
            .build());
  }

  private static void addPlans(Registry.Builder registry) {
    FiscalYearRange strategy = FiscalYearRange.parse("2561-2564");
    registry.addPlan(
        Plan.builder()
            .id(PROVINCIAL_PLAN)
            // Illustrative title and period: the seed says only that plans link up to the province.
            .titleTh("แผนพัฒนาชุมชนจังหวัดเชียงราย")
            .titleEn("Chiang Rai provincial community development plan")
            .level(PlanLevel.PROVINCE)
            .owner(PROVINCIAL_NETWORK)
            .area(CHIANG_RAI)
            .period(FiscalYearRange.parse("2561-2565"))
            .addThemes(Theme.ECONOMY, Theme.SOCIETY, Theme.NATURAL_RESOURCES_AND_ENVIRONMENT, Theme.HOUSING)
            .status(PlanStatus.ADOPTED)
            .build());
    registry.addPlan(
        Plan.builder()
            .id(DISTRICT_PLAN)
            .titleTh("แผนยุทธศาสตร์การพัฒนาอำเภอแม่สาย")
            .titleEn("Mae Sai district development strategy")
            .level(PlanLevel.DISTRICT)
            .owner(DISTRICT_NETWORK)
            .area(MAE_SAI)
            .period(strategy)
            .addThemes(Theme.ECONOMY, Theme.SOCIETY, Theme.NATURAL_RESOURCES_AND_ENVIRONMENT, Theme.OTHER)
            .addGoals(
                "วิเคราะห์สถานการณ์และศักยภาพพื้นที่ด้านเศรษฐกิจ สังคม ทรัพยากรธรรมชาติและสิ่งแวดล้อม",
                "เชื่อมโยงแผนพัฒนาชุมชนกับแผนพัฒนาชุมชนอำเภอแม่สาย",
                "เตรียมพร้อมต่อการเปลี่ยนแปลงในเขตเศรษฐกิจพิเศษเชียงราย")
            .status(PlanStatus.ADOPTED)
            .parent(PROVINCIAL_PLAN)
            .addDesignation(CHIANG_RAI_SEZ)
            .integrationArea(BAN_DAI)
            .build());
    for (Object[] row : COUNCILS) {
      String code = (String) row[0];
      boolean municipal = (Boolean) row[3];
      Plan.Builder plan =
          Plan.builder()
              .id(PlanId.of("plan-" + code))
              .titleTh("แผนพัฒนาชุมชน" + (municipal ? "เทศบาลตำบล" : "ตำบล") + row[1])
              .level(PlanLevel.SUBDISTRICT)
              .owner(BodyId.of("council-" + code))
              .area(SubdistrictCode.parse(code))
              .period(strategy)
              .addThemes(Theme.ECONOMY, Theme.SOCIETY)
              .status(PlanStatus.IN_PROGRESS)
              .parent(DISTRICT_PLAN);
      if (municipal) {
        plan.localGovernment(municipality(code));
      }
      plan.addAllProjects(projects(code));
      registry.addPlan(plan.build());
    }
  }

  /** Illustrative projects; the housing programme and CODI's funding of it are from the seed. */
  private static List<Project> projects(String subdistrict) {
    switch (subdistrict) {
      case "570908":
        return List.of(
            Project.builder()
                .id(ProjectId.of("project-570908-housing"))
                .titleTh("โครงการบ้านพอเพียงชนบท ตำบลบ้านด้าย")
                .titleEn("Rural sufficiency housing, Ban Dai")
                .addThemes(Theme.HOUSING)
                .budget(Baht.of(380_000))
                .addFunding(Funding.of(FundingSource.CODI, Baht.of(380_000)))
                .target(Target.of(20, "households"))
                .status(ProjectStatus.IN_PROGRESS)
                .progress(40)
                .build(),
            Project.builder()
                .id(ProjectId.of("project-570908-welfare"))
                .titleTh("กองทุนสวัสดิการชุมชนตำบลบ้านด้าย")
                .addThemes(Theme.WELFARE)
                .budget(Baht.of(50_000))
                .addFunding(Funding.of(FundingSource.LOCAL_GOVERNMENT, Baht.of(30_000)))
                .addFunding(Funding.of(FundingSource.COMMUNITY, Baht.of(20_000)))
                .status(ProjectStatus.COMPLETED)
                .progress(100)
                .build());
      case "570909":
        return List.of(
            Project.builder()
                .id(ProjectId.of("project-570909-farming"))
                .titleTh("เกษตรปลอดภัยตำบลโป่งงาม")
                .addThemes(Theme.AGRICULTURE, Theme.ECONOMY)
                .budget(Baht.of(120_000))
                .addFunding(Funding.of(FundingSource.CODI, Baht.of(120_000)))
                .status(ProjectStatus.PLANNED)
                .build());
      default:
        return List.of();
    }
  }

  private static Meeting forum() {
    return Meeting.builder()
        .id(FORUM)
        .titleTh("สานพลังการขับเคลื่อนสภาองค์กรชุมชนอำเภอแม่สายจังหวัดเชียงราย")
        .titleEn("Joining forces to drive the community organization councils of Mae Sai district, Chiang Rai province")
        .date(FORUM_DATE)
        .level(MeetingLevel.DISTRICT)
        .body(DISTRICT_NETWORK)
        .venue(Venue.at("เทศบาลตำบลแม่สายมิตรภาพ", MAE_SAI_MITTRAPHAP))
        .addOrganisers(PROVINCIAL_NETWORK, DISTRICT_NETWORK, CODI_NORTH)
        .addParticipant(
            Participant.builder().person(DEPUTY_MAYOR).role(ParticipantRole.WELCOMED).capacity(MAE_SAI_MITTRAPHAP).build())
        .addParticipant(
            Participant.builder().person(DISTRICT_CD_OFFICER).role(ParticipantRole.OPENED).capacity(DISTRICT_CD_OFFICE).build())
        .addParticipant(
            Participant.builder()
                .person(PROVINCIAL_CHAIR)
                .role(ParticipantRole.SPOKE)
                .capacity(PROVINCIAL_NETWORK)
                .note("praised the full-district registration of councils in all 8 sub-districts")
                .build())
        .addParticipant(
            Participant.builder()
                .person(CODI_ASSISTANT_DIRECTOR)
                .role(ParticipantRole.SPOKE)
                .capacity(CODI_NORTH)
                .note("CODI's role since the Community Organization Council Act B.E. 2551")
                .build())
        .addParticipant(
            Participant.builder().person(REPORTER).role(ParticipantRole.REPORTED).capacity(CODI_NORTH).build())
        .addAgenda(
            "ขับเคลื่อนสภาองค์กรชุมชนสู่การจัดการตนเองของชุมชนท้องถิ่น",
            "การจัดทำแผนพัฒนาชุมชนเชื่อมโยงกับแผนพัฒนาชุมชนอำเภอแม่สาย",
            "การแก้ไขปัญหาที่อยู่อาศัยตามโครงการบ้านพอเพียงชนบท")
        .addResolution(
            Resolution.of(
                "ให้ตำบลบ้านด้ายเป็นพื้นที่บูรณาการในการวางแผนพัฒนาชุมชนร่วมกัน", ResolutionOutcome.ADOPTED))
        // The seed does not give the news item's own address; CODI's site published it.
        .addSource(
            SourceLink.of(
                "https://www.codi.or.th/",
                "สานพลังการขับเคลื่อนสภาองค์กรชุมชนอำเภอแม่สาย (CODI northern office news)"))
        .build();
  }
}
