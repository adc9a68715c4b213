package io.github.sapha.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.sapha.validation.PolicyParameter.Confidence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The numbers from law and practice that rules depend on, and which rules are
 * switched off or re-graded. Every parameter has a default, a source and a
 * confidence, listed by {@link #parameters()} (and in docs/validation.md,
 * whose table is tested against it); where we are not sure, the confidence
 * says so, so that users can check the default and override it.
 *
 * <pre>{@code
 * Policy strict = Policy.builder()
 *     .quorumShare(new BigDecimal("0.6"))
 *     .severity(Rules.GEO_NAME_MISMATCH, Severity.ERROR)
 *     .disable(Rules.COUNCIL_MEMBER_IN_TWO_COUNCILS)
 *     .build();
 * }</pre>
 *
 * <p>A policy is a value: two policies are equal when every parameter is
 * equal (shares by value, so 0.5 equals 0.50) and they switch off and
 * re-grade the same rules.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Policy {
  /**
   * One parameter of the table: every fact about it written once, driving
   * {@link #parameters()}, equality, the builder's checks and {@link #toString()}.
   */
  private static final class Parameter<T> {
    final int index;
    final String name;
    final T defaultValue;
    final Function<T, String> text;
    final Predicate<T> allowed;
    final String expected;
    final String source;
    final Confidence confidence;

    Parameter(int index, String name, T defaultValue, Function<T, String> text, Predicate<T> allowed,
        String expected, String source, Confidence confidence) {
      this.index = index;
      this.name = name;
      this.defaultValue = defaultValue;
      this.text = text;
      this.allowed = allowed;
      this.expected = expected;
      this.source = source;
      this.confidence = confidence;
    }

    /** Gets the value in a form that is equal exactly when values are: a share's scale does not count. */
    Object key(Object value) {
      return value instanceof BigDecimal ? ((BigDecimal) value).stripTrailingZeros() : value;
    }

    T check(T value) {
      requireNonNull(value, name);
      if (!allowed.test(value)) {
        throw new IllegalArgumentException(name + " must be " + expected + ": " + text.apply(value));
      }
      return value;
    }
  }

  /** The table as it is declared, field by field, below. */
  private static final List<Parameter<?>> TABLE = new ArrayList<>();

  private static final Parameter<LocalDate> ACT_EFFECTIVE_DATE = declare(
      "actEffectiveDate", LocalDate.of(2008, 2, 9), LocalDate::toString, d -> true, "a date",
      "Royal Gazette: the Act took effect on 9 February 2008 (B.E. 2551)", Confidence.CONFIRMED);
  private static final Parameter<Integer> MIN_COMMUNITIES_PER_COUNCIL = declare(
      "minCommunitiesPerCouncil", 1, String::valueOf, n -> n >= 0, "at least 0",
      "the Act sets a minimum (s.6) we could not read; the default is the weakest claim", Confidence.WEAKEST_CLAIM);
  private static final Parameter<Integer> MAX_REPRESENTATIVES_PER_COMMUNITY = declare(
      "maxRepresentativesPerCommunity", 2, String::valueOf, n -> n >= 1, "at least 1",
      "CODI registration forms, from a summary", Confidence.FROM_SUMMARY);
  private static final Parameter<BigDecimal> QUALIFIED_PERSONS_MAX_SHARE = declare(
      "qualifiedPersonsMaxShare", new BigDecimal("0.5"), BigDecimal::toPlainString, s -> s.signum() >= 0, "at least 0",
      "recollection of the Act, s.7(2): at most half as many as the community representatives", Confidence.UNVERIFIED);
  private static final Parameter<BigDecimal> QUORUM_SHARE = declare(
      "quorumShare", new BigDecimal("0.5"), BigDecimal::toPlainString,
      s -> s.signum() >= 0 && s.compareTo(BigDecimal.ONE) <= 0, "from 0 to 1",
      "common Thai meeting practice: half of the members", Confidence.UNVERIFIED);
  private static final Parameter<Integer> BUDDHIST_ERA_YEAR_THRESHOLD = declare(
      "buddhistEraYearThreshold", 2400, String::valueOf, y -> y >= 1000 && y <= 9999, "from 1000 to 9999",
      "2400 B.E. = 1857 CE: no council data is that old", Confidence.CONFIRMED);

  /** Every parameter, in the order declared above. */
  private static final ImmutableList<Parameter<?>> PARAMETERS = ImmutableList.copyOf(TABLE);

  private static final Policy DEFAULTS = new Builder().build();

  private final Object[] values;
  private final ImmutableSet<String> disabled;
  private final ImmutableMap<String, Severity> severities;

  private Policy(Builder b) {
    this.values = b.values.clone();
    this.disabled = ImmutableSet.copyOf(b.disabled);
    this.severities = ImmutableMap.copyOf(b.severities);
  }

  private static <T> Parameter<T> declare(String name, T defaultValue, Function<T, String> text, Predicate<T> allowed,
      String expected, String source, Confidence confidence) {
    Parameter<T> parameter =
        new Parameter<>(TABLE.size(), name, defaultValue, text, allowed, expected, source, confidence);
    TABLE.add(parameter);
    return parameter;
  }

  /** {@return the default policy: every parameter at its default, every rule on at its default severity} */
  public static Policy defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from this policy} */
  public Builder toBuilder() {
    Builder b = new Builder();
    System.arraycopy(values, 0, b.values, 0, values.length);
    b.disabled.addAll(disabled);
    b.severities.putAll(severities);
    return b;
  }

  private <T> T get(Parameter<T> parameter) {
    @SuppressWarnings("unchecked")
    T value = (T) values[parameter.index];
    return value;
  }

  /** {@return the date the Community Organization Council Act B.E. 2551 took effect} */
  public LocalDate actEffectiveDate() {
    return get(ACT_EFFECTIVE_DATE);
  }

  /** {@return the fewest member communities a council may have} */
  public int minCommunitiesPerCouncil() {
    return get(MIN_COMMUNITIES_PER_COUNCIL);
  }

  /** {@return the most representatives one community may send} */
  public int maxRepresentativesPerCommunity() {
    return get(MAX_REPRESENTATIVES_PER_COMMUNITY);
  }

  /** {@return the most qualified persons as a share of the community representatives, such as 0.5} */
  public BigDecimal qualifiedPersonsMaxShare() {
    return get(QUALIFIED_PERSONS_MAX_SHARE);
  }

  /** {@return the share of members that must attend for a council meeting to adopt a resolution, such as 0.5} */
  public BigDecimal quorumShare() {
    return get(QUORUM_SHARE);
  }

  /** {@return the smallest year read as a likely B.E. year in a CE date} */
  public int buddhistEraYearThreshold() {
    return get(BUDDHIST_ERA_YEAR_THRESHOLD);
  }

  /**
   * Checks if a rule is switched on.
   *
   * @param rule the rule id, not null
   * @return true unless the policy switches the rule off
   */
  public boolean isEnabled(String rule) {
    return !disabled.contains(rule);
  }

  /** {@return the rules switched off} */
  public Set<String> disabledRules() {
    return disabled;
  }

  /** {@return the severities that replace rules' defaults} */
  public Map<String, Severity> severityOverrides() {
    return severities;
  }

  /**
   * Gets the severity a rule reports at under this policy, if re-graded.
   *
   * @param rule the rule id, not null
   * @return the severity that replaces the rule's default, or empty
   */
  public Optional<Severity> severity(String rule) {
    return Optional.ofNullable(severities.get(rule));
  }

  /** {@return every parameter with its value, default, source and confidence, in the table's order} */
  public List<PolicyParameter> parameters() {
    return PARAMETERS.stream().map(this::describe).collect(ImmutableList.toImmutableList());
  }

  private <T> PolicyParameter describe(Parameter<T> p) {
    return new PolicyParameter(p.name, p.text.apply(get(p)), p.text.apply(p.defaultValue), p.source, p.confidence);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Policy)) {
      return false;
    }
    Policy that = (Policy) other;
    for (Parameter<?> p : PARAMETERS) {
      if (!p.key(values[p.index]).equals(p.key(that.values[p.index]))) {
        return false;
      }
    }
    return disabled.equals(that.disabled) && severities.equals(that.severities);
  }

  @Override
  public int hashCode() {
    Object[] keys = new Object[PARAMETERS.size()];
    for (Parameter<?> p : PARAMETERS) {
      keys[p.index] = p.key(values[p.index]);
    }
    return Objects.hash(Arrays.hashCode(keys), disabled, severities);
  }

  /** Gets a summary of the parameters and rule settings. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Policy[");
    for (PolicyParameter p : parameters()) {
      out.append(p.name()).append('=').append(p.value()).append(", ");
    }
    return out.append("disabled=").append(disabled).append(", severities=").append(severities).append(']').toString();
  }

  /**
   * Builds a {@link Policy}, starting from the defaults.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private final Object[] values = PARAMETERS.stream().map(p -> p.defaultValue).toArray();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();

    private Builder() {}

    private <T> Builder set(Parameter<T> parameter, T value) {
      values[parameter.index] = parameter.check(value);
      return this;
    }

    /**
     * Sets the date the Act took effect.
     *
     * @param date the date, not null
     * @return this builder
     */
    public Builder actEffectiveDate(LocalDate date) {
      return set(ACT_EFFECTIVE_DATE, date);
    }

    /**
     * Sets the fewest member communities a council may have.
     *
     * @param count the count
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder minCommunitiesPerCouncil(int count) {
      return set(MIN_COMMUNITIES_PER_COUNCIL, count);
    }

    /**
     * Sets the most representatives one community may send.
     *
     * @param count the count
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxRepresentativesPerCommunity(int count) {
      return set(MAX_REPRESENTATIVES_PER_COMMUNITY, count);
    }

    /**
     * Sets the most qualified persons as a share of the representatives.
     *
     * @param share the share, not null
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder qualifiedPersonsMaxShare(BigDecimal share) {
      return set(QUALIFIED_PERSONS_MAX_SHARE, share);
    }

    /**
     * Sets the share of members needed for quorum.
     *
     * @param share the share, not null
     * @return this builder
     * @throws IllegalArgumentException if not from 0 to 1
     */
    public Builder quorumShare(BigDecimal share) {
      return set(QUORUM_SHARE, share);
    }

    /**
     * Sets the smallest year read as a likely B.E. year in a CE date.
     *
     * @param year the year
     * @return this builder
     * @throws IllegalArgumentException if not from 1000 to 9999
     */
    public Builder buddhistEraYearThreshold(int year) {
      return set(BUDDHIST_ERA_YEAR_THRESHOLD, year);
    }

    /**
     * Switches a rule off.
     *
     * @param rule the rule id, not null
     * @return this builder
     */
    public Builder disable(String rule) {
      disabled.add(requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Switches a rule back on.
     *
     * @param rule the rule id, not null
     * @return this builder
     */
    public Builder enable(String rule) {
      disabled.remove(requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Makes a rule report at a severity other than its default.
     *
     * @param rule the rule id, not null
     * @param severity the severity, not null
     * @return this builder
     */
    public Builder severity(String rule, Severity severity) {
      severities.put(requireNonNull(rule, "rule"), requireNonNull(severity, "severity"));
      return this;
    }

    /** {@return the policy} */
    public Policy build() {
      return new Policy(this);
    }
  }
}
