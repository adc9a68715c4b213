package io.github.sapha.validation;

import static io.github.sapha.registry.FieldNames.*;

import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import java.util.List;
import java.util.Map;

/** The person rules; messages name people by id and never show the number. */
final class PersonChecks {
  static final List<Definition> RULES = List.of(
      Definition.of(Rules.PERSON_CITIZEN_ID_CHECK_DIGIT, Severity.ERROR,
          "a 13-digit citizen id whose check digit is wrong", PersonChecks::checkDigit),
      Definition.of(Rules.PERSON_DUPLICATE_CITIZEN_ID, Severity.ERROR,
          "two person records with the same citizen id (one person recorded twice)", PersonChecks::duplicateCitizenId));

  private PersonChecks() {}

  private static void checkDigit(Run run, RuleContext out) {
    List<Person> people = run.registry.people();
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      if (person.citizenId().filter(c -> !c.hasValidCheckDigit()).isPresent()) {
        out.report(
            Paths.person(i).field(CITIZEN_ID),
            "The citizen id of person " + person.id() + " has a wrong check digit (the number is not shown)");
      }
    }
  }

  /** On the later record, naming the earlier: the records the run already counts as one person. */
  private static void duplicateCitizenId(Run run, RuleContext out) {
    List<Person> people = run.registry.people();
    Map<PersonId, PersonId> same = run.samePeople();
    for (int i = 0; i < people.size(); i++) {
      PersonId earlier = same.get(people.get(i).id());
      if (earlier != null) {
        out.report(
            Paths.person(i).field(CITIZEN_ID),
            "Person " + people.get(i).id() + " has the same citizen id as person " + earlier
                + ": one person recorded twice (the number is not shown)");
      }
    }
  }
}
