package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.diff.FieldChange;
import io.github.sapha.diff.ObjectChange;
import io.github.sapha.diff.RegistryDiff;
import io.github.sapha.registry.Registry;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The laws of diffs, over generated registries and edited copies of them
 * (objects changed, removed, added, moved; nested lists reordered; the date
 * moved): applying a diff gives the new registry, every pointer leads into
 * the document it names, and the JSON form meets its schema.
 */
class RegistryDiffProperties {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  @Property(tries = 100)
  void applyingTheDiffToTheOldRegistryGivesTheNewOne(@ForAll("pairs") List<Registry> pair) {
    Registry older = pair.get(0);
    Registry newer = pair.get(1);
    RegistryDiff diff = RegistryDiff.between(older, newer);
    assertThat(diff.apply(older)).isEqualTo(newer);
    assertThat(diff.isEmpty()).isEqualTo(older.equals(newer));
  }

  @Property(tries = 50)
  void aRegistryDoesNotDifferFromItself(@ForAll("pairs") List<Registry> pair) {
    RegistryDiff diff = RegistryDiff.between(pair.get(1), pair.get(1));
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.apply(pair.get(1))).isEqualTo(pair.get(1));
  }

  @Property(tries = 50)
  void everyPointerLeadsIntoTheDocumentItNames(@ForAll("pairs") List<Registry> pair) {
    JsonNode older = PLAIN.readTree(SaphaJson.defaults().writeString(pair.get(0)));
    JsonNode newer = PLAIN.readTree(SaphaJson.defaults().writeString(pair.get(1)));
    RegistryDiff diff = RegistryDiff.between(pair.get(0), pair.get(1));
    for (ObjectChange change : diff.changes()) {
      resolves(older, change.oldPath(), change);
      resolves(newer, change.newPath(), change);
      for (FieldChange field : change.fields()) {
        resolves(older, field.oldPath(), field);
        resolves(newer, field.newPath(), field);
      }
    }
  }

  @Property(tries = 50)
  void theJsonFormMeetsItsSchema(@ForAll("pairs") List<Registry> pair) {
    String json = DiffJson.compact().writeString(RegistryDiff.between(pair.get(0), pair.get(1)));
    assertThat(DiffJsonTest.validate(json)).isEmpty();
  }

  private static void resolves(JsonNode document, Optional<?> pointer, Object change) {
    pointer.ifPresent(p -> assertThat(document.at(p.toString()).isMissingNode()).as("%s of %s", p, change).isFalse());
  }

  @Provide
  Arbitrary<List<Registry>> pairs() {
    return RegistryGenerator.editedPairs();
  }
}
