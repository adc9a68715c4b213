package io.github.sapha.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.Council;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PersonName;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.Term;
import io.github.sapha.demo.MaeSaiRegistry;
import io.github.sapha.registry.Registry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Keeps the README's sample of section "Editing by id" compiling, running and saying what it claims. */
class ReadmeEditingSampleTest {
  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "io", "github", "sapha", "readme", "ReadmeEditingSampleTest.java");

  @Test
  void test_sample_runsAndItsCommentsAreTrue() {
    // README:begin
    Registry maeSai = MaeSaiRegistry.build();
    Council banDai = maeSai.council(BodyId.of("council-570908")).orElseThrow();
    Person newcomer = Person.builder().id(PersonId.of("person-570908-4")).name(PersonName.of("บุญเรือน", "ทองดี")).build();
    Membership seat = Membership.representative(newcomer.id(), CommunityId.of("community-570908-1"),
        Term.from(LocalDate.of(2017, 6, 1)));

    Registry month = maeSai
        .withAsOf(LocalDate.of(2017, 6, 1))                          // another date, nothing else
        .with(Council.builder().from(banDai).addMember(seat).build()) // replaces council-570908 in its place
        .with(newcomer)                                               // a new id: added at the end of people
        .without(PlanId.of("plan-570909"));                           // removed; the others keep their order
    // maeSai is unchanged. without(...) of an id the registry does not hold is refused, and so is with(...) of a
    // council whose id a network or organization uses; references left dangling are the validator's.
    // README:end

    assertThat(month.asOf()).isEqualTo(LocalDate.of(2017, 6, 1));
    assertThat(month.councils()).hasSameSizeAs(maeSai.councils());
    assertThat(month.councils().get(6).id()).isEqualTo(banDai.id());
    assertThat(month.councils().get(6).members()).endsWith(seat);
    assertThat(month.people()).last().isEqualTo(newcomer);
    assertThat(month.plan(PlanId.of("plan-570909"))).isEmpty();
    assertThat(month.plans()).hasSize(maeSai.plans().size() - 1);
    assertThat(maeSai).isEqualTo(MaeSaiRegistry.build());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> maeSai.without(PlanId.of("plan-ghost")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The registry has no plan plan-ghost");
    Council clash = Council.builder().from(banDai).id(BodyId.of("network-5709")).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> maeSai.with(clash))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_readme_showsExactlyTheSampleThatRuns() throws IOException {
    assertThat(ReadmeBlocks.javaBlockUnder("## Editing by id")).isEqualTo(ReadmeBlocks.markedRegion(THIS_FILE));
  }
}
