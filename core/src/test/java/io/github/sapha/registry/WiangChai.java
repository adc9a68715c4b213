package io.github.sapha.registry;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Models;
import io.github.sapha.council.Network;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.council.Organization;
import io.github.sapha.council.OrganizationKind;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.Registration;
import io.github.sapha.council.Term;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.LocalGovernment;
import io.github.sapha.geography.LocalGovernmentKind;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A small hand-made registry, as of 1 June 2020, of Wiang Chai district
 * (5702, Chiang Rai), whose five sub-districts in the bundled gazetteer are
 * 570202 Wiang Chai, 570203 Pha Ngam, 570204 Wiang Nuea, 570206 Don Sila and
 * 570208 Mueang Chum. The councils leave gaps on purpose:
 *
 * <ul>
 *   <li>570202: a council registered in 2010, active;
 *   <li>570203: a council dissolved on 31 Dec 2019, so inactive on the as-of date;
 *   <li>570204: a council registered only in 2021;
 *   <li>570206 and 570208: one council over the area of the Wiang Chai
 *       municipality, registered in 2012.
 * </ul>
 *
 * <p>So on 1 June 2020 three of five sub-districts are covered (570202,
 * 570206, 570208) and 570203 and 570204 are not. Outside the district: one
 * council in Mae Sai (5709, same province) and one in Bangkok (100101).
 *
 * <p>The 570202 council's members and posts change over time: chair p-1
 * until 31 Dec 2019, then p-2; a vice-chair whose term ends on the as-of
 * date, a treasurer whose term starts on it, a vacant secretary, and a
 * committee member starting the day after.
 */
final class WiangChai {
  static final LocalDate AS_OF = LocalDate.of(2020, 6, 1);
  static final DistrictCode DISTRICT = DistrictCode.parse("5702");
  static final ProvinceCode CHIANG_RAI = ProvinceCode.parse("57");
  static final SubdistrictCode WIANG_CHAI = SubdistrictCode.parse("570202");
  static final SubdistrictCode PHA_NGAM = SubdistrictCode.parse("570203");
  static final SubdistrictCode WIANG_NUEA = SubdistrictCode.parse("570204");
  static final SubdistrictCode DON_SILA = SubdistrictCode.parse("570206");
  static final SubdistrictCode MUEANG_CHUM = SubdistrictCode.parse("570208");
  static final SubdistrictCode BAN_DAI = SubdistrictCode.parse("570908");

  static final LocalDate CHAIR_CHANGE = LocalDate.of(2020, 1, 1);
  static final LocalDate PHA_NGAM_DISSOLVED = LocalDate.of(2019, 12, 31);
  static final LocalDate WIANG_NUEA_REGISTERED = LocalDate.of(2021, 2, 1);

  static final PersonId P1 = PersonId.of("p-1");
  static final PersonId P2 = PersonId.of("p-2");
  static final PersonId P3 = PersonId.of("p-3");
  static final PersonId P4 = PersonId.of("p-4");
  static final PersonId P5 = PersonId.of("p-5");
  static final PersonId P6 = PersonId.of("p-6");
  static final List<Person> PEOPLE =
      List.of(
          Models.person("p-1", "สมชาย", "ใจดี"),
          Models.person("p-2", "สมหญิง", "รักถิ่น"),
          Models.person("p-3", "บุญมี", "ศรีสุข"),
          Models.person("p-4", "คำแสน", "ปัญญา"),
          Models.person("p-5", "จันทร์เพ็ญ", "แก้วมา"),
          Models.person("p-6", "ประเสริฐ", "ทองดี"));

  static final BodyId CODI = BodyId.of("codi");
  static final BodyId MUNICIPALITY = BodyId.of("lg-wiang-chai");
  static final Post MAYOR =
      Post.builder().role(PostRole.OTHER).label("mayor").holder(P6).term(Term.from(LocalDate.of(2018, 1, 1))).build();
  static final Organization CODI_ORG =
      Organization.builder().id(CODI).kind(OrganizationKind.CODI).nameTh("สถาบันพัฒนาองค์กรชุมชน").build();
  static final Organization MUNICIPALITY_ORG =
      Organization.builder()
          .id(MUNICIPALITY)
          .kind(OrganizationKind.LOCAL_GOVERNMENT)
          .nameTh("เทศบาลตำบลเวียงชัย")
          .localGovernment(
              LocalGovernment.builder()
                  .kind(LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY)
                  .nameTh("เวียงชัย")
                  .addArea(DON_SILA, MUEANG_CHUM)
                  .build())
          .addPost(MAYOR)
          .build();

  static final Membership P1_UNTIL_2019 =
      Membership.representative(P1, CommunityId.of("cm-1"), Term.of(LocalDate.of(2016, 1, 1), PHA_NGAM_DISSOLVED));
  static final Membership P2_FROM_2020 = Membership.representative(P2, CommunityId.of("cm-1"), Term.from(CHAIR_CHANGE));
  static final Membership P3_FROM_AS_OF = Membership.qualifiedPerson(P3, Term.of(AS_OF, LocalDate.of(2022, 5, 31)));
  static final Membership P4_FROM_NEXT_DAY = Membership.qualifiedPerson(P4, Term.from(AS_OF.plusDays(1)));
  static final Membership P5_UNTIL_AS_OF =
      Membership.representative(P5, CommunityId.of("cm-2"), Term.of(LocalDate.of(2018, 6, 1), AS_OF));

  static final Post CHAIR_P1 = Post.held(PostRole.CHAIR, P1, Term.of(LocalDate.of(2016, 1, 1), PHA_NGAM_DISSOLVED));
  static final Post CHAIR_P2 = Post.held(PostRole.CHAIR, P2, Term.from(CHAIR_CHANGE));
  static final Post VICE_CHAIR_P5 = Post.held(PostRole.VICE_CHAIR, P5, Term.of(LocalDate.of(2018, 6, 1), AS_OF));
  static final Post SECRETARY_VACANT = Post.builder().role(PostRole.SECRETARY).term(Term.from(CHAIR_CHANGE)).build();
  static final Post TREASURER_P3 = Post.held(PostRole.TREASURER, P3, Term.from(AS_OF));
  static final Post COMMITTEE_P4 = Post.held(PostRole.COMMITTEE_MEMBER, P4, Term.from(AS_OF.plusDays(1)));
  static final Post COMMITTEE_P3 = Post.held(PostRole.COMMITTEE_MEMBER, P3, Term.from(CHAIR_CHANGE));

  static final Council WIANG_CHAI_COUNCIL =
      Models.council(
          "c-570202",
          WIANG_CHAI,
          LocalDate.of(2010, 3, 1),
          List.of(P1_UNTIL_2019, P2_FROM_2020, P3_FROM_AS_OF, P4_FROM_NEXT_DAY, P5_UNTIL_AS_OF),
          List.of(CHAIR_P1, CHAIR_P2, VICE_CHAIR_P5, SECRETARY_VACANT, TREASURER_P3, COMMITTEE_P4, COMMITTEE_P3));
  static final Council PHA_NGAM_COUNCIL =
      Council.builder()
          .from(Models.council("c-570203", PHA_NGAM, LocalDate.of(2011, 1, 1), List.of(), List.of()))
          .dissolved(PHA_NGAM_DISSOLVED)
          .build();
  static final Council WIANG_NUEA_COUNCIL =
      Models.council("c-570204", WIANG_NUEA, WIANG_NUEA_REGISTERED, List.of(), List.of());
  static final Council MUNICIPAL_COUNCIL =
      Council.builder()
          .id(BodyId.of("c-lg-wiang-chai"))
          .nameTh("สภาองค์กรชุมชนเทศบาลตำบลเวียงชัย")
          .area(CouncilArea.localGovernment(MUNICIPALITY, MUEANG_CHUM, DON_SILA))
          .registration(Registration.of("5702/2555", LocalDate.of(2012, 5, 1)))
          .build();
  static final Council BAN_DAI_COUNCIL =
      Models.council("c-570908", BAN_DAI, LocalDate.of(2009, 1, 1), List.of(), List.of());
  static final Council BANGKOK_COUNCIL =
      Models.council("c-100101", SubdistrictCode.parse("100101"), LocalDate.of(2015, 1, 1), List.of(), List.of());
  static final List<Council> COUNCILS =
      List.of(
          WIANG_CHAI_COUNCIL, PHA_NGAM_COUNCIL, BAN_DAI_COUNCIL, WIANG_NUEA_COUNCIL, MUNICIPAL_COUNCIL,
          BANGKOK_COUNCIL);

  static final Post NETWORK_CHAIR = Post.held(PostRole.CHAIR, P2, Term.from(CHAIR_CHANGE));
  static final Network DISTRICT_NETWORK =
      Network.builder()
          .from(
              Models.network(
                  "net-5702",
                  NetworkLevel.DISTRICT,
                  Optional.of(DISTRICT),
                  List.of(WIANG_CHAI_COUNCIL.id(), PHA_NGAM_COUNCIL.id(), WIANG_NUEA_COUNCIL.id(),
                      MUNICIPAL_COUNCIL.id()),
                  List.of()))
          .addPost(NETWORK_CHAIR)
          .build();
  static final Network MAE_SAI_NETWORK =
      Models.network(
          "net-5709", NetworkLevel.DISTRICT, Optional.of(BAN_DAI.district()), List.of(BAN_DAI_COUNCIL.id()),
          List.of());
  static final Network PROVINCIAL_NETWORK =
      Models.network(
          "net-57", NetworkLevel.PROVINCIAL, Optional.of(CHIANG_RAI), List.of(),
          List.of(MAE_SAI_NETWORK.id(), DISTRICT_NETWORK.id()));
  static final Network NATIONAL_NETWORK =
      Models.network("net-national", NetworkLevel.NATIONAL, Optional.empty(), List.of(),
          List.of(PROVINCIAL_NETWORK.id()));
  static final List<Network> NETWORKS =
      List.of(DISTRICT_NETWORK, MAE_SAI_NETWORK, PROVINCIAL_NETWORK, NATIONAL_NETWORK);

  /** Meetings in document order, deliberately not by date. */
  static final Meeting COUNCIL_JUNE =
      Models.meeting("m-council-june", AS_OF, MeetingLevel.COUNCIL, Optional.of(WIANG_CHAI_COUNCIL.id()),
          List.of(), List.of());
  static final Meeting FORUM =
      Models.meeting("m-forum", LocalDate.of(2020, 3, 10), MeetingLevel.DISTRICT, Optional.of(DISTRICT_NETWORK.id()),
          List.of(DISTRICT_NETWORK.id(), CODI), List.of());
  static final Meeting COUNCIL_JANUARY =
      Models.meeting("m-council-january", LocalDate.of(2020, 1, 15), MeetingLevel.COUNCIL,
          Optional.of(WIANG_CHAI_COUNCIL.id()), List.of(), List.of());
  static final Meeting CODI_VISIT =
      Models.meeting("m-codi-visit", LocalDate.of(2020, 6, 30), MeetingLevel.OTHER, Optional.empty(),
          List.of(CODI, MUNICIPALITY), List.of());
  static final Meeting COUNCIL_MARCH =
      Models.meeting("m-council-march", LocalDate.of(2020, 3, 10), MeetingLevel.COUNCIL,
          Optional.of(WIANG_CHAI_COUNCIL.id()), List.of(CODI), List.of());
  static final List<Meeting> MEETINGS = List.of(COUNCIL_JUNE, FORUM, COUNCIL_JANUARY, CODI_VISIT, COUNCIL_MARCH);

  static final Registry REGISTRY =
      Registry.builder()
          .asOf(AS_OF)
          .councils(COUNCILS)
          .networks(NETWORKS)
          .organizations(List.of(CODI_ORG, MUNICIPALITY_ORG))
          .people(PEOPLE)
          .meetings(MEETINGS)
          .build();

  private WiangChai() {}
}
