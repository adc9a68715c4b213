package io.github.sapha.council;

import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingLevel;
import io.github.sapha.meeting.Participant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Test support: small plain-Java factories for model objects, shared by the
 * example-based tests and by {@link ModelArbitraries}, so that the property
 * tests do not tie the model's construction to jqwik.
 */
public final class Models {
  private Models() {}

  /**
   * Appends the check digit to twelve digits, computed here independently of
   * {@link CitizenId}: digits weighted 13 down to 2, summed, then
   * {@code (11 - sum % 11) % 10}.
   */
  public static String withCheckDigit(String twelveDigits) {
    if (!twelveDigits.matches("[0-9]{12}")) {
      throw new IllegalArgumentException("expected 12 ASCII digits: " + twelveDigits);
    }
    int sum = 0;
    int weight = 13;
    for (char c : twelveDigits.toCharArray()) {
      sum += Character.getNumericValue(c) * weight--;
    }
    return twelveDigits + (11 - sum % 11) % 10;
  }

  /** A person with a Thai name and, when given, a Latin name, phone number and citizen id. */
  public static Person person(
      String id,
      PersonName name,
      Optional<PersonName> nameEn,
      Optional<PhoneNumber> phone,
      Optional<CitizenId> citizenId) {
    return Person.builder()
        .id(PersonId.of(id))
        .name(name)
        .nameEn(nameEn)
        .phone(phone)
        .citizenId(citizenId)
        .build();
  }

  /** A person with only a Thai given and family name. */
  public static Person person(String id, String given, String family) {
    return person(id, PersonName.of(given, family), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A sub-district council registered on a date, with a Thai name made from its id. */
  public static Council council(
      String id,
      SubdistrictCode subdistrict,
      LocalDate registered,
      List<Membership> members,
      List<Post> posts) {
    return council(id, subdistrict, Optional.of(registered), Optional.empty(), members, posts);
  }

  /**
   * A sub-district council, registered and dissolved on the given dates if
   * any, with a Thai name made from its id.
   */
  public static Council council(
      String id,
      SubdistrictCode subdistrict,
      Optional<LocalDate> registered,
      Optional<LocalDate> dissolved,
      List<Membership> members,
      List<Post> posts) {
    return Council.builder()
        .id(BodyId.of(id))
        .nameTh("สภาองค์กรชุมชนตำบล " + id)
        .area(CouncilArea.subdistrict(subdistrict))
        .registration(registered.map(date -> Registration.of("reg-" + id, date)))
        .dissolved(dissolved)
        .members(members)
        .posts(posts)
        .build();
  }

  /** A network at a level, with its area (empty for the national meeting) and member ids. */
  public static Network network(
      String id,
      NetworkLevel level,
      Optional<AreaCode> area,
      List<BodyId> councils,
      List<BodyId> networks) {
    return Network.builder()
        .id(BodyId.of(id))
        .level(level)
        .nameTh("เครือข่าย " + id)
        .area(area)
        .councils(councils)
        .networks(networks)
        .build();
  }

  /** A meeting on a date, of a body if given, with organisers and participants. */
  public static Meeting meeting(
      String id,
      LocalDate date,
      MeetingLevel level,
      Optional<BodyId> body,
      List<BodyId> organisers,
      List<Participant> participants) {
    return Meeting.builder()
        .id(MeetingId.of(id))
        .titleTh("การประชุม " + id)
        .date(date)
        .level(level)
        .body(body)
        .organisers(organisers)
        .participants(participants)
        .build();
  }
}
