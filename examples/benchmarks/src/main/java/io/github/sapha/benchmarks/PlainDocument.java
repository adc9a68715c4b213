package io.github.sapha.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Format v1 as plain records, what a team writes by hand: Jackson's default
 * binding of the same documents as sapha-jackson, no model, dates as {@link
 * LocalDate}, everything else as text, numbers and lists. Not part of the
 * library; see {@link DocumentBenchmarks}.
 *
 * <p>For checking, the usual Jakarta Validation annotations, checked by
 * Hibernate Validator: {@code @NotNull} on required values, {@code
 * @NotBlank} on required text, {@code @Pattern} on area and DLA codes, and
 * {@code @Valid} to cascade. They check far less than sapha's reader and
 * validator do (no id syntax, enum values, amounts, term order, duplicate ids,
 * references, nor any rule of the catalogue).
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

  /** A sub-district code. */
  static final String SUBDISTRICT = "[0-9]{6}";
  /** A province, district or sub-district code. */
  static final String AREA = "[0-9]{2}|[0-9]{4}|[0-9]{6}";
  /** A district or sub-district code, as a designation covers. */
  static final String DISTRICT_OR_SUBDISTRICT = "[0-9]{4}|[0-9]{6}";
  /** A local government's code in the DLA scheme. */
  static final String DLA_CODE = "[0-9]{7}";


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
   * Checks the records' annotations with Hibernate Validator's defaults.
   *
   * @param registry the records
   * @return the violations, empty if none
   */
  static Set<ConstraintViolation<Registry>> validate(Registry registry) {
    return Checking.VALIDATOR.validate(registry);
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
      int schemaVersion, @NotNull LocalDate asOf, List<@Valid Council> councils, List<@Valid Network> networks,
      List<@Valid Organization> organizations, List<@Valid Person> people, List<@Valid Meeting> meetings,
      List<@Valid Plan> plans, List<@Valid Designation> designations) {}

  record Council(
      @NotBlank String id, @NotBlank String nameTh, String nameEn, @NotNull @Valid Area area,
      @Valid Registration registration, LocalDate dissolved, List<@Valid Community> communities,
      List<@Valid Member> members, List<@Valid Post> posts) {}

  record Area(@NotNull List<@Pattern(regexp = SUBDISTRICT) String> subdistricts, String localGovernment, String name) {}

  record Registration(@NotBlank String number, @NotNull LocalDate date) {}

  record Community(
      @NotBlank String id, @NotBlank String nameTh, String nameEn, @NotNull String kind, Integer village,
      LocalDate registered) {}

  record Member(@NotBlank String person, @NotNull String kind, String community, @NotNull @Valid Term term) {}

  record Term(@NotNull LocalDate start, LocalDate end) {}

  record Post(@NotNull String role, String label, String holder, @NotNull @Valid Term term) {}

  record Network(
      @NotBlank String id, @NotNull String level, @NotBlank String nameTh, String nameEn,
      @Pattern(regexp = AREA) String area, List<String> councils, List<String> networks, List<@Valid Post> posts,
      boolean claimsFullCoverage) {}

  record Organization(
      @NotBlank String id, @NotNull String kind, @NotBlank String nameTh, String nameEn, String parent,
      @Valid LocalGovernment localGovernment, @Pattern(regexp = AREA) String area, List<@Valid Post> posts) {}

  record LocalGovernment(
      @NotNull String kind, @Pattern(regexp = DLA_CODE) String code, @NotBlank String nameTh, String nameEn,
      @NotNull List<@Pattern(regexp = AREA) String> area) {}

  record Person(@NotBlank String id, @NotNull @Valid Name name, @Valid Name nameEn, String phone, String citizenId) {}

  record Name(String title, @NotBlank String given, String family) {}

  record Meeting(
      @NotBlank String id, @NotBlank String titleTh, String titleEn, @NotNull LocalDate date, @NotNull String level,
      String status,
      String body, @Valid Venue venue, List<String> organisers, List<@Valid Participant> participants,
      Integer attendance, List<String> agenda, List<@Valid Resolution> resolutions, List<@Valid Source> sources) {}

  record Venue(@NotBlank String description, String localGovernment) {}

  record Participant(@NotBlank String person, @NotNull String role, String capacity, String note) {}

  record Resolution(@NotBlank String text, @NotNull String outcome) {}

  record Source(@NotBlank String url, String title) {}

  record Plan(
      @NotBlank String id, @NotBlank String titleTh, String titleEn, @NotNull String level, @NotBlank String owner,
      String community, @Pattern(regexp = AREA) String area, String localGovernment, @NotNull @Valid Period period,
      List<String> themes, List<String> goals, String status, String budget, String parent, List<String> alignsWith,
      List<String> designations, @Pattern(regexp = SUBDISTRICT) String integrationArea,
      List<@Valid Project> projects) {}

  record Period(int first, int last) {}

  record Project(
      @NotBlank String id, @NotBlank String titleTh, String titleEn, List<String> themes, @NotBlank String budget,
      List<@Valid Funding> funding, @Valid Target target, String status, int progress) {}

  record Funding(@NotNull String source, @NotBlank String amount) {}

  record Target(long quantity, @NotBlank String unit) {}

  record Designation(
      @NotBlank String id, @NotBlank String nameTh, String nameEn, @NotNull String kind,
      @NotNull List<@Pattern(regexp = DISTRICT_OR_SUBDISTRICT) String> areas, @NotNull LocalDate validFrom,
      LocalDate validTo, List<@Valid Source> sources, String certainty, String note) {}

  /** Hibernate Validator, started on first use only, so that reading and writing never start it. */
  private static final class Checking {
    /** Built once, as an application does at start; never closed, as its validator is in use. */
    static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    static final Validator VALIDATOR = FACTORY.getValidator();
  }
}
