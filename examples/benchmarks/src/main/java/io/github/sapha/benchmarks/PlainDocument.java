package io.github.sapha.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Format v1 as plain records, what a team writes by hand: Jackson's default
 * binding of the same documents as sapha-jackson, no checks, no model, dates
 * as {@link LocalDate}, everything else as text, numbers and lists. Not part
 * of the library; see {@link DocumentBenchmarks}.
 */
public final class PlainDocument {
  /**
   * A default mapper, with unknown properties refused (Jackson 3 ignores them
   * by default) and absent values left out when writing, as format v1 writes
   * them (the default would write {@code null} for each).
   */
  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private PlainDocument() {}

  /**
   * Binds a document.
   *
   * @param json the document, UTF-8
   * @return the records
   */
  static Registry read(byte[] json) {
    return MAPPER.readValue(json, Registry.class);
  }

  /**
   * Writes a document, compact.
   *
   * @param registry the records
   * @return the document, UTF-8
   */
  static byte[] write(Registry registry) {
    return MAPPER.writeValueAsBytes(registry);
  }

  /** The document. */
  public record Registry(
      int schemaVersion, LocalDate asOf, List<Council> councils, List<Network> networks,
      List<Organization> organizations, List<Person> people, List<Meeting> meetings, List<Plan> plans) {}

  record Council(
      String id, String nameTh, String nameEn, Area area, Registration registration, LocalDate dissolved,
      List<Community> communities, List<Member> members, List<Post> posts) {}

  record Area(List<String> subdistricts, String localGovernment, String name) {}

  record Registration(String number, LocalDate date) {}

  record Community(String id, String nameTh, String nameEn, String kind, Integer village, LocalDate registered) {}

  record Member(String person, String kind, String community, Term term) {}

  record Term(LocalDate start, LocalDate end) {}

  record Post(String role, String label, String holder, Term term) {}

  record Network(
      String id, String level, String nameTh, String nameEn, String area, List<String> councils,
      List<String> networks, List<Post> posts, boolean claimsFullCoverage) {}

  record Organization(
      String id, String kind, String nameTh, String nameEn, String parent, LocalGovernment localGovernment,
      String area, List<Post> posts) {}

  record LocalGovernment(String kind, String code, String nameTh, String nameEn, List<String> area) {}

  record Person(String id, Name name, Name nameEn, String phone, String citizenId) {}

  record Name(String title, String given, String family) {}

  record Meeting(
      String id, String titleTh, String titleEn, LocalDate date, String level, String body, Venue venue,
      List<String> organisers, List<Participant> participants, Integer attendance, List<String> agenda,
      List<Resolution> resolutions, List<Source> sources) {}

  record Venue(String description, String localGovernment) {}

  record Participant(String person, String role, String capacity, String note) {}

  record Resolution(String text, String outcome) {}

  record Source(String url, String title) {}

  record Plan(
      String id, String titleTh, String titleEn, String level, String owner, String community, String area,
      String localGovernment, Period period, List<String> themes, List<String> goals, String status, String budget,
      String parent, List<String> alignsWith, String integrationArea, List<Project> projects) {}

  record Period(int first, int last) {}

  record Project(
      String id, String titleTh, String titleEn, List<String> themes, String budget, List<Funding> funding,
      Target target, String status, int progress) {}

  record Funding(String source, String amount) {}

  record Target(long quantity, String unit) {}
}
