package io.github.sapha.money;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.testing.ThaiDigits;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BahtProperties {

  /** Any amount at all, for laws that cannot overflow. */
  @Provide
  Arbitrary<Baht> amounts() {
    return Arbitraries.longs().map(Baht::ofSatang);
  }

  /** Amounts up to ±10^15 baht, so that sums of a few dozen of them cannot overflow. */
  @Provide
  Arbitrary<Baht> summable() {
    long limit = 100_000_000_000_000_000L;
    return Arbitraries.longs().between(-limit, limit).map(Baht::ofSatang);
  }

  /** Up to 30 summable amounts: 30 × 10^17 satang stays below Long.MAX_VALUE. */
  @Provide
  Arbitrary<List<Baht>> summableLists() {
    return summable().list().ofMaxSize(30);
  }

  @Property
  void parse_invertsToString(@ForAll("amounts") Baht amount) {
    assertThat(Baht.parse(amount.toString())).isEqualTo(amount);
    assertThat(Baht.parse(ThaiDigits.of(amount.toString()))).isEqualTo(amount);
  }

  @Property
  void parse_invertsFormat(@ForAll("amounts") Baht amount) {
    assertThat(Baht.parse(amount.format())).isEqualTo(amount);
    assertThat(Baht.parse(ThaiDigits.of(amount.format()))).isEqualTo(amount);
  }

  @Property
  void toBigDecimal_isExactWithScaleTwo(@ForAll("amounts") Baht amount) {
    assertThat(amount.toBigDecimal().scale()).isEqualTo(2);
    assertThat(Baht.of(amount.toBigDecimal())).isEqualTo(amount);
    assertThat(amount.toBigDecimal().toPlainString()).isEqualTo(amount.toString());
  }

  @Property
  void plus_isAssociative(
      @ForAll("summable") Baht a, @ForAll("summable") Baht b, @ForAll("summable") Baht c) {
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
  }

  @Property
  void plus_isCommutativeAndMinusUndoesIt(@ForAll("summable") Baht a, @ForAll("summable") Baht b) {
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(b).minus(b)).isEqualTo(a);
    assertThat(a.minus(b)).isEqualTo(a.plus(b.negated()));
  }

  @Property
  void sum_equalsTheExactDecimalSum(@ForAll("summableLists") List<Baht> amounts) {
    BigDecimal exact =
        amounts.stream().map(Baht::toBigDecimal).reduce(BigDecimal.ZERO, BigDecimal::add);

    assertThat(Baht.sum(amounts).toBigDecimal()).isEqualByComparingTo(exact);
    assertThat(amounts.stream().collect(Baht.summing())).isEqualTo(Baht.sum(amounts));
  }

  @Property
  void multipliedBy_equalsRepeatedAddition(
      @ForAll("summable") Baht amount, @ForAll @IntRange(min = -20, max = 20) int times) {
    Baht repeated = Baht.ZERO;
    for (int i = 0; i < Math.abs(times); i++) {
      repeated = repeated.plus(amount);
    }
    assertThat(amount.multipliedBy(times)).isEqualTo(times < 0 ? repeated.negated() : repeated);
  }

  @Property
  void compareTo_agreesWithBigDecimal(@ForAll("amounts") Baht a, @ForAll("amounts") Baht b) {
    assertThat(Integer.signum(a.compareTo(b)))
        .isEqualTo(a.toBigDecimal().compareTo(b.toBigDecimal()));
  }

  @Property
  void allocate_partsAddUpAndStayWithinASatangOfTheirShare(
      @ForAll("amounts") Baht amount, @ForAll("ratios") List<Long> ratios) {
    long[] r = ratios.stream().mapToLong(Long::longValue).toArray();
    List<Baht> parts = amount.allocate(r);
    assertThat(parts).hasSize(r.length);
    assertThat(parts.stream().map(Baht::toBigDecimal).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(amount.toBigDecimal());
    BigDecimal sum = BigDecimal.valueOf(ratios.stream().mapToLong(Long::longValue).sum());
    for (int i = 0; i < r.length; i++) {
      BigDecimal exact =
          BigDecimal.valueOf(amount.satang()).multiply(BigDecimal.valueOf(r[i])).divide(sum, 10, java.math.RoundingMode.HALF_EVEN);
      assertThat(BigDecimal.valueOf(parts.get(i).satang()).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
    }
  }

  /** One to twenty ratios, none negative, not all zero; small enough that their sum fits a long. */
  @Provide
  Arbitrary<List<Long>> ratios() {
    return Arbitraries.longs().between(0, 1_000_000_000_000L).list().ofMinSize(1).ofMaxSize(20)
        .filter(list -> list.stream().anyMatch(r -> r > 0));
  }
}
