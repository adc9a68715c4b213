package io.github.sapha.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import io.github.sapha.council.ProjectId;
import io.github.sapha.money.Baht;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTest {
  private static final ProjectId HOUSING_ID = ProjectId.of("housing-570908");
  private static final Baht BUDGET = Baht.of(380_000);
  private static final Funding CODI_ALL = Funding.of(FundingSource.CODI, BUDGET);
  private static final Target TWENTY_HOUSEHOLDS = Target.of(20, "ครัวเรือน");

  /** A builder with the required attributes and nothing else. */
  private static Project.Builder housing() {
    return Project.builder().id(HOUSING_ID).titleTh("บ้านพอเพียงชนบท").budget(BUDGET);
  }

  @Test
  void test_builder_defaults() {
    Project project = housing().build();

    assertThat(project.id()).isEqualTo(HOUSING_ID);
    assertThat(project.titleTh()).isEqualTo("บ้านพอเพียงชนบท");
    assertThat(project.titleEn()).isEmpty();
    assertThat(project.themes()).isEmpty();
    assertThat(project.budget()).isEqualTo(BUDGET);
    assertThat(project.funding()).isEmpty();
    assertThat(project.target()).isEmpty();
    assertThat(project.status()).isEqualTo(ProjectStatus.PLANNED);
    assertThat(project.progress()).isZero();
  }

  @Test
  void test_builder_allAttributes() {
    Project project =
        housing()
            .titleEn("Rural sufficiency housing")
            .addThemes(Theme.WELFARE, Theme.HOUSING)
            .addFunding(CODI_ALL)
            .target(TWENTY_HOUSEHOLDS)
            .status(ProjectStatus.IN_PROGRESS)
            .progress(40)
            .build();

    assertThat(project.titleEn()).contains("Rural sufficiency housing");
    assertThat(project.themes()).containsExactly(Theme.HOUSING, Theme.WELFARE);
    assertThat(project.funding()).containsExactly(CODI_ALL);
    assertThat(project.target()).contains(TWENTY_HOUSEHOLDS);
    assertThat(project.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
    assertThat(project.progress()).isEqualTo(40);
  }

  @Test
  void test_builder_fundingSplitAddingUp() {
    Project project =
        housing()
            .addFunding(Funding.of(FundingSource.CODI, Baht.of(300_000)))
            .addFunding(Funding.of(FundingSource.LOCAL_GOVERNMENT, Baht.of(79_999)))
            .addFunding(Funding.of(FundingSource.COMMUNITY, Baht.of(1)))
            .build();

    assertThat(project.funding()).extracting(Funding::source)
        .containsExactly(FundingSource.CODI, FundingSource.LOCAL_GOVERNMENT, FundingSource.COMMUNITY);
  }

  @Test
  void test_builder_zeroBudgetWithZeroFunding() {
    Project project =
        housing().budget(Baht.ZERO).addFunding(Funding.of(FundingSource.OTHER, Baht.ZERO)).build();

    assertThat(project.budget()).isEqualTo(Baht.ZERO);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 99, 100})
  void test_builder_progressInRange(int progress) {
    assertThat(housing().progress(progress).build().progress()).isEqualTo(progress);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void test_builder_progressOutOfRange(int progress) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> housing().progress(progress).build())
        .withMessage("project housing-570908: progress " + progress + " must be from 0 to 100");
  }

  @Test
  void test_builder_negativeBudget() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> housing().budget(Baht.ofSatang(-1)).build())
        .withMessage("project housing-570908 budget must not be negative: -0.01");
  }

  @Test
  void test_builder_fundingBelowBudget() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> housing().addFunding(Funding.of(FundingSource.CODI, Baht.of(300_000))).build())
        .withMessage("project housing-570908: funding adds up to 300000.00 but the budget is 380000.00");
  }

  @Test
  void test_builder_fundingAboveBudget() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                housing()
                    .addFunding(CODI_ALL)
                    .addFunding(Funding.of(FundingSource.COMMUNITY, Baht.ofSatang(1)))
                    .build())
        .withMessage("project housing-570908: funding adds up to 380000.01 but the budget is 380000.00");
  }

  @Test
  void test_builder_fundingSourceRepeated() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                housing()
                    .addFunding(Funding.of(FundingSource.CODI, Baht.of(180_000)))
                    .addFunding(Funding.of(FundingSource.LOCAL_GOVERNMENT, Baht.of(100_000)))
                    .addFunding(Funding.of(FundingSource.CODI, Baht.of(100_000)))
                    .build())
        .withMessage("project housing-570908: funding source CODI appears more than once");
  }

  @Test
  void test_builder_fundingSourceRepeatedWithOtherLabel() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                housing()
                    .budget(Baht.ZERO)
                    .addFunding(Funding.of(FundingSource.COMMUNITY, Baht.ZERO))
                    .addFunding(Funding.of(FundingSource.COMMUNITY, Baht.ZERO))
                    .build())
        .withMessage("project housing-570908: funding source community's own funds appears more than once");
  }

  @Test
  void test_builder_negativeFundingAmount() {
    // A negative line is refused when the line is made, before the project can offset it.
    assertThatIllegalArgumentException()
        .isThrownBy(() -> housing().addFunding(Funding.of(FundingSource.PRIVATE, Baht.of(-1))))
        .withMessage("funding amount from private must not be negative: -1.00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u3000"})
  void test_builder_blankTitleTh(String title) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> housing().titleTh(title).build())
        .withMessage("project housing-570908: titleTh must not be blank");
  }

  @Test
  void test_builder_blankTitleEn() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> housing().titleEn(" ").build())
        .withMessage("project housing-570908: titleEn must not be blank");
  }

  @Test
  void test_builder_paddedTitleTh() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> housing().titleTh("บ้านพอเพียงชนบท ").build())
        .withMessage("project housing-570908: titleTh \"บ้านพอเพียงชนบท \" has leading or trailing white space");
  }

  @Test
  void test_builder_missingRequiredFields_namedWithTheProject() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Project.builder().build())
        .withMessage("project: id, titleTh and budget must be set");
    assertThatIllegalStateException()
        .isThrownBy(() -> Project.builder().id(HOUSING_ID).titleTh("บ้าน").build())
        .withMessage("project housing-570908: budget must be set");
  }

  @Test
  void test_toString() {
    assertThat(housing().progress(40).build())
        .hasToString("Project[housing-570908 380000.00 baht, 40%]");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(housing().build(), housing().build())
        .addEqualityGroup(housing().id(ProjectId.of("housing-570909")).build())
        .addEqualityGroup(housing().titleTh("บ้านมั่นคง").build())
        .addEqualityGroup(housing().titleEn("Housing").build())
        .addEqualityGroup(housing().addTheme(Theme.HOUSING).build())
        .addEqualityGroup(housing().budget(Baht.of(380_001)).build())
        .addEqualityGroup(housing().addFunding(CODI_ALL).build())
        .addEqualityGroup(housing().target(TWENTY_HOUSEHOLDS).build())
        .addEqualityGroup(housing().status(ProjectStatus.COMPLETED).build())
        .addEqualityGroup(housing().progress(1).build())
        .testEquals();
  }
}
