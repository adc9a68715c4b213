package io.github.sapha.plan;

import static java.util.Objects.requireNonNull;

import io.github.sapha.money.Baht;

/**
 * An amount a project receives from one source.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the source, not null
 * @param amount the amount, not negative, not null
 */
public record Funding(FundingSource source, Baht amount) {

  /**
   * Creates a funding line.
   *
   * @param source the source, not null
   * @param amount the amount, not negative, not null
   * @throws IllegalArgumentException if the amount is negative
   */
  public Funding {
    requireNonNull(source, "source");
    requireNonNull(amount, "amount");
    amount.requireNonNegative("funding amount from " + source.english());
  }

  /**
   * Obtains a funding line.
   *
   * @param source the source, not null
   * @param amount the amount, not negative, not null
   * @return the funding line, not null
   */
  public static Funding of(FundingSource source, Baht amount) {
    return new Funding(source, amount);
  }
}
