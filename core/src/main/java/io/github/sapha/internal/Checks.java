package io.github.sapha.internal;

import com.google.common.base.CharMatcher;
import io.github.sapha.money.Baht;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.AreaLevel;
import java.math.BigDecimal;
import java.util.Optional;

/** Structural checks on text fields and totals, shared by the model's builders. Internal: not exported. */
public final class Checks {
  private Checks() {}

  /**
   * Refuses blank or padded text, naming the owner and field and quoting the
   * value (for text that is not personal data).
   */
  public static void text(String owner, String field, String value) {
    if (CharMatcher.whitespace().matchesAllOf(value)) {
      throw new IllegalArgumentException(owner + ": " + field + " must not be blank");
    }
    if (isPadded(value)) {
      throw new IllegalArgumentException(
          owner + ": " + field + " \"" + value + "\" has leading or trailing white space");
    }
  }

  /** Refuses blank or padded personal text without ever showing it. */
  public static void personalText(String owner, String field, String value) {
    if (CharMatcher.whitespace().matchesAllOf(value)) {
      throw new IllegalArgumentException(owner + ": " + field + " must not be blank");
    }
    if (isPadded(value)) {
      throw new IllegalArgumentException(
          owner + ": " + field + " has leading or trailing white space (value not shown: personal data)");
    }
  }

  private static boolean isPadded(String value) {
    return CharMatcher.whitespace().matches(value.charAt(0))
        || CharMatcher.whitespace().matches(value.charAt(value.length() - 1));
  }

  /**
   * Refuses an area whose kind does not fit a level, such as a district code
   * for a provincial network.
   *
   * @param owner what is checked, such as "network network-5709"
   * @param area the area given, if any
   * @param needed the level of code the owner's level needs, or null if it needs no area
   * @param level the level's English name, such as "district network"
   */
  public static void areaFitsLevel(String owner, Optional<AreaCode> area, AreaLevel needed, String level) {
    boolean fits = needed == null ? area.isEmpty() : area.isPresent() && area.get().level() == needed;
    if (!fits) {
      String expected = needed == null ? "empty" : "a " + needed.label() + " code";
      throw new IllegalArgumentException(
          owner + ": area " + area.map(Object::toString).orElse("(none)") + " must be " + expected + " for a " + level);
    }
  }

  /** The largest amount of baht, as a decimal. */
  private static final BigDecimal LARGEST = Baht.ofSatang(Long.MAX_VALUE).toBigDecimal();

  /**
   * Gets the exact sum of amounts, which may lie outside the range of {@link Baht}.
   *
   * @param amounts the amounts, not null
   * @return the sum in baht, scale 2, not null
   */
  public static BigDecimal exactSum(Iterable<Baht> amounts) {
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (Baht amount : amounts) {
      total = total.add(amount.toBigDecimal());
    }
    return total;
  }

  /**
   * Refuses amounts that add up to more than the largest amount of baht, so
   * that every total the model and the validator compute from them fits:
   * sums of parts never throw {@link ArithmeticException}.
   *
   * @param owner what is checked, such as "plan plan-5709"
   * @param what the amounts, plural, such as "the budgets of its projects"
   * @param amounts the amounts, none negative, not null
   */
  public static void sumFits(String owner, String what, Iterable<Baht> amounts) {
    BigDecimal total = exactSum(amounts);
    if (total.compareTo(LARGEST) > 0) {
      throw new IllegalArgumentException(
          owner + ": " + what + " add up to " + total.toPlainString() + " baht, more than the largest amount, "
              + LARGEST.toPlainString() + " baht");
    }
  }
}
