package io.github.sapha.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.money.Baht;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RollUpProperties {

  @Provide
  Arbitrary<List<Project>> projects() {
    return PlanArbitraries.projectLists(0, 20);
  }

  @Provide
  Arbitrary<List<Project>> someProjects() {
    return PlanArbitraries.projectLists(1, 20);
  }

  @Property(tries = 200)
  void progress_liesBetweenTheLeastAndMostProjectProgress(@ForAll("someProjects") List<Project> projects) {
    BigDecimal progress = RollUp.of(projects).progress().orElseThrow();
    int least = projects.stream().mapToInt(Project::progress).min().orElseThrow();
    int most = projects.stream().mapToInt(Project::progress).max().orElseThrow();

    assertThat(progress).isBetween(BigDecimal.valueOf(least), BigDecimal.valueOf(most));
    assertThat(progress.scale()).isEqualTo(2);
  }

  @Property(tries = 200)
  void progress_isEmptyExactlyWithoutProjects(@ForAll("projects") List<Project> projects) {
    assertThat(RollUp.of(projects).progress().isEmpty()).isEqualTo(projects.isEmpty());
  }

  @Property(tries = 200)
  void budget_isTheSourcesPlusTheUnattributed(@ForAll("projects") List<Project> projects) {
    RollUp rollUp = RollUp.of(projects);

    assertThat(rollUp.budget()).isEqualTo(projects.stream().map(Project::budget).collect(Baht.summing()));
    assertThat(rollUp.bySource().values().stream().collect(Baht.summing()).plus(rollUp.unattributed()))
        .isEqualTo(rollUp.budget());
    assertThat(rollUp.projects()).isEqualTo(projects.size());
  }

  @Property(tries = 200)
  void plus_isTheRollUpOfBothProjectLists(
      @ForAll("projects") List<Project> left, @ForAll("projects") List<Project> right) {
    List<Project> both = new ArrayList<>(left);
    both.addAll(right);

    RollUp sum = RollUp.of(left).plus(RollUp.of(right));

    assertThat(sum).isEqualTo(RollUp.of(both)).isEqualTo(RollUp.of(right).plus(RollUp.of(left)));
    assertThat(sum.progress()).isEqualTo(RollUp.of(both).progress());
  }
}
