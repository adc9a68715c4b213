package io.github.sapha.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * Every violation found in a registry, in a deterministic order (by path, then
 * rule id), with counts per severity and a verdict at a chosen threshold.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationReport {
  private final ImmutableList<Violation> violations;
  private final ImmutableMap<Severity, Integer> counts;

  private ValidationReport(ImmutableList<Violation> violations) {
    this.violations = violations;
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    violations.forEach(v -> counts.merge(v.severity(), 1, Integer::sum));
    this.counts = ImmutableMap.copyOf(counts);
  }

  /**
   * Obtains a report of some violations, putting them in the report's order.
   *
   * @param violations the violations, not null
   * @return the report, not null
   */
  public static ValidationReport of(Iterable<Violation> violations) {
    return new ValidationReport(ImmutableList.sortedCopyOf(Violation.ORDER, violations));
  }

  /** {@return every violation, by path then rule id} */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * {@return the violations of one rule, in the report's order}
   *
   * @param rule the rule id
   */
  public List<Violation> violations(String rule) {
    return violations.stream().filter(v -> v.rule().equals(rule)).collect(ImmutableList.toImmutableList());
  }

  /** {@return the ids of the rules that fired, sorted} */
  public SortedSet<String> rules() {
    return violations.stream().map(Violation::rule).collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** {@return the number of violations of each severity, every severity present (zero if none)} */
  public Map<Severity, Integer> counts() {
    return counts;
  }

  /**
   * {@return the number of violations of a severity}
   *
   * @param severity the severity to count
   */
  public int count(Severity severity) {
    return counts.get(severity);
  }

  /**
   * Checks if no violation is at or above a threshold: {@code isValid(ERROR)}
   * passes a registry with warnings, {@code isValid(WARNING)} does not.
   *
   * @param threshold the least severity that fails, not null
   * @return true if nothing reaches the threshold
   */
  public boolean isValid(Severity threshold) {
    return violations.stream().noneMatch(v -> v.severity().isAtLeast(threshold));
  }

  /** {@return true if there is no error: {@code isValid(Severity.ERROR)}} */
  public boolean isValid() {
    return isValid(Severity.ERROR);
  }

  /** {@return true if there are no violations at all} */
  public boolean isEmpty() {
    return violations.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport && ((ValidationReport) other).violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /** Gets a summary such as "ValidationReport[2 errors, 1 warning, 0 info]". */
  @Override
  public String toString() {
    return "ValidationReport[" + plural(count(Severity.ERROR), "error") + ", "
        + plural(count(Severity.WARNING), "warning") + ", " + count(Severity.INFO) + " info]";
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
