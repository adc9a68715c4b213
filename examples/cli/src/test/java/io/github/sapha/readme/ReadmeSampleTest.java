package io.github.sapha.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.calendar.FiscalYear;
import io.github.sapha.calendar.ThaiDates;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.Membership;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.Term;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.NameSuggestion;
import io.github.sapha.geography.Subdistrict;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.money.Baht;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the README's code sample compiling, running and saying what it claims. */
class ReadmeSampleTest {
  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "io", "github", "sapha", "readme", "ReadmeSampleTest.java");

  @Test
  void test_sample_runsAndItsCommentsAreTrue() {
    // README:begin
    Gazetteer thailand = Gazetteer.thailand();
    SubdistrictCode banDai = SubdistrictCode.parse("๕๗๐๙๐๘"); // Thai digits read as ASCII
    String path = thailand.path(banDai).orElseThrow().thai(); // "เชียงราย › แม่สาย › บ้านด้าย"
    List<Subdistrict> maeSai = thailand.subdistricts(banDai.district()); // 8 sub-districts

    // The 2017 forum's report misspelt Huai Khrai; the gazetteer knows what it meant.
    NameSuggestion meant = thailand.suggest("หเวยไคร้", banDai.district(), 1).get(0);
    String fixed = meant.name(); // "ห้วยไคร้", sub-district 570902

    LocalDate forum = ThaiDates.parse("18 พ.ค. ๖๐"); // 2017-05-18
    FiscalYear year = FiscalYear.of(forum); // 2560: 1 Oct 2016 to 30 Sep 2017
    Baht budget = Baht.parse("๑,๒๕๐,๐๐๐.๕๐").plus(Baht.of(500)); // 1250500.50
    List<Baht> shares = budget.allocate(3, 1); // 937875.38 and 312625.12: the total to the satang

    // References are typed: a person's id does not compile where a community's is expected.
    PersonId chair = PersonId.of("person-570908-1");
    CommunityId village = CommunityId.of("community-570908-1");
    Membership seat = Membership.representative(chair, village, Term.parse("2016-01-01/.."));
    Post deputyMayor = Post.other("รองนายกเทศมนตรี", PersonId.of("person-deputy-mayor"), Term.from(forum));
    // README:end

    assertThat(banDai).hasToString("570908");
    assertThat(path).isEqualTo("เชียงราย › แม่สาย › บ้านด้าย");
    assertThat(maeSai).hasSize(8);
    assertThat(fixed).isEqualTo("ห้วยไคร้");
    assertThat(meant.area().code()).hasToString("570902");
    assertThat(forum).isEqualTo(LocalDate.of(2017, 5, 18));
    assertThat(year).hasToString("2560");
    assertThat(year.start()).isEqualTo(LocalDate.of(2016, 10, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2017, 9, 30));
    assertThat(budget).hasToString("1250500.50");
    assertThat(shares).extracting(Baht::toString).containsExactly("937875.38", "312625.12");
    assertThat(Baht.sum(shares)).isEqualTo(budget);
    assertThat(seat.person()).isEqualTo(chair);
    assertThat(seat.community()).contains(village);
    assertThat(seat.term().isOpen()).isTrue();
    assertThat(deputyMayor.role()).isEqualTo(PostRole.OTHER);
    assertThat(deputyMayor.title()).isEqualTo("รองนายกเทศมนตรี");
  }

  @Test
  void test_readme_showsExactlyTheSampleThatRuns() throws IOException {
    assertThat(ReadmeBlocks.javaBlockUnder("## Using the model in Java")).isEqualTo(ReadmeBlocks.markedRegion(THIS_FILE));
  }
}
