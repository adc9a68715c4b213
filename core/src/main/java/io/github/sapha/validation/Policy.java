package io.github.sapha.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.sapha.validation.PolicyParameter.Confidence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The numbers from law and practice that rules depend on, and which rules are
 * switched off or re-graded. Every parameter has a default, a source and a
 * confidence ({@link #parameters()}); where we are not sure, the default says
 * so, so that users can check it and override it:
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>parameter</th><th>default</th><th>source / confidence</th></tr>
 *   <tr><td>actEffectiveDate</td><td>2008-02-09</td><td>Royal Gazette; confirmed</td></tr>
 *   <tr><td>minCommunitiesPerCouncil</td><td>1</td><td>the Act sets a minimum (s.6) we could not read; weakest claim</td></tr>
 *   <tr><td>maxRepresentativesPerCommunity</td><td>2</td><td>CODI registration forms, from a summary</td></tr>
 *   <tr><td>qualifiedPersonsMaxShare</td><td>0.5 of community representatives</td><td>recollection of s.7(2); unverified</td></tr>
 *   <tr><td>quorumShare</td><td>0.5 of members</td><td>common Thai meeting practice; unverified</td></tr>
 *   <tr><td>officerTermYears</td><td>none</td><td>the Act's term could not be read; not checked</td></tr>
 *   <tr><td>minMeetingsPerYear</td><td>none</td><td>could not be read; not checked</td></tr>
 *   <tr><td>buddhistEraYearThreshold</td><td>2400</td><td>2400 B.E. = 1857 CE: no council data is that old</td></tr>
 * </table>
 *
 * <pre>{@code
 * Policy strict = Policy.builder()
 *     .quorumShare(new BigDecimal("0.6"))
 *     .severity(Rules.GEO_NAME_MISMATCH, Severity.ERROR)
 *     .disable(Rules.COUNCIL_MEMBER_IN_TWO_COUNCILS)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Policy {
  private static final Policy DEFAULTS = new Builder().build();

  private final LocalDate actEffectiveDate;
  private final int minCommunitiesPerCouncil;
  private final int maxRepresentativesPerCommunity;
  private final BigDecimal qualifiedPersonsMaxShare;
  private final BigDecimal quorumShare;
  private final OptionalInt officerTermYears;
  private final OptionalInt minMeetingsPerYear;
  private final int buddhistEraYearThreshold;
  private final ImmutableSet<String> disabled;
  private final ImmutableMap<String, Severity> severities;

  private Policy(Builder b) {
    this.actEffectiveDate = b.actEffectiveDate;
    this.minCommunitiesPerCouncil = b.minCommunitiesPerCouncil;
    this.maxRepresentativesPerCommunity = b.maxRepresentativesPerCommunity;
    this.qualifiedPersonsMaxShare = b.qualifiedPersonsMaxShare;
    this.quorumShare = b.quorumShare;
    this.officerTermYears = b.officerTermYears;
    this.minMeetingsPerYear = b.minMeetingsPerYear;
    this.buddhistEraYearThreshold = b.buddhistEraYearThreshold;
    this.disabled = ImmutableSet.copyOf(b.disabled);
    this.severities = ImmutableMap.copyOf(b.severities);
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
    b.actEffectiveDate = actEffectiveDate;
    b.minCommunitiesPerCouncil = minCommunitiesPerCouncil;
    b.maxRepresentativesPerCommunity = maxRepresentativesPerCommunity;
    b.qualifiedPersonsMaxShare = qualifiedPersonsMaxShare;
    b.quorumShare = quorumShare;
    b.officerTermYears = officerTermYears;
    b.minMeetingsPerYear = minMeetingsPerYear;
    b.buddhistEraYearThreshold = buddhistEraYearThreshold;
    b.disabled.addAll(disabled);
    b.severities.putAll(severities);
    return b;
  }

  /** {@return the date the Community Organization Council Act B.E. 2551 took effect} */
  public LocalDate actEffectiveDate() {
    return actEffectiveDate;
  }

  /** {@return the fewest member communities a council may have} */
  public int minCommunitiesPerCouncil() {
    return minCommunitiesPerCouncil;
  }

  /** {@return the most representatives one community may send} */
  public int maxRepresentativesPerCommunity() {
    return maxRepresentativesPerCommunity;
  }

  /** {@return the most qualified persons as a share of the community representatives, such as 0.5} */
  public BigDecimal qualifiedPersonsMaxShare() {
    return qualifiedPersonsMaxShare;
  }

  /** {@return the share of members that must attend for a council meeting to adopt a resolution, such as 0.5} */
  public BigDecimal quorumShare() {
    return quorumShare;
  }

  /** {@return the officers' term in years, if checked (by default it is not)} */
  public OptionalInt officerTermYears() {
    return officerTermYears;
  }

  /** {@return the fewest council meetings a year, if checked (by default it is not)} */
  public OptionalInt minMeetingsPerYear() {
    return minMeetingsPerYear;
  }

  /** {@return the smallest year read as a likely B.E. year in a CE date} */
  public int buddhistEraYearThreshold() {
    return buddhistEraYearThreshold;
  }

  /**
   * {@return whether a rule is switched on}
   *
   * @param rule the rule id
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
   * {@return the severity a rule reports at under this policy, if re-graded}
   *
   * @param rule the rule id
   */
  public Optional<Severity> severity(String rule) {
    return Optional.ofNullable(severities.get(rule));
  }

  /** {@return every parameter with its value, default, source and confidence} */
  public List<PolicyParameter> parameters() {
    return ImmutableList.of(
        new PolicyParameter("actEffectiveDate", actEffectiveDate.toString(), DEFAULTS_TEXT.get(0),
            "Royal Gazette: the Act took effect on 9 February 2008 (B.E. 2551)", Confidence.CONFIRMED),
        new PolicyParameter("minCommunitiesPerCouncil", Integer.toString(minCommunitiesPerCouncil), DEFAULTS_TEXT.get(1),
            "the Act sets a minimum (s.6) we could not read; the default is the weakest claim", Confidence.WEAKEST_CLAIM),
        new PolicyParameter("maxRepresentativesPerCommunity", Integer.toString(maxRepresentativesPerCommunity),
            DEFAULTS_TEXT.get(2), "CODI registration forms, from a summary", Confidence.FROM_SUMMARY),
        new PolicyParameter("qualifiedPersonsMaxShare", qualifiedPersonsMaxShare.toPlainString(), DEFAULTS_TEXT.get(3),
            "recollection of the Act, s.7(2): at most half as many as the community representatives", Confidence.UNVERIFIED),
        new PolicyParameter("quorumShare", quorumShare.toPlainString(), DEFAULTS_TEXT.get(4),
            "common Thai meeting practice: half of the members", Confidence.UNVERIFIED),
        new PolicyParameter("officerTermYears", text(officerTermYears), DEFAULTS_TEXT.get(5),
            "the Act's term could not be read", Confidence.NOT_CHECKED),
        new PolicyParameter("minMeetingsPerYear", text(minMeetingsPerYear), DEFAULTS_TEXT.get(6),
            "could not be read", Confidence.NOT_CHECKED),
        new PolicyParameter("buddhistEraYearThreshold", Integer.toString(buddhistEraYearThreshold), DEFAULTS_TEXT.get(7),
            "2400 B.E. = 1857 CE: no council data is that old", Confidence.CONFIRMED));
  }

  private static final List<String> DEFAULTS_TEXT =
      List.of("2008-02-09", "1", "2", "0.5", "0.5", "none", "none", "2400");

  private static String text(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : "none";
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Policy)) {
      return false;
    }
    Policy that = (Policy) other;
    return actEffectiveDate.equals(that.actEffectiveDate)
        && minCommunitiesPerCouncil == that.minCommunitiesPerCouncil
        && maxRepresentativesPerCommunity == that.maxRepresentativesPerCommunity
        && qualifiedPersonsMaxShare.compareTo(that.qualifiedPersonsMaxShare) == 0
        && quorumShare.compareTo(that.quorumShare) == 0
        && officerTermYears.equals(that.officerTermYears)
        && minMeetingsPerYear.equals(that.minMeetingsPerYear)
        && buddhistEraYearThreshold == that.buddhistEraYearThreshold
        && disabled.equals(that.disabled)
        && severities.equals(that.severities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(actEffectiveDate, minCommunitiesPerCouncil, maxRepresentativesPerCommunity,
        qualifiedPersonsMaxShare.stripTrailingZeros(), quorumShare.stripTrailingZeros(), officerTermYears,
        minMeetingsPerYear, buddhistEraYearThreshold, disabled, severities);
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
    private LocalDate actEffectiveDate = LocalDate.of(2008, 2, 9);
    private int minCommunitiesPerCouncil = 1;
    private int maxRepresentativesPerCommunity = 2;
    private BigDecimal qualifiedPersonsMaxShare = new BigDecimal("0.5");
    private BigDecimal quorumShare = new BigDecimal("0.5");
    private OptionalInt officerTermYears = OptionalInt.empty();
    private OptionalInt minMeetingsPerYear = OptionalInt.empty();
    private int buddhistEraYearThreshold = 2400;
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the date the Act took effect.
     *
     * @param date the date
     * @return this builder
     */
    public Builder actEffectiveDate(LocalDate date) {
      this.actEffectiveDate = requireNonNull(date, "actEffectiveDate");
      return this;
    }

    /**
     * Sets the fewest member communities a council may have.
     *
     * @param count the count
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder minCommunitiesPerCouncil(int count) {
      this.minCommunitiesPerCouncil = atLeast("minCommunitiesPerCouncil", count, 0);
      return this;
    }

    /**
     * Sets the most representatives one community may send.
     *
     * @param count the count
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxRepresentativesPerCommunity(int count) {
      this.maxRepresentativesPerCommunity = atLeast("maxRepresentativesPerCommunity", count, 1);
      return this;
    }

    /**
     * Sets the most qualified persons as a share of the representatives.
     *
     * @param share the share, a decimal such as 0.5
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder qualifiedPersonsMaxShare(BigDecimal share) {
      this.qualifiedPersonsMaxShare = share("qualifiedPersonsMaxShare", share, false);
      return this;
    }

    /**
     * Sets the share of members needed for quorum.
     *
     * @param share the share, a decimal such as 0.5
     * @return this builder
     * @throws IllegalArgumentException if not from 0 to 1
     */
    public Builder quorumShare(BigDecimal share) {
      this.quorumShare = share("quorumShare", share, true);
      return this;
    }

    /**
     * Sets the officers' term in years; no rule of catalogue v1 checks it yet.
     *
     * @param years the years
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder officerTermYears(int years) {
      this.officerTermYears = OptionalInt.of(atLeast("officerTermYears", years, 1));
      return this;
    }

    /**
     * Sets the fewest council meetings a year; no rule of catalogue v1 checks it yet.
     *
     * @param count the count
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder minMeetingsPerYear(int count) {
      this.minMeetingsPerYear = OptionalInt.of(atLeast("minMeetingsPerYear", count, 1));
      return this;
    }

    /**
     * Sets the smallest year read as a likely B.E. year in a CE date.
     *
     * @param year the year
     * @return this builder
     * @throws IllegalArgumentException if not from 1000 to 9999
     */
    public Builder buddhistEraYearThreshold(int year) {
      if (year < 1000 || year > 9999) {
        throw new IllegalArgumentException("buddhistEraYearThreshold must be from 1000 to 9999: " + year);
      }
      this.buddhistEraYearThreshold = year;
      return this;
    }

    /**
     * Switches a rule off.
     *
     * @param rule the rule id
     * @return this builder
     */
    public Builder disable(String rule) {
      disabled.add(requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Switches a rule back on.
     *
     * @param rule the rule id
     * @return this builder
     */
    public Builder enable(String rule) {
      disabled.remove(requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Makes a rule report at a severity other than its default.
     *
     * @param rule the rule id
     * @param severity the severity it reports at
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

    private static int atLeast(String name, int value, int min) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
      }
      return value;
    }

    private static BigDecimal share(String name, BigDecimal value, boolean atMostOne) {
      requireNonNull(value, name);
      if (value.signum() < 0 || (atMostOne && value.compareTo(BigDecimal.ONE) > 0)) {
        throw new IllegalArgumentException(
            name + " must be " + (atMostOne ? "from 0 to 1" : "at least 0") + ": " + value.toPlainString());
      }
      return value;
    }
  }
}
