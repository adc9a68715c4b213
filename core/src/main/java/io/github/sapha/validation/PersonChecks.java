package io.github.sapha.validation;

import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * person.citizen-id-check-digit and person.duplicate-citizen-id; messages name
 * people by id and never show the number.
 */
final class PersonChecks {
  private PersonChecks() {}

  static void run(Run run) {
    List<Person> people = run.registry.people();
    Map<CitizenId, Integer> first = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      if (person.citizenId().isEmpty()) {
        continue;
      }
      CitizenId citizenId = person.citizenId().get();
      if (!citizenId.hasValidCheckDigit()) {
        run.report(
            Rules.PERSON_CITIZEN_ID_CHECK_DIGIT,
            Paths.person(i).field("citizenId"),
            "The citizen id of person " + person.id() + " has a wrong check digit (the number is not shown)");
      }
      Integer earlier = first.putIfAbsent(citizenId, i);
      if (earlier != null) {
        run.report(
            Rules.PERSON_DUPLICATE_CITIZEN_ID,
            Paths.person(i).field("citizenId"),
            "Person " + person.id() + " has the same citizen id as person " + people.get(earlier).id()
                + ": one person recorded twice (the number is not shown)");
      }
    }
  }
}
