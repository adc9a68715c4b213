package io.github.sapha.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.Council;
import io.github.sapha.demo.MaeSaiRegistry;
import io.github.sapha.diff.FieldChange;
import io.github.sapha.diff.ObjectChange;
import io.github.sapha.diff.RegistryDiff;
import io.github.sapha.jackson.DiffJson;
import io.github.sapha.registry.Registry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Keeps the README's sample of section "What changed between two registries" compiling, running and true. */
class ReadmeDiffSampleTest {
  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "io", "github", "sapha", "readme", "ReadmeDiffSampleTest.java");

  @Test
  void test_sample_runsAndItsCommentsAreTrue() {
    // README:begin
    Registry before = MaeSaiRegistry.build();
    Council banDai = before.council(BodyId.of("council-570908")).orElseThrow();
    Registry after = before.withAsOf(LocalDate.of(2017, 6, 1))
        .with(Council.builder().from(banDai).nameEn("Ban Dai Council").build());

    RegistryDiff diff = RegistryDiff.between(before, after);
    String summary = diff.summary(); // "asOf 2017-05-18 to 2017-06-01; councils: 1 changed"
    ObjectChange change = diff.changes().get(0); // "changed councils council-570908 at /councils/6 (1 field)"
    FieldChange field = change.fields().get(0); // "changed /councils/6/nameEn", with oldValue() and newValue()
    Registry again = diff.apply(before); // equals after
    String json = DiffJson.pretty().writeString(diff); // diff format v1 (sapha-jackson)
    // README:end

    assertThat(summary).isEqualTo("asOf 2017-05-18 to 2017-06-01; councils: 1 changed");
    assertThat(change).hasToString("changed councils council-570908 at /councils/6 (1 field)");
    assertThat(field).hasToString("changed /councils/6/nameEn");
    assertThat(field.oldValue()).contains(banDai.nameEn().orElseThrow());
    assertThat(field.newValue()).contains("Ban Dai Council");
    assertThat(again).isEqualTo(after);
    assertThat(json).contains("\"newValue\": \"Ban Dai Council\"");
  }

  @Test
  void test_readme_showsExactlyTheSampleThatRuns() throws IOException {
    assertThat(ReadmeBlocks.javaBlockUnder("## What changed between two registries"))
        .isEqualTo(ReadmeBlocks.markedRegion(THIS_FILE));
  }
}
