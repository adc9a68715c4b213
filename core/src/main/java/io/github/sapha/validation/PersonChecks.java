package io.github.sapha.validation;

import io.github.sapha.council.Person;
import java.util.List;

/** person.citizen-id-check-digit; the message names the person by id and never shows the number. */
final class PersonChecks {
  private PersonChecks() {}

  static void run(Run run) {
    List<Person> people = run.registry.people();
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      if (person.citizenId().isPresent() && !person.citizenId().get().hasValidCheckDigit()) {
        run.report(
            Rules.PERSON_CITIZEN_ID_CHECK_DIGIT,
            Paths.person(i).field("citizenId"),
            "The citizen id of person " + person.id() + " has a wrong check digit (the number is not shown)");
      }
    }
  }
}
