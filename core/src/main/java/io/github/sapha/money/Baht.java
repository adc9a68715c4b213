package io.github.sapha.money;

import static java.util.Objects.requireNonNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import io.github.sapha.internal.ThaiText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * An amount of Thai baht (บาท) with satang precision: 1 baht is 100 satang
 * (สตางค์), such as 1,250,000.50 baht.
 *
 * <p>The amount is held as a whole number of satang in a {@code long}, never
 * in floating point, so arithmetic is exact; it ranges from
 * -92,233,720,368,547,758.08 to 92,233,720,368,547,758.07 baht, and
 * arithmetic that would leave that range throws {@link ArithmeticException}
 * rather than wrapping around. Amounts may be negative, as differences are;
 * {@link #requireNonNegative} refuses them where they make no sense, such as
 * in a budget.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Baht implements Comparable<Baht> {

  /** A zero amount. */
  public static final Baht ZERO = new Baht(0);

  private static final int SATANG_PER_BAHT = 100;

  private static final String RANGE = "-92233720368547758.08 to 92233720368547758.07";

  // Applied to trimmed text with ASCII digits. The integer part is either plain digits or
  // digits grouped by threes with commas; a group of one or two digits may only come first.
  private static final Pattern FORM = Pattern.compile(
      "(-)?(฿ ?)?([0-9]+|[1-9][0-9]{0,2}(?:,[0-9]{3})+)(?:\\.([0-9]{1,2}))?( ?บาท)?");

  private static final String EXPECTED =
      "expected ASCII or Thai digits with optional grouping commas and up to 2 decimals, optionally with"
          + " a leading \"-\", a \"฿\" before the digits or \"บาท\" after them,"
          + " e.g. \"1,250,000.50\", \"-5\", \"฿100\" or \"๑๐๐ บาท\"";

  private final long satang;

  private Baht(long satang) {
    this.satang = satang;
  }

  /**
   * Obtains an amount of whole baht.
   *
   * @param baht the number of baht, may be negative
   * @return the amount, not null
   * @throws ArithmeticException if the amount is outside the range of this class
   */
  public static Baht of(long baht) {
    try {
      return ofSatang(Math.multiplyExact(baht, SATANG_PER_BAHT));
    } catch (ArithmeticException e) {
      throw overflow(baht + " baht");
    }
  }

  /**
   * Obtains an amount from a number of satang, such as 125000050 for
   * 1,250,000.50 baht.
   *
   * @param satang the number of satang, may be negative
   * @return the amount, not null
   */
  public static Baht ofSatang(long satang) {
    return satang == 0 ? ZERO : new Baht(satang);
  }

  /**
   * Obtains an amount from a decimal number of baht, such as 1250000.50.
   * Trailing zeros beyond two decimal places are accepted ("1.500"), but the
   * amount is never rounded.
   *
   * @param baht the number of baht, with at most 2 decimal places that are not zero, not null
   * @return the amount, not null
   * @throws ArithmeticException if the number has a non-zero third decimal place, or is
   *     outside the range of this class
   */
  public static Baht of(BigDecimal baht) {
    if (baht.stripTrailingZeros().scale() > 2) {
      throw new ArithmeticException(
          "Baht amount " + baht + " has more than 2 decimal places; round it to satang first, as"
              + " Baht.of(amount, rounding) does");
    }
    try {
      return ofSatang(baht.movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw overflow(baht.toString());
    }
  }

  /**
   * Obtains an amount from a decimal number of baht, rounded to satang, such
   * as 1250000.505 with {@link RoundingMode#HALF_EVEN} for 1250000.50. Thai
   * practice varies (a half satang is often rounded up); the caller says
   * which rounding applies.
   *
   * @param baht the number of baht, not null
   * @param rounding how to round to satang, not null; {@link RoundingMode#UNNECESSARY}
   *     refuses a number that needs rounding
   * @return the amount, not null
   * @throws ArithmeticException if the rounding is {@code UNNECESSARY} and the number has
   *     a non-zero third decimal place, or the amount is outside the range of this class
   */
  public static Baht of(BigDecimal baht, RoundingMode rounding) {
    requireNonNull(baht, "baht");
    requireNonNull(rounding, "rounding");
    BigDecimal rounded;
    try {
      rounded = baht.setScale(2, rounding);
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "Baht amount " + baht + " has more than 2 decimal places and the rounding is UNNECESSARY");
    }
    return of(rounded);
  }

  /**
   * Obtains an amount from text such as "1250000.50", "1,250,000.50", "1250000",
   * "-5.25" or "๑,๒๕๐,๐๐๐.๕๐". Grouping commas are optional but, if present,
   * must separate every group of three digits. A "฿" before the digits or
   * "บาท" after them is allowed, as is surrounding white space. This reads
   * back both {@link #toString()} and {@link #format()}.
   *
   * @param text the text, not null
   * @return the amount, not null
   * @throws BahtFormatException if the text is not such an amount or is outside the
   *     range of this class
   */
  public static Baht parse(CharSequence text) {
    Matcher matcher =
        FORM.matcher(CharMatcher.whitespace().trimFrom(ThaiText.toAsciiDigits(text)));
    // "฿5 บาท" names the currency twice; more likely a slip than a form to support.
    if (!matcher.matches() || (matcher.group(2) != null && matcher.group(5) != null)) {
      throw new BahtFormatException(text, EXPECTED);
    }
    String sign = matcher.group(1) == null ? "" : "-";
    String whole = matcher.group(3).replace(",", "");
    String fraction = matcher.group(4) == null ? "0" : matcher.group(4);
    try {
      return ofSatang(new BigDecimal(sign + whole + "." + fraction).movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw new BahtFormatException(text, "outside the range " + RANGE);
    }
  }

  /**
   * Splits this amount into parts in proportion to ratios, keeping the total
   * to the satang: a budget over projects or sub-district plans. Each part
   * gets its share rounded down to the satang, then the satang left over go
   * one each to the parts that lost most in the rounding (the earlier part
   * first on a tie), so the parts always add up to this amount and each
   * differs from its exact share by less than one satang. A negative amount
   * is split as its positive counterpart, negated.
   *
   * <pre>{@code
   * Baht.of(100).allocate(1, 1, 1); // [33.34, 33.33, 33.33]
   * Baht.parse("1250500.50").allocate(3, 1); // [937875.38, 312625.12]
   * }</pre>
   *
   * @param ratios the ratios, at least one, none negative, not all zero, not null
   * @return the parts, one per ratio in the same order, adding up to this amount, not null
   * @throws IllegalArgumentException if there is no ratio, a ratio is negative, or all are zero
   */
  public List<Baht> allocate(long... ratios) {
    requireNonNull(ratios, "ratios");
    if (ratios.length == 0) {
      throw new IllegalArgumentException("Cannot allocate " + this + " baht over no ratios");
    }
    BigInteger sum = BigInteger.ZERO;
    for (long ratio : ratios) {
      if (ratio < 0) {
        throw new IllegalArgumentException(
            "Cannot allocate " + this + " baht over ratios " + Arrays.toString(ratios) + ": ratio " + ratio
                + " is negative");
      }
      sum = sum.add(BigInteger.valueOf(ratio));
    }
    if (sum.signum() == 0) {
      throw new IllegalArgumentException(
          "Cannot allocate " + this + " baht over ratios " + Arrays.toString(ratios) + ": all are zero");
    }
    // Work on the magnitude; the smallest amount's magnitude fits only in a BigInteger.
    BigInteger total = BigInteger.valueOf(satang).abs();
    BigInteger[] parts = new BigInteger[ratios.length];
    BigInteger[] lost = new BigInteger[ratios.length];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < ratios.length; i++) {
      BigInteger[] share = total.multiply(BigInteger.valueOf(ratios[i])).divideAndRemainder(sum);
      parts[i] = share[0];
      lost[i] = share[1];
      given = given.add(share[0]);
    }
    int left = total.subtract(given).intValueExact(); // fewer satang than there are parts
    Integer[] order = new Integer[ratios.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> lost[b].compareTo(lost[a])); // stable: earlier parts first on a tie
    for (int k = 0; k < left; k++) {
      parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
    }
    ImmutableList.Builder<Baht> out = ImmutableList.builderWithExpectedSize(parts.length);
    for (BigInteger part : parts) {
      out.add(ofSatang((satang < 0 ? part.negate() : part).longValueExact()));
    }
    return out.build();
  }

  /**
   * Splits this amount into equal parts, keeping the total to the satang: the
   * satang that do not divide evenly go one each to the first parts.
   *
   * <pre>{@code
   * Baht.of(100).split(3); // [33.34, 33.33, 33.33]
   * }</pre>
   *
   * @param parts the number of parts, at least 1
   * @return the parts, adding up to this amount, not null
   * @throws IllegalArgumentException if the number of parts is below 1
   */
  public List<Baht> split(int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("Cannot split " + this + " baht into " + parts + " parts: need at least 1");
    }
    long[] ratios = new long[parts];
    Arrays.fill(ratios, 1);
    return allocate(ratios);
  }

  /**
   * Gets the sum of amounts, zero if there are none.
   *
   * @param amounts the amounts, not null, containing no null
   * @return the sum, not null
   * @throws ArithmeticException if a running total leaves the range of this class
   */
  public static Baht sum(Iterable<Baht> amounts) {
    Baht total = ZERO;
    for (Baht amount : amounts) {
      total = total.plus(amount);
    }
    return total;
  }

  /**
   * Gets a collector that sums amounts, giving zero for an empty stream. It
   * throws {@link ArithmeticException} if a running total leaves the range of
   * this class.
   *
   * @return the collector, not null
   */
  public static Collector<Baht, ?, Baht> summing() {
    return Collectors.reducing(ZERO, Baht::plus);
  }

  /** {@return the amount as a whole number of satang, such as 125000050 for 1,250,000.50 baht} */
  public long satang() {
    return satang;
  }

  /** {@return the amount in baht as a decimal with scale 2, such as 1250000.50} */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(satang, 2);
  }

  /** {@return true if the amount is zero} */
  public boolean isZero() {
    return satang == 0;
  }

  /** {@return true if the amount is greater than zero} */
  public boolean isPositive() {
    return satang > 0;
  }

  /** {@return true if the amount is less than zero} */
  public boolean isNegative() {
    return satang < 0;
  }

  /**
   * Gets the sum of this amount and another.
   *
   * @param other the amount to add, not null
   * @return the sum, not null
   * @throws ArithmeticException if the sum is outside the range of this class
   */
  public Baht plus(Baht other) {
    try {
      return ofSatang(Math.addExact(satang, other.satang));
    } catch (ArithmeticException e) {
      throw overflow(this + " + " + other);
    }
  }

  /**
   * Gets this amount less another.
   *
   * @param other the amount to subtract, not null
   * @return the difference, not null
   * @throws ArithmeticException if the difference is outside the range of this class
   */
  public Baht minus(Baht other) {
    try {
      return ofSatang(Math.subtractExact(satang, other.satang));
    } catch (ArithmeticException e) {
      throw overflow(this + " - " + other);
    }
  }

  /**
   * Gets this amount with the opposite sign.
   *
   * @return the negated amount, not null
   * @throws ArithmeticException if this is the smallest amount, whose negation is too large
   */
  public Baht negated() {
    try {
      return ofSatang(Math.negateExact(satang));
    } catch (ArithmeticException e) {
      throw overflow("-(" + this + ")");
    }
  }

  /**
   * Gets this amount multiplied by a whole number, such as a per-household
   * grant times the number of households.
   *
   * @param multiplicand the number to multiply by, may be negative
   * @return the product, not null
   * @throws ArithmeticException if the product is outside the range of this class
   */
  public Baht multipliedBy(long multiplicand) {
    try {
      return ofSatang(Math.multiplyExact(satang, multiplicand));
    } catch (ArithmeticException e) {
      throw overflow(this + " * " + multiplicand);
    }
  }

  /**
   * Checks that this amount is not negative, for use by builders of values
   * that cannot be negative, such as budgets.
   *
   * @param field the name of the value being checked, such as "budget", not null
   * @return this amount, not null
   * @throws IllegalArgumentException if this amount is negative; the message names the
   *     field and the amount
   */
  public Baht requireNonNegative(String field) {
    Objects.requireNonNull(field);
    if (isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative: " + this);
    }
    return this;
  }

  private static ArithmeticException overflow(String expression) {
    return new ArithmeticException(
        "Baht overflow: " + expression + " is outside the range " + RANGE);
  }

  /** Orders amounts by value, the most negative first. */
  @Override
  public int compareTo(Baht other) {
    return Long.compare(satang, other.satang);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Baht && ((Baht) other).satang == satang;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(satang);
  }

  /**
   * Gets the amount with grouping commas, two decimals and a leading minus
   * sign if negative, such as "1,250,000.50"; {@link #parse} reads it back.
   *
   * @return the text, not null
   */
  public String format() {
    String plain = toString();
    int digitsStart = isNegative() ? 1 : 0;
    int point = plain.length() - 3;
    StringBuilder out = new StringBuilder(plain.length() + point / 3);
    out.append(plain, 0, digitsStart);
    for (int i = digitsStart; i < point; i++) {
      if (i > digitsStart && (point - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain, point, plain.length()).toString();
  }

  /**
   * Gets the canonical form: baht with exactly two decimals, no grouping and a
   * leading minus sign if negative, such as "1250000.50" or "-5.00"; {@link
   * #parse} reads it back.
   */
  @Override
  public String toString() {
    // From the satang, not through BigDecimal: a document writes every amount this way.
    long whole = satang / SATANG_PER_BAHT; // rounds toward zero, so -5 satang is 0 baht and 5 satang
    long cents = Math.abs(satang % SATANG_PER_BAHT);
    StringBuilder text = new StringBuilder(24);
    if (satang < 0 && whole == 0) {
      text.append('-');
    }
    text.append(whole).append(cents < 10 ? ".0" : ".").append(cents);
    return text.toString();
  }
}
