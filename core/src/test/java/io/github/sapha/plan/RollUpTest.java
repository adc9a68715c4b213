package io.github.sapha.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import io.github.sapha.council.ProjectId;
import io.github.sapha.money.Baht;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollUpTest {
  /** 380,000 baht at 40%: CODI 300,000 and local government 80,000, listed local government first. */
  private static final Project HOUSING =
      project("housing", Baht.of(380_000), 40)
          .addFunding(Funding.of(FundingSource.LOCAL_GOVERNMENT, Baht.of(80_000)))
          .addFunding(Funding.of(FundingSource.CODI, Baht.of(300_000)))
          .build();
  /** 120,000 baht at 90%, no funding lines. */
  private static final Project ROADS = project("roads", Baht.of(120_000), 90).build();
  /** 50,000 baht at 0%, all CODI. */
  private static final Project SAVINGS =
      project("savings", Baht.of(50_000), 0).addFunding(Funding.of(FundingSource.CODI, Baht.of(50_000))).build();
  /** 0 baht at 100%. */
  private static final Project VOLUNTEERS = project("volunteers", Baht.ZERO, 100).build();

  private static Project.Builder project(String id, Baht budget, int progress) {
    return Project.builder().id(ProjectId.of(id)).titleTh("โครงการ " + id).budget(budget).progress(progress);
  }

  private static Project fundedRoads(FundingSource source) {
    return Project.builder().from(ROADS).addFunding(Funding.of(source, ROADS.budget())).build();
  }

  private static Project satang(String id, long satang, int progress) {
    return project(id, Baht.ofSatang(satang), progress).build();
  }

  @Test
  void test_empty() {
    assertThat(RollUp.EMPTY.projects()).isZero();
    assertThat(RollUp.EMPTY.budget()).isEqualTo(Baht.ZERO);
    assertThat(RollUp.EMPTY.bySource()).isEmpty();
    assertThat(RollUp.EMPTY.budget(FundingSource.CODI)).isEqualTo(Baht.ZERO);
    assertThat(RollUp.EMPTY.unattributed()).isEqualTo(Baht.ZERO);
    assertThat(RollUp.EMPTY.progress()).isEmpty();
    assertThat(RollUp.of(List.of())).isEqualTo(RollUp.EMPTY);
  }

  @Test
  void test_of_oneProject() {
    RollUp housing = RollUp.of(List.of(HOUSING));

    assertThat(housing.projects()).isEqualTo(1);
    assertThat(housing.budget()).isEqualTo(Baht.of(380_000));
    assertThat(housing.bySource())
        .containsExactly(
            entry(FundingSource.CODI, Baht.of(300_000)), entry(FundingSource.LOCAL_GOVERNMENT, Baht.of(80_000)));
    assertThat(housing.budget(FundingSource.CODI)).isEqualTo(Baht.of(300_000));
    assertThat(housing.budget(FundingSource.PROVINCIAL)).isEqualTo(Baht.ZERO);
    assertThat(housing.unattributed()).isEqualTo(Baht.ZERO);
    assertThat(housing.progress()).contains(new BigDecimal("40.00"));
  }

  @Test
  void test_of_projectWithoutFundingIsUnattributed() {
    RollUp roads = RollUp.of(List.of(ROADS));

    assertThat(roads.bySource()).isEmpty();
    assertThat(roads.unattributed()).isEqualTo(Baht.of(120_000));
  }

  @Test
  void test_of_progressWeightedByBudget() {
    // (380,000 × 40 + 120,000 × 90 + 50,000 × 0) / 550,000 = 26,000,000 / 550,000 = 47.2727…
    RollUp three = RollUp.of(List.of(HOUSING, ROADS, SAVINGS));

    assertThat(three.projects()).isEqualTo(3);
    assertThat(three.budget()).isEqualTo(Baht.of(550_000));
    assertThat(three.bySource())
        .containsExactly(
            entry(FundingSource.CODI, Baht.of(350_000)), entry(FundingSource.LOCAL_GOVERNMENT, Baht.of(80_000)));
    assertThat(three.unattributed()).isEqualTo(Baht.of(120_000));
    assertThat(three.progress()).contains(new BigDecimal("47.27"));
  }

  @Test
  void test_of_zeroBudgetProjectHasNoWeight() {
    RollUp rollUp = RollUp.of(List.of(HOUSING, VOLUNTEERS));

    assertThat(rollUp.projects()).isEqualTo(2);
    assertThat(rollUp.progress()).contains(new BigDecimal("40.00"));
  }

  @Test
  void test_of_progressRoundedHalfEven() {
    // 1 satang at 1% and 7 satang at 0%: 1 / 8 = 0.125, rounded down to the even 0.12
    assertThat(RollUp.of(List.of(satang("a", 1, 1), satang("b", 7, 0))).progress())
        .contains(new BigDecimal("0.12"));
    // 3 satang at 1% and 5 satang at 0%: 3 / 8 = 0.375, rounded up to the even 0.38
    assertThat(RollUp.of(List.of(satang("a", 3, 1), satang("b", 5, 0))).progress())
        .contains(new BigDecimal("0.38"));
    // 2 satang at 33% and 1 satang at 34%: 100 / 3 = 33.333…
    assertThat(RollUp.of(List.of(satang("a", 2, 33), satang("b", 1, 34))).progress())
        .contains(new BigDecimal("33.33"));
  }

  @Test
  void test_of_plainMeanWhenAllBudgetsAreZero() {
    // (10 + 20 + 25) / 3 = 18.333…
    RollUp rollUp = RollUp.of(List.of(satang("a", 0, 10), satang("b", 0, 20), satang("c", 0, 25)));

    assertThat(rollUp.budget()).isEqualTo(Baht.ZERO);
    assertThat(rollUp.progress()).contains(new BigDecimal("18.33"));
    assertThat(RollUp.of(List.of(satang("a", 0, 0), satang("b", 0, 1))).progress())
        .contains(new BigDecimal("0.50"));
  }

  @Test
  void test_of_plainMeanRoundedHalfEven() {
    // One project at 1% and seven at 0%, all without budget: 1 / 8 = 0.125
    List<Project> eight =
        List.of(
            satang("a", 0, 1), satang("b", 0, 0), satang("c", 0, 0), satang("d", 0, 0),
            satang("e", 0, 0), satang("f", 0, 0), satang("g", 0, 0), satang("h", 0, 0));

    assertThat(RollUp.of(eight).progress()).contains(new BigDecimal("0.12"));
  }

  @Test
  void test_plus_combinesAsIfOverBothProjectSets() {
    RollUp left = RollUp.of(List.of(HOUSING));
    RollUp right = RollUp.of(List.of(ROADS, SAVINGS));

    RollUp sum = left.plus(right);

    assertThat(sum).isEqualTo(RollUp.of(List.of(HOUSING, ROADS, SAVINGS)));
    assertThat(sum).isEqualTo(right.plus(left));
    assertThat(sum.projects()).isEqualTo(3);
    assertThat(sum.budget()).isEqualTo(Baht.of(550_000));
    assertThat(sum.budget(FundingSource.CODI)).isEqualTo(Baht.of(350_000));
    assertThat(sum.unattributed()).isEqualTo(Baht.of(120_000));
    assertThat(sum.progress()).contains(new BigDecimal("47.27"));
  }

  @Test
  void test_plus_empty() {
    RollUp housing = RollUp.of(List.of(HOUSING));

    assertThat(housing.plus(RollUp.EMPTY)).isEqualTo(housing);
    assertThat(RollUp.EMPTY.plus(housing)).isEqualTo(housing);
    assertThat(RollUp.EMPTY.plus(RollUp.EMPTY)).isEqualTo(RollUp.EMPTY);
  }

  @Test
  void test_plus_zeroBudgetsStayPlainMean() {
    RollUp sum = RollUp.of(List.of(satang("a", 0, 10))).plus(RollUp.of(List.of(satang("b", 0, 25))));

    assertThat(sum.progress()).contains(new BigDecimal("17.50"));
  }

  @Test
  void test_nulls() {
    assertThatNullPointerException().isThrownBy(() -> RollUp.EMPTY.plus(null)).withMessage("other");
    assertThatNullPointerException().isThrownBy(() -> RollUp.EMPTY.budget(null)).withMessage("source");
    assertThatNullPointerException().isThrownBy(() -> RollUp.of(null));
  }

  @Test
  void test_toString() {
    assertThat(RollUp.EMPTY).hasToString("RollUp[0 projects, 0.00 baht, progress none]");
    assertThat(RollUp.of(List.of(HOUSING, ROADS, SAVINGS)))
        .hasToString("RollUp[3 projects, 550000.00 baht, progress 47.27%]");
    assertThat(RollUp.of(List.of(VOLUNTEERS))).hasToString("RollUp[1 project, 0.00 baht, progress 100.00%]");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(RollUp.EMPTY, RollUp.of(List.of()))
        .addEqualityGroup(RollUp.of(List.of(HOUSING)), RollUp.of(List.of(HOUSING)))
        .addEqualityGroup(
            RollUp.of(List.of(HOUSING, ROADS)),
            RollUp.of(List.of(ROADS, HOUSING)),
            RollUp.of(List.of(HOUSING)).plus(RollUp.of(List.of(ROADS))))
        // Same count, budget and weighted progress from other projects: the same totals.
        .addEqualityGroup(
            RollUp.of(List.of(satang("a", 100, 10), satang("b", 100, 30))),
            RollUp.of(List.of(satang("c", 100, 20), satang("d", 100, 20))))
        // Differs from HOUSING only in progress.
        .addEqualityGroup(RollUp.of(List.of(Project.builder().from(HOUSING).progress(41).build())))
        // Differs from ROADS only in who pays.
        .addEqualityGroup(RollUp.of(List.of(ROADS)))
        .addEqualityGroup(
            RollUp.of(List.of(fundedRoads(FundingSource.PROVINCIAL))))
        .addEqualityGroup(
            RollUp.of(List.of(fundedRoads(FundingSource.PRIVATE))))
        // Zero budgets: differ only in the plain mean.
        .addEqualityGroup(RollUp.of(List.of(satang("a", 0, 10))))
        .addEqualityGroup(RollUp.of(List.of(satang("a", 0, 20))))
        .testEquals();
  }

}
