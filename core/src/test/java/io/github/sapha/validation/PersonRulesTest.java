package io.github.sapha.validation;

import static io.github.sapha.validation.Fixtures.COUNCIL_BAN_DAI;
import static io.github.sapha.validation.Fixtures.TERM_START;
import static io.github.sapha.validation.Fixtures.base;
import static io.github.sapha.validation.Fixtures.error;
import static io.github.sapha.validation.Fixtures.person;
import static io.github.sapha.validation.Fixtures.personWithData;
import static io.github.sapha.validation.Fixtures.validate;
import static io.github.sapha.validation.Fixtures.warning;
import static io.github.sapha.validation.Fixtures.with;
import static io.github.sapha.validation.Fixtures.withCouncil;
import static io.github.sapha.validation.Fixtures.withPerson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.Term;
import io.github.sapha.registry.Registry;
import org.junit.jupiter.api.Test;

/**
 * person.duplicate-citizen-id, and rules that count people treating records
 * that share a citizen id as one person. People [3]-[5] are council-570902's,
 * [6]-[8] council-570908's.
 */
class PersonRulesTest {
  private static final PersonId HUAI_KHRAI_1 = person("570902", 1);
  private static final PersonId BAN_DAI_1 = person("570908", 1);

  @Test
  void test_duplicateCitizenId_laterRecordNamesTheEarlierAndNeverTheNumber() {
    Registry registry = sameCitizenId(base(), BAN_DAI_1, HUAI_KHRAI_1);
    assertThat(validate(registry).violations(Rules.PERSON_DUPLICATE_CITIZEN_ID))
        .containsExactly(
            error(Rules.PERSON_DUPLICATE_CITIZEN_ID, "/people/6/citizenId",
                "Person person-570908-1 has the same citizen id as person person-570902-1: one person recorded twice "
                    + "(the number is not shown)"));
  }

  @Test
  void test_duplicateCitizenId_differentNumbersAreFine() {
    assertThat(validate(base()).violations()).isEmpty();
  }

  @Test
  void test_duplicateCitizenId_peopleWithoutCitizenIdsAreNeverTheSame() {
    Registry registry = withPerson(withPerson(base(), BAN_DAI_1, p -> p.citizenId(java.util.Optional.empty())),
        HUAI_KHRAI_1, p -> p.citizenId(java.util.Optional.empty()));
    assertThat(validate(registry).violations()).isEmpty();
  }

  @Test
  void test_memberInTwoCouncils_twoRecordsOfOnePersonAreOnePerson() {
    Registry registry = sameCitizenId(base(), BAN_DAI_1, HUAI_KHRAI_1);
    assertThat(validate(registry).violations(Rules.COUNCIL_MEMBER_IN_TWO_COUNCILS))
        .containsExactly(
            warning(Rules.COUNCIL_MEMBER_IN_TWO_COUNCILS, "/councils/2/members/0/person",
                "Person person-570908-1 is an active member of both council council-570902 and council "
                    + "council-570908 on 2017-05-18"));
  }

  @Test
  void test_quorum_twoRecordsOfOnePersonCountAsOneMember() {
    // council-570908 has 3 members and 2 attend. Two more records, each a second record of a
    // member, would make 5 members and a quorum of 3 if they counted as people of their own.
    Registry registry = with(base(), r -> r
        .addPerson(copyOf(person("570908", 2), "person-570908-2b"))
        .addPerson(copyOf(person("570908", 3), "person-570908-3b")));
    registry = withCouncil(registry, COUNCIL_BAN_DAI, c -> c
        .addMember(Membership.qualifiedPerson(PersonId.of("person-570908-2b"), Term.from(TERM_START)))
        .addMember(Membership.qualifiedPerson(PersonId.of("person-570908-3b"), Term.from(TERM_START))));
    assertThat(validate(registry).violations(Rules.MEETING_QUORUM)).isEmpty();
    Registry strangers = withPerson(withPerson(registry, PersonId.of("person-570908-2b"),
        p -> p.citizenId(java.util.Optional.empty())), PersonId.of("person-570908-3b"),
        p -> p.citizenId(java.util.Optional.empty()));
    assertThat(validate(strangers).violations(Rules.MEETING_QUORUM)).hasSize(1);
  }

  /** A second record of a person, under another id, with the same citizen id. */
  private static Person copyOf(PersonId id, String newId) {
    return Person.builder().from(personWithData(id)).id(PersonId.of(newId)).build();
  }

  /** Gives {@code person} the citizen id of {@code other}. */
  private static Registry sameCitizenId(Registry registry, PersonId person, PersonId other) {
    CitizenId citizenId = registry.person(other).orElseThrow().citizenId().orElseThrow();
    return withPerson(registry, person, p -> p.citizenId(citizenId));
  }
}
