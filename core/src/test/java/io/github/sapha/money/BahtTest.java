package io.github.sapha.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BahtTest {

  private static final String RANGE = "-92233720368547758.08 to 92233720368547758.07";
  private static final Baht MAX = Baht.ofSatang(Long.MAX_VALUE);
  private static final Baht MIN = Baht.ofSatang(Long.MIN_VALUE);
  /** What a malformed amount's message says is expected: every accepted form. */
  private static final String EXPECTED =
      "expected ASCII or Thai digits with optional grouping commas and up to 2 decimals, optionally with"
          + " a leading \"-\", a \"฿\" before the digits or \"บาท\" after them,"
          + " e.g. \"1,250,000.50\", \"-5\", \"฿100\" or \"๑๐๐ บาท\"";

  @Test
  void test_of_wholeBaht() {
    assertThat(Baht.of(1_250_000).satang()).isEqualTo(125_000_000);
    assertThat(Baht.of(-5).satang()).isEqualTo(-500);
    assertThat(Baht.of(0)).isSameAs(Baht.ZERO);
  }

  @Test
  void test_toString_twoDecimalsAndTheSignEvenBelowOneBaht() {
    assertThat(Baht.ofSatang(-5)).hasToString("-0.05");
    assertThat(Baht.ofSatang(-50)).hasToString("-0.50");
    assertThat(Baht.ofSatang(5)).hasToString("0.05");
    assertThat(Baht.ZERO).hasToString("0.00");
    assertThat(Baht.ofSatang(-500)).hasToString("-5.00");
    assertThat(Baht.ofSatang(125_000_050)).hasToString("1250000.50");
    assertThat(MAX).hasToString("92233720368547758.07");
    assertThat(MIN).hasToString("-92233720368547758.08");
  }

  @Test
  void test_of_overflow() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Baht.of(92_233_720_368_547_759L))
        .withMessage("Baht overflow: 92233720368547759 baht is outside the range " + RANGE);
  }

  @Test
  void test_ofSatang() {
    assertThat(Baht.ofSatang(125_000_050)).hasToString("1250000.50");
    assertThat(Baht.ofSatang(0)).isSameAs(Baht.ZERO);
  }

  @Test
  void test_of_bigDecimal() {
    assertThat(Baht.of(new BigDecimal("1250000.50")).satang()).isEqualTo(125_000_050);
    assertThat(Baht.of(new BigDecimal("-0.05")).satang()).isEqualTo(-5);
    assertThat(Baht.of(new BigDecimal("7")).satang()).isEqualTo(700);
    assertThat(Baht.of(new BigDecimal("1.500")).satang()).isEqualTo(150);
    assertThat(Baht.of(new BigDecimal("1E+3")).satang()).isEqualTo(100_000);
    assertThat(Baht.of(new BigDecimal("92233720368547758.07"))).isEqualTo(MAX);
    assertThat(Baht.of(new BigDecimal("-92233720368547758.08"))).isEqualTo(MIN);
  }

  @Test
  void test_of_bigDecimal_moreThanTwoDecimals() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Baht.of(new BigDecimal("1.005")))
        .withMessage(
            "Baht amount 1.005 has more than 2 decimal places; round it to satang first, as Baht.of(amount, rounding)"
                + " does");
  }

  @Test
  void test_of_bigDecimal_overflow() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Baht.of(new BigDecimal("92233720368547758.08")))
        .withMessage("Baht overflow: 92233720368547758.08 is outside the range " + RANGE);
  }

  @Test
  void test_of_bigDecimalRounded_theCallersRounding() {
    assertThat(Baht.of(new BigDecimal("1250000.505"), RoundingMode.HALF_EVEN)).hasToString("1250000.50");
    assertThat(Baht.of(new BigDecimal("1250000.505"), RoundingMode.HALF_UP)).hasToString("1250000.51");
    assertThat(Baht.of(new BigDecimal("-0.005"), RoundingMode.HALF_UP)).hasToString("-0.01");
    assertThat(Baht.of(new BigDecimal("7"), RoundingMode.UNNECESSARY)).isEqualTo(Baht.of(7));
    assertThat(Baht.of(new BigDecimal("1.2345E+3"), RoundingMode.DOWN)).hasToString("1234.50");
  }

  @Test
  void test_of_bigDecimalRounded_unnecessaryRoundingRefused() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Baht.of(new BigDecimal("1.005"), RoundingMode.UNNECESSARY))
        .withMessage("Baht amount 1.005 has more than 2 decimal places and the rounding is UNNECESSARY");
  }

  @Test
  void test_of_bigDecimalRounded_overflow() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Baht.of(new BigDecimal("92233720368547758.075"), RoundingMode.HALF_UP))
        .withMessage("Baht overflow: 92233720368547758.08 is outside the range " + RANGE);
  }

  @Test
  void test_allocate_keepsTheTotalToTheSatang() {
    assertThat(Baht.of(100).allocate(1, 1, 1)).extracting(Baht::toString).containsExactly("33.34", "33.33", "33.33");
    assertThat(Baht.parse("1250500.50").allocate(3, 1))
        .extracting(Baht::toString)
        .containsExactly("937875.38", "312625.12");
    // A leftover satang goes to the part that lost most in rounding, not to the first: 0.07 over 3:1
    // is 0.0525 and 0.0175 exactly, rounded down 0.05 and 0.01, losing 0.0025 and 0.0075.
    assertThat(Baht.ofSatang(7).allocate(3, 1)).extracting(Baht::satang).containsExactly(5L, 2L);
    // On a tie the earlier part: 0.07 over 1:1:3 loses 0.004, 0.004 and 0.002.
    assertThat(Baht.ofSatang(7).allocate(1, 1, 3)).extracting(Baht::satang).containsExactly(2L, 1L, 4L);
    assertThat(Baht.of(1000).allocate(0, 1)).containsExactly(Baht.ZERO, Baht.of(1000));
    assertThat(Baht.ZERO.allocate(2, 3)).containsExactly(Baht.ZERO, Baht.ZERO);
  }

  @Test
  void test_allocate_negativeAmountMirrorsThePositive() {
    assertThat(Baht.of(-100).allocate(1, 1, 1)).extracting(Baht::toString).containsExactly("-33.34", "-33.33", "-33.33");
    assertThat(MIN.allocate(1, 1)).containsExactly(Baht.ofSatang(Long.MIN_VALUE / 2), Baht.ofSatang(Long.MIN_VALUE / 2));
    assertThat(Baht.sum(MAX.allocate(Long.MAX_VALUE, Long.MAX_VALUE, 1))).isEqualTo(MAX);
  }

  @Test
  void test_allocate_refusesRatiosThatShareNothing() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Baht.of(100).allocate())
        .withMessage("Cannot allocate 100.00 baht over no ratios");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Baht.of(100).allocate(1, -1))
        .withMessage("Cannot allocate 100.00 baht over ratios [1, -1]: ratio -1 is negative");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Baht.of(100).allocate(0, 0))
        .withMessage("Cannot allocate 100.00 baht over ratios [0, 0]: all are zero");
  }

  @Test
  void test_split_equalPartsFirstOnesTakeTheRest() {
    assertThat(Baht.of(100).split(3)).extracting(Baht::toString).containsExactly("33.34", "33.33", "33.33");
    assertThat(Baht.of(100).split(1)).containsExactly(Baht.of(100));
    assertThat(Baht.ofSatang(2).split(4)).extracting(Baht::satang).containsExactly(1L, 1L, 0L, 0L);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Baht.of(100).split(0))
        .withMessage("Cannot split 100.00 baht into 0 parts: need at least 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "1250000.50", "1,250,000.50", "1250000.5", "1,250,000.5", "๑,๒๕๐,๐๐๐.๕๐", "๑๒๕๐๐๐๐.๕๐",
      " 1,250,000.50 ", "฿1,250,000.50", "฿ 1250000.50", "1,250,000.50 บาท", "1250000.50บาท",
      "\u00A01250000.50\t"})
  void test_parse_accepted(String text) {
    assertThat(Baht.parse(text)).isEqualTo(Baht.ofSatang(125_000_050));
  }

  @Test
  void test_parse_wholeNegativeAndSmall() {
    assertThat(Baht.parse("1250000")).isEqualTo(Baht.of(1_250_000));
    assertThat(Baht.parse("-5.00")).isEqualTo(Baht.of(-5));
    assertThat(Baht.parse("-฿5")).isEqualTo(Baht.of(-5));
    assertThat(Baht.parse("-1,000 บาท")).isEqualTo(Baht.of(-1000));
    assertThat(Baht.parse("0.05")).isEqualTo(Baht.ofSatang(5));
    assertThat(Baht.parse("-0.05")).isEqualTo(Baht.ofSatang(-5));
    assertThat(Baht.parse("-0.00")).isEqualTo(Baht.ZERO);
    assertThat(Baht.parse("999")).isEqualTo(Baht.of(999));
    assertThat(Baht.parse("1,000")).isEqualTo(Baht.of(1000));
  }

  @Test
  void test_parse_limits() {
    assertThat(Baht.parse("92233720368547758.07")).isEqualTo(MAX);
    assertThat(Baht.parse("-92,233,720,368,547,758.08")).isEqualTo(MIN);
  }

  @Test
  void test_parse_outOfRange() {
    BahtFormatException e =
        assertThrows(BahtFormatException.class, () -> Baht.parse("92,233,720,368,547,758.08"));

    assertThat(e).hasMessage(
        "Invalid baht amount \"92,233,720,368,547,758.08\": outside the range " + RANGE);
    assertThat(e.getInput()).isEqualTo("92,233,720,368,547,758.08");
  }

  @Test
  void test_parse_misplacedCommas() {
    BahtFormatException e = assertThrows(BahtFormatException.class, () -> Baht.parse("1,25,0.5"));

    assertThat(e).hasMessage("Invalid baht amount \"1,25,0.5\": "
        + EXPECTED);
    assertThat(e.getInput()).isEqualTo("1,25,0.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", " ", "-", ".50", "5.", "1.005", "1,25,0.5", "12,50,000", "1250,000", ",250", "1,250,",
      "0,500", "1 250 000", "1.250.000,50", "+5", "- 5", "฿-5", "--5", "5-", "฿5 บาท", "5 baht",
      "1e3", "abc", "1,250.000", "๑,๒๕,๐"})
  void test_parse_malformed(String text) {
    BahtFormatException e = assertThrows(BahtFormatException.class, () -> Baht.parse(text));

    assertThat(e).hasMessage("Invalid baht amount \"" + text + "\": "
        + EXPECTED);
    assertThat(e.getInput()).isEqualTo(text);
  }

  @Test
  void test_toString_canonical() {
    assertThat(Baht.ofSatang(125_000_050)).hasToString("1250000.50");
    assertThat(Baht.of(-5)).hasToString("-5.00");
    assertThat(Baht.ofSatang(5)).hasToString("0.05");
    assertThat(Baht.ofSatang(-5)).hasToString("-0.05");
    assertThat(Baht.ZERO).hasToString("0.00");
    assertThat(MAX).hasToString("92233720368547758.07");
    assertThat(MIN).hasToString("-92233720368547758.08");
  }

  @Test
  void test_format_grouping() {
    assertThat(Baht.ofSatang(125_000_050).format()).isEqualTo("1,250,000.50");
    assertThat(Baht.of(-1_000).format()).isEqualTo("-1,000.00");
    assertThat(Baht.of(999).format()).isEqualTo("999.00");
    assertThat(Baht.of(-999).format()).isEqualTo("-999.00");
    assertThat(Baht.of(100_000).format()).isEqualTo("100,000.00");
    assertThat(Baht.ofSatang(-5).format()).isEqualTo("-0.05");
    assertThat(Baht.ZERO.format()).isEqualTo("0.00");
    assertThat(MIN.format()).isEqualTo("-92,233,720,368,547,758.08");
  }

  @Test
  void test_toBigDecimal_scaleTwo() {
    assertThat(Baht.of(5).toBigDecimal()).isEqualTo(new BigDecimal("5.00"));
    assertThat(Baht.ofSatang(-125_000_050).toBigDecimal()).isEqualTo(new BigDecimal("-1250000.50"));
  }

  @Test
  void test_signChecks() {
    assertThat(Baht.ZERO.isZero()).isTrue();
    assertThat(Baht.ZERO.isPositive()).isFalse();
    assertThat(Baht.ZERO.isNegative()).isFalse();
    assertThat(Baht.ofSatang(1).isZero()).isFalse();
    assertThat(Baht.ofSatang(1).isPositive()).isTrue();
    assertThat(Baht.ofSatang(1).isNegative()).isFalse();
    assertThat(Baht.ofSatang(-1).isZero()).isFalse();
    assertThat(Baht.ofSatang(-1).isPositive()).isFalse();
    assertThat(Baht.ofSatang(-1).isNegative()).isTrue();
  }

  @Test
  void test_plus() {
    assertThat(Baht.parse("0.10").plus(Baht.parse("0.20"))).isEqualTo(Baht.parse("0.30"));
    assertThat(Baht.of(5).plus(Baht.of(-7))).isEqualTo(Baht.of(-2));
  }

  @Test
  void test_plus_overflow() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> MAX.plus(Baht.ofSatang(1)))
        .withMessage("Baht overflow: 92233720368547758.07 + 0.01 is outside the range " + RANGE);
  }

  @Test
  void test_minus() {
    assertThat(Baht.of(5).minus(Baht.parse("7.50"))).isEqualTo(Baht.parse("-2.50"));
  }

  @Test
  void test_minus_overflow() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> MIN.minus(Baht.ofSatang(1)))
        .withMessage("Baht overflow: -92233720368547758.08 - 0.01 is outside the range " + RANGE);
  }

  @Test
  void test_negated() {
    assertThat(Baht.of(5).negated()).isEqualTo(Baht.of(-5));
    assertThat(Baht.of(-5).negated()).isEqualTo(Baht.of(5));
    assertThat(Baht.ZERO.negated()).isEqualTo(Baht.ZERO);
    assertThat(MAX.negated()).isEqualTo(Baht.ofSatang(-Long.MAX_VALUE));
  }

  @Test
  void test_negated_overflow() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(MIN::negated)
        .withMessage("Baht overflow: -(-92233720368547758.08) is outside the range " + RANGE);
  }

  @Test
  void test_multipliedBy() {
    assertThat(Baht.parse("1,500.25").multipliedBy(40)).isEqualTo(Baht.parse("60,010.00"));
    assertThat(Baht.of(5).multipliedBy(-3)).isEqualTo(Baht.of(-15));
    assertThat(Baht.of(5).multipliedBy(0)).isEqualTo(Baht.ZERO);
  }

  @Test
  void test_multipliedBy_overflow() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> MAX.multipliedBy(2))
        .withMessage("Baht overflow: 92233720368547758.07 * 2 is outside the range " + RANGE);
  }

  @Test
  void test_sum() {
    assertThat(Baht.sum(List.of())).isEqualTo(Baht.ZERO);
    assertThat(Baht.sum(List.of(Baht.parse("0.10"), Baht.parse("0.20"), Baht.of(-1))))
        .isEqualTo(Baht.parse("-0.70"));
  }

  @Test
  void test_sum_overflow() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Baht.sum(List.of(Baht.of(1), MAX)))
        .withMessage("Baht overflow: 1.00 + 92233720368547758.07 is outside the range " + RANGE);
  }

  @Test
  void test_summing() {
    assertThat(Stream.<Baht>empty().collect(Baht.summing())).isEqualTo(Baht.ZERO);
    assertThat(Stream.of(Baht.parse("0.10"), Baht.parse("0.20"), Baht.of(-1)).collect(Baht.summing()))
        .isEqualTo(Baht.parse("-0.70"));
    assertThat(Stream.iterate(Baht.ofSatang(1), b -> b.plus(Baht.ofSatang(1)))
            .limit(1000)
            .parallel()
            .collect(Baht.summing()))
        .isEqualTo(Baht.ofSatang(500_500));
  }

  @Test
  void test_requireNonNegative() {
    assertThat(Baht.ZERO.requireNonNegative("budget")).isSameAs(Baht.ZERO);
    Baht five = Baht.of(5);
    assertThat(five.requireNonNegative("budget")).isSameAs(five);
  }

  @Test
  void test_requireNonNegative_negative() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Baht.of(-5).requireNonNegative("budget"))
        .withMessage("budget must not be negative: -5.00");
  }

  @Test
  void test_compareTo_byValue() {
    List<Baht> amounts = new ArrayList<>(List.of(Baht.of(5), MIN, Baht.ZERO, MAX, Baht.ofSatang(-1)));
    Collections.sort(amounts);

    assertThat(amounts).containsExactly(MIN, Baht.ofSatang(-1), Baht.ZERO, Baht.of(5), MAX);
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(
            Baht.ofSatang(125_000_050), Baht.parse("1,250,000.50"),
            Baht.of(new BigDecimal("1250000.500")))
        .addEqualityGroup(Baht.of(1_250_000))
        .addEqualityGroup(Baht.ofSatang(-125_000_050))
        .addEqualityGroup(Baht.ZERO, Baht.parse("-0"), Baht.of(new BigDecimal("0E+5")))
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester = new NullPointerTester().setDefault(Baht.class, Baht.of(5));
    tester.testAllPublicStaticMethods(Baht.class);
    tester.testAllPublicInstanceMethods(Baht.of(-5));
    tester.testAllPublicInstanceMethods(Baht.of(5));
  }
}
