package io.github.sapha.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import io.github.sapha.money.Baht;
import org.junit.jupiter.api.Test;

class FundingTest {
  private static final Baht THREE_HUNDRED_THOUSAND = Baht.of(300_000);

  @Test
  void test_of_sourceAndAmount() {
    Funding codi = Funding.of(FundingSource.CODI, THREE_HUNDRED_THOUSAND);

    assertThat(codi.source()).isEqualTo(FundingSource.CODI);
    assertThat(codi.amount()).isEqualTo(THREE_HUNDRED_THOUSAND);
    assertThat(codi).isEqualTo(new Funding(FundingSource.CODI, THREE_HUNDRED_THOUSAND));
  }

  @Test
  void test_of_zeroAmount() {
    assertThat(Funding.of(FundingSource.COMMUNITY, Baht.ZERO).amount()).isEqualTo(Baht.ZERO);
  }

  @Test
  void test_of_negativeAmount() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Funding.of(FundingSource.CODI, Baht.ofSatang(-1)))
        .withMessage("funding amount from CODI must not be negative: -0.01");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Funding.of(FundingSource.LOCAL_GOVERNMENT, Baht.of(-500)))
        .withMessage("funding amount from local government must not be negative: -500.00");
  }

  @Test
  void test_of_nulls() {
    assertThatNullPointerException()
        .isThrownBy(() -> Funding.of(null, THREE_HUNDRED_THOUSAND))
        .withMessage("source");
    assertThatNullPointerException()
        .isThrownBy(() -> Funding.of(FundingSource.CODI, null))
        .withMessage("amount");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(
            Funding.of(FundingSource.CODI, THREE_HUNDRED_THOUSAND),
            new Funding(FundingSource.CODI, Baht.ofSatang(30_000_000)))
        .addEqualityGroup(Funding.of(FundingSource.PROVINCIAL, THREE_HUNDRED_THOUSAND))
        .addEqualityGroup(Funding.of(FundingSource.CODI, Baht.of(300_001)))
        .testEquals();
  }
}
