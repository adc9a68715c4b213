package io.github.sapha.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.MeetingLevel;
import io.github.sapha.meeting.Participant;
import io.github.sapha.meeting.ParticipantRole;
import io.github.sapha.registry.Registry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * People's names, phone numbers and citizen ids are personal data (PDPA): no
 * toString() of any model object and no structural message may show them.
 */
class PersonalDataProperties {
  private static final LocalDate DATE = LocalDate.of(2017, 5, 18);
  private static final Term TERM = Term.from(DATE);

  @Provide
  Arbitrary<List<Person>> people() {
    return ModelArbitraries.people();
  }

  @Provide
  Arbitrary<String> names() {
    return ModelArbitraries.names();
  }

  @Provide
  Arbitrary<String> paddings() {
    return Arbitraries.of(" ", "\t", "\n", "\u00a0", "\u3000", "  ");
  }

  @Provide
  Arbitrary<String> badCitizenIds() {
    Arbitrary<String> digits13 = ModelArbitraries.citizenIdDigits();
    return Arbitraries.oneOf(
        // too few or too many digits
        Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(12),
        Arbitraries.strings().numeric().ofMinLength(14).ofMaxLength(20),
        // thirteen digits with a character that is neither a digit nor a separator
        digits13.flatMap(d -> Arbitraries.of("x", "/", ".", "+", "ก").map(c -> d.substring(0, 6) + c + d.substring(6))));
  }

  @Provide
  Arbitrary<String> badPhones() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(15);
    return Arbitraries.oneOf(
        // too many digits
        Arbitraries.strings().numeric().ofMinLength(16).ofMaxLength(25),
        // enough digits, but a character that is not a separator
        digits.flatMap(d -> Arbitraries.of("x", "/", "#", "ก").map(c -> d.substring(0, 4) + c + d.substring(4))),
        // a '+' that does not lead
        digits.map(d -> d.substring(0, 3) + "+" + d.substring(3)));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void toString_ofNoModelObjectShowsPersonalData(@ForAll("people") List<Person> people) {
    List<Object> objects = new ArrayList<>();
    List<Membership> members = new ArrayList<>();
    List<Post> posts = new ArrayList<>();
    List<Participant> participants = new ArrayList<>();
    for (Person person : people) {
      members.add(Membership.qualifiedPerson(person.id(), TERM));
      posts.add(Post.held(PostRole.COMMITTEE_MEMBER, person.id(), TERM));
      participants.add(
          Participant.builder().person(person.id()).role(ParticipantRole.SPOKE).capacity(BodyId.of("c-1")).build());
      objects.add(person);
      objects.add(person.name());
      person.nameEn().ifPresent(objects::add);
      person.phone().ifPresent(objects::add);
      person.citizenId().ifPresent(objects::add);
    }
    Council council = Models.council("c-1", SubdistrictCode.parse("570908"), DATE, members, posts);
    Network network =
        Network.builder()
            .from(Models.network("n-1", NetworkLevel.NATIONAL, Optional.empty(), List.of(council.id()), List.of()))
            .posts(posts)
            .build();
    Meeting meeting =
        Models.meeting("m-1", DATE, MeetingLevel.COUNCIL, Optional.of(council.id()), List.of(), participants);
    Registry registry =
        Registry.builder()
            .asOf(DATE)
            .people(people)
            .addCouncil(council)
            .addNetwork(network)
            .addMeeting(meeting)
            .build();
    objects.addAll(members);
    objects.addAll(posts);
    objects.addAll(participants);
    objects.addAll(List.of(council, network, meeting, registry));
    List<String> strings = objects.stream().map(Object::toString).toList();

    for (Person person : people) {
      for (String secret : secretsOf(person)) {
        assertThat(strings).noneMatch(s -> s.contains(secret));
      }
    }
  }

  @Property
  void personNameMessages_neverShowThePaddedName(
      @ForAll("names") String name, @ForAll("paddings") String padding, @ForAll("names") String other) {
    for (String padded : List.of(padding + name, name + padding)) {
      assertMessageHides(() -> PersonName.of(padded, other), name);
      assertMessageHides(() -> PersonName.of(other, padded), name);
      assertMessageHides(() -> PersonName.builder().title(padded).given(other).build(), name);
    }
  }

  @Property
  void personMessage_neverShowsTheNameWhenTheIdIsMissing(@ForAll("names") String given, @ForAll("names") String family) {
    assertMessageHides(() -> Person.builder().name(PersonName.of(given, family)).build(), given);
    assertMessageHides(() -> Person.builder().name(PersonName.of(given, family)).build(), family);
  }

  @Property
  void citizenIdMessage_neverShowsTheDigits(@ForAll("badCitizenIds") String text) {
    assertMessageHides(() -> CitizenId.parse(text), text.replaceAll("[^0-9]", ""));
  }

  @Property
  void phoneMessage_neverShowsTheDigits(@ForAll("badPhones") String text) {
    assertMessageHides(() -> PhoneNumber.parse(text), text.replaceAll("[^0-9]", ""));
  }

  private static List<String> secretsOf(Person person) {
    List<String> secrets = new ArrayList<>();
    Stream.concat(Stream.of(person.name()), person.nameEn().stream())
        .forEach(
            name -> {
              secrets.add(name.given());
              name.family().ifPresent(secrets::add);
            });
    person.phone().ifPresent(phone -> secrets.add(phone.value().replace("+", "")));
    person.citizenId().ifPresent(id -> secrets.add(id.value()));
    return secrets;
  }

  private static void assertMessageHides(Runnable build, String secret) {
    Throwable thrown = catchThrowable(build::run);
    assertThat(thrown).isInstanceOfAny(IllegalArgumentException.class, IllegalStateException.class);
    assertThat(thrown.getMessage()).doesNotContain(secret);
  }
}
