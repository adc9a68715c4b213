package io.github.sapha.jackson;

import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Community;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.CommunityKind;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
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
import io.github.sapha.geography.LocalGovernment;
import io.github.sapha.geography.LocalGovernmentCode;
import io.github.sapha.geography.LocalGovernmentKind;
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
import java.util.Optional;

/** A small registry in which every field of format v1 is present, for tests of the exact output. */
final class FullRegistry {
  private FullRegistry() {}

  static Registry build() {
    SubdistrictCode banDai = SubdistrictCode.parse("570908");
    Term term = Term.of(LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31));
    return Registry.builder()
        .asOf(LocalDate.of(2017, 5, 18))
        .addCouncil(
            Council.builder()
                .id(BodyId.of("council-570901"))
                .nameTh("สภาองค์กรชุมชนตำบลแม่สาย")
                .nameEn("Mae Sai Community Organization Council")
                .area(CouncilArea.localGovernment(BodyId.of("lg-570901"), SubdistrictCode.parse("570901")).withName("แม่สาย"))
                .registration(Registration.of("ชม.570901/2552", LocalDate.of(2009, 3, 1)))
                .dissolved(LocalDate.of(2020, 1, 1))
                .addCommunity(
                    Community.builder()
                        .id(CommunityId.of("c-1"))
                        .nameTh("บ้านแม่สาย")
                        .nameEn("Ban Mae Sai")
                        .kind(CommunityKind.VILLAGE)
                        .village(1)
                        .registered(LocalDate.of(2008, 11, 1))
                        .build())
                .addMember(Membership.representative(PersonId.of("p-1"), CommunityId.of("c-1"), term))
                .addPost(Post.other("advisor", PersonId.of("p-1"), term))
                .build())
        .addNetwork(
            Network.builder()
                .id(BodyId.of("network-5709"))
                .level(NetworkLevel.DISTRICT)
                .nameTh("เครือข่ายอำเภอแม่สาย")
                .nameEn("Mae Sai network")
                .area(DistrictCode.parse("5709"))
                .addCouncil(BodyId.of("council-570901"))
                .addNetwork(BodyId.of("network-x"))
                .addPost(Post.held(PostRole.CHAIR, PersonId.of("p-1"), Term.from(LocalDate.of(2016, 1, 1))))
                .claimsFullCoverage(true)
                .build())
        .addOrganization(
            Organization.builder()
                .id(BodyId.of("lg-570901"))
                .kind(OrganizationKind.LOCAL_GOVERNMENT)
                .nameTh("เทศบาลตำบลแม่สาย")
                .nameEn("Mae Sai Subdistrict Municipality")
                .parent(BodyId.of("codi"))
                .localGovernment(
                    LocalGovernment.builder()
                        .kind(LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY)
                        .code(LocalGovernmentCode.parse("5570901"))
                        .nameTh("แม่สาย")
                        .nameEn("Mae Sai")
                        .addArea(SubdistrictCode.parse("570901"))
                        .build())
                .area(DistrictCode.parse("5709"))
                .build())
        .addPerson(
            Person.builder()
                .id(PersonId.of("p-1"))
                .name(PersonName.builder().title("นาย").given("สมชาย").family("ใจดี").build())
                .nameEn(PersonName.builder().title("Mr").given("Somchai").family("Jaidee").build())
                .phone(PhoneNumber.parse("081-234-5678"))
                .citizenId(CitizenId.parse("1-1017-00203-45-1"))
                .build())
        .addMeeting(
            Meeting.builder()
                .id(MeetingId.of("forum-2017-05-18"))
                .titleTh("เวทีสภาองค์กรชุมชน")
                .titleEn("Council forum")
                .date(LocalDate.of(2017, 5, 18))
                .level(MeetingLevel.DISTRICT)
                .body(BodyId.of("network-5709"))
                .venue(Venue.at("เทศบาลตำบลแม่สาย", BodyId.of("lg-570901")))
                .addOrganiser(BodyId.of("network-5709"))
                .addParticipant(
                    Participant.builder()
                        .person(PersonId.of("p-1"))
                        .role(ParticipantRole.WELCOMED)
                        .capacity(BodyId.of("lg-570901"))
                        .note("welcomed everyone")
                        .build())
                .attendance(40)
                .addAgenda("แผนพัฒนาชุมชน")
                .addResolution(Resolution.of("ให้ตำบลบ้านด้ายเป็นพื้นที่บูรณาการ", ResolutionOutcome.ADOPTED))
                .addSource(SourceLink.of("https://www.codi.or.th/", "CODI"))
                .build())
        .addPlan(
            Plan.builder()
                .id(PlanId.of("plan-5709"))
                .titleTh("แผนยุทธศาสตร์อำเภอแม่สาย")
                .titleEn("Mae Sai strategy")
                .level(PlanLevel.DISTRICT)
                .owner(BodyId.of("network-5709"))
                .area(DistrictCode.parse("5709"))
                .localGovernment(BodyId.of("lg-570901"))
                .period(FiscalYearRange.parse("2561-2564"))
                .addThemes(Theme.ECONOMY, Theme.NATURAL_RESOURCES_AND_ENVIRONMENT)
                .addGoal("เชื่อมโยงแผน")
                .status(PlanStatus.IN_PROGRESS)
                .budget(Baht.parse("1250000.50"))
                .parent(PlanId.of("plan-57"))
                .addAlignsWith(PlanId.of("plan-national"))
                .integrationArea(banDai)
                .addProject(
                    Project.builder()
                        .id(ProjectId.of("project-housing"))
                        .titleTh("บ้านพอเพียงชนบท")
                        .titleEn("Rural sufficiency housing")
                        .addThemes(Theme.HOUSING)
                        .budget(Baht.of(380_000))
                        .addFunding(Funding.of(FundingSource.CODI, Baht.of(380_000)))
                        .target(Target.of(20, "households"))
                        .status(ProjectStatus.IN_PROGRESS)
                        .progress(40)
                        .build())
                .build())
        .build();
  }
}
