package io.github.sapha.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.registry.Registry;
import io.github.sapha.testing.SyntheticRegistry;
import io.github.sapha.testing.SyntheticRegistry.Scale;
import io.github.sapha.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documents measured, and the records mirroring format v1 that the benchmarks compare with. */
class DocumentsTest {
  private static final SaphaJson JSON = SaphaJson.defaults();

  @Test
  void test_twice_holdsBothRegistriesWithEveryReferenceResolved() {
    // Two districts, as twice-national joins two nationals; both hold the organization "codi",
    // whose id is also an organization kind, which must stay as it is.
    Registry first = SyntheticRegistry.generate(7, Scale.DISTRICT);
    Registry second = SyntheticRegistry.generate(8, Scale.DISTRICT);
    Registry both = JSON.read(Documents.twice(JSON.writeBytes(first), JSON.writeBytes(second)));
    assertThat(both.councils()).hasSize(first.councils().size() + second.councils().size());
    assertThat(both.people()).hasSize(first.people().size() + second.people().size());
    assertThat(both.plans()).hasSize(first.plans().size() + second.plans().size());
    assertThat(both.organizations()).hasSize(first.organizations().size() + second.organizations().size());
    assertThat(both.designations()).hasSize(first.designations().size() + second.designations().size());
    assertThat(both.people().get(first.people().size()).id().value()).startsWith("b-");
    // Seeds 7 and 8 pick different districts: nothing overlaps, so nothing is at fault.
    assertThat(Validator.defaults().validate(both).violations()).isEmpty();
  }

  @Test
  void test_records_meetTheirAnnotations() {
    assertThat(PlainDocument.validate(PlainDocument.read(Documents.of(Documents.DISTRICT)))).isEmpty();
  }

  @Test
  void test_records_annotationsFindWhatTheyCheck_once() {
    PlainDocument.Registry records = PlainDocument.read(Documents.of(Documents.DISTRICT));
    PlainDocument.Person person = records.people().get(0);
    PlainDocument.Person broken =
        new PlainDocument.Person(
            " ", new PlainDocument.Name(null, null, null), null, person.phone(), person.citizenId());
    List<PlainDocument.Person> people = new ArrayList<>(records.people());
    people.set(0, broken);
    PlainDocument.Registry bad =
        new PlainDocument.Registry(
            1, records.asOf(), records.councils(), records.networks(), records.organizations(), people,
            records.meetings(), records.plans(), records.designations());
    assertThat(PlainDocument.validate(bad))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("people[0].id", "people[0].name.given");
  }

  @Test
  void test_records_bindAndWriteTheDocumentByteForByte() {
    byte[] district = Documents.of(Documents.DISTRICT);
    assertThat(PlainDocument.write(PlainDocument.read(district))).isEqualTo(district);
  }
}
