package io.github.sapha.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.sapha.testing.ProjectDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue: a public contract of ids, default severities and references. */
class RulesTest {
  private static final String ACT = "Community Organization Council Act B.E. 2551";

  @Test
  void test_catalogue_idsSeveritiesAndReferencesInOrder() {
    List<String> rows = new ArrayList<>();
    for (RuleInfo rule : Rules.catalogue()) {
      rows.add(rule.id() + " " + rule.defaultSeverity() + rule.reference().map(r -> " [" + r + "]").orElse(""));
    }
    assertThat(rows)
        .containsExactly(
            "geo.unknown-code ERROR",
            "geo.outside-parent ERROR",
            "geo.name-mismatch WARNING",
            "geo.retired-code WARNING",
            "geo.body-name-mismatch WARNING",
            "date.buddhist-era-year ERROR",
            "date.after-as-of ERROR",
            "council.before-act ERROR [" + ACT + "]",
            "council.duplicate-area ERROR",
            "council.too-few-communities ERROR [" + ACT + ", s.6]",
            "council.community-without-representative ERROR",
            "council.too-many-representatives ERROR",
            "council.person-represents-twice ERROR",
            "council.qualified-persons-cap ERROR [" + ACT + ", s.7(2)]",
            "council.chair-count ERROR",
            "council.officer-not-member ERROR",
            "council.post-overlap ERROR",
            "council.member-in-two-councils WARNING",
            "council.officer-outlives-membership WARNING",
            "council.membership-before-act WARNING [" + ACT + "]",
            "council.duplicate-registration-number ERROR",
            "network.council-outside-district ERROR",
            "network.district-outside-province ERROR",
            "network.coverage-claim ERROR",
            "network.chair-not-member WARNING",
            "network.council-in-two-networks WARNING",
            "network.cycle ERROR",
            "meeting.unknown-participant ERROR",
            "meeting.quorum ERROR",
            "meeting.body-inactive ERROR",
            "plan.unknown-parent ERROR",
            "plan.cycle ERROR",
            "plan.level-order ERROR",
            "plan.area-outside-parent ERROR",
            "plan.period-outside-parent ERROR",
            "plan.owner-level-mismatch ERROR",
            "plan.children-over-budget ERROR",
            "plan.projects-over-budget ERROR",
            "plan.integration-area-outside ERROR",
            "plan.project-status-progress WARNING",
            "plan.owner-area-mismatch ERROR",
            "person.citizen-id-check-digit ERROR",
            "person.duplicate-citizen-id ERROR",
            "reference.dangling ERROR");
    assertThat(Rules.ACT).isEqualTo(ACT);
  }

  @Test
  void test_catalogue_idsAreUniqueWellFormedAndDescribed() {
    Set<String> ids = new HashSet<>();
    for (RuleInfo rule : Rules.catalogue()) {
      assertThat(ids.add(rule.id())).as(rule.id()).isTrue();
      assertThat(rule.id()).matches("[a-z0-9]+(?:[.-][a-z0-9]+)*");
      assertThat(rule.description()).as(rule.id()).isNotBlank();
      assertThat(Rules.info(rule.id())).contains(rule);
    }
    assertThat(ids).hasSize(44);
  }

  @Test
  void test_docs_tableIsTheCatalogue() throws IOException {
    // Compared as Markdown, so that a failure prints the table as it should read.
    StringBuilder expected = new StringBuilder();
    for (RuleInfo rule : Rules.catalogue()) {
      expected.append(row("`" + rule.id() + "`", rule.defaultSeverity().name(), rule.description(),
          rule.reference().orElse("")));
    }
    StringBuilder documented = new StringBuilder();
    for (List<String> cells : ProjectDocs.table("docs/validation.md", "## The catalogue")) {
      documented.append(row(cells.toArray(new String[0])));
    }
    assertThat(documented.toString()).isEqualTo(expected.toString());
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  @Test
  void test_docs_readmeCountsTheCatalogue() throws IOException {
    assertThat(ProjectDocs.read("README.md")).contains("(" + Rules.catalogue().size() + " rule ids, a public contract)");
  }

  @Test
  void test_constants_nameEveryRuleOfTheCatalogue() throws IllegalAccessException {
    List<String> constants = new ArrayList<>();
    for (Field field : Rules.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && !field.getName().equals("ACT")) {
        String id = (String) field.get(null);
        assertThat(field.getName()).as(id).isEqualTo(id.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        constants.add(id);
      }
    }
    assertThat(constants).containsExactlyInAnyOrderElementsOf(Rules.catalogue().stream().map(RuleInfo::id).toList());
  }

  @Test
  void test_catalogue_everyRuleIsNamedByATest() throws IOException {
    // Step 3 of docs/validation.md's "Adding a rule": each rule is named by a test of the package
    // (its family's *RulesTest, or PersonalDataTest), not counting this class's list of ids.
    StringBuilder tests = new StringBuilder();
    try (Stream<Path> files = Files.list(ProjectDocs.path("core/src/test/java/io/github/sapha/validation"))) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith("Test.java") && !f.endsWith("RulesTest.java")).sorted()::iterator) {
        tests.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    List<String> untested = new ArrayList<>();
    for (RuleInfo rule : Rules.catalogue()) {
      String constant = "Rules." + rule.id().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
      if (tests.indexOf(constant) < 0 && tests.indexOf("\"" + rule.id() + "\"") < 0) {
        untested.add(rule.id());
      }
    }
    assertThat(untested).as("rules that no test of the package names").isEmpty();
  }

  @Test
  void test_catalogue_isImmutable() {
    assertThatThrownBy(() -> Rules.catalogue().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void test_info_unknownIdIsEmpty() {
    assertThat(Rules.info("geo.unknown")).isEmpty();
    assertThat(Rules.info("acme.council-english-name")).isEmpty();
  }

  @Test
  void test_info_describesTheRule() {
    assertThat(Rules.info(Rules.GEO_NAME_MISMATCH))
        .contains(
            new RuleInfo("geo.name-mismatch", Severity.WARNING,
                "a name given with a code differs from the gazetteer's; suggestion when close", Optional.empty()));
  }

  @Test
  void test_ruleInfo_equalsAndRefusesNulls() {
    new EqualsTester()
        .addEqualityGroup(
            new RuleInfo("a.b", Severity.ERROR, "text", Optional.empty()),
            new RuleInfo("a.b", Severity.ERROR, "text", Optional.empty()))
        .addEqualityGroup(new RuleInfo("a.c", Severity.ERROR, "text", Optional.empty()))
        .addEqualityGroup(new RuleInfo("a.b", Severity.WARNING, "text", Optional.empty()))
        .addEqualityGroup(new RuleInfo("a.b", Severity.ERROR, "other", Optional.empty()))
        .addEqualityGroup(new RuleInfo("a.b", Severity.ERROR, "text", Optional.of(ACT)))
        .testEquals();
    assertThatThrownBy(() -> new RuleInfo(null, Severity.ERROR, "text", Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> new RuleInfo("a.b", null, "text", Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("defaultSeverity");
    assertThatThrownBy(() -> new RuleInfo("a.b", Severity.ERROR, null, Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("description");
    assertThatThrownBy(() -> new RuleInfo("a.b", Severity.ERROR, "text", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reference");
  }
}
