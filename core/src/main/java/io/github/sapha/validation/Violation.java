package io.github.sapha.validation;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Optional;

/**
 * One broken rule: the rule's id, the severity it was reported at, where (a
 * JSON Pointer into the registry's JSON form), a message naming the values, an
 * optional suggestion (such as the corrected name or date), and for rules that
 * come from the Act the legal reference.
 *
 * <p>Messages never hold personal data: people are named by id only.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule id, such as "geo.name-mismatch", not null
 * @param severity the severity, not null
 * @param path where, not null
 * @param message one English sentence, not null
 * @param suggestion what the value probably should be, not null (may be empty)
 * @param reference the legal reference, not null (may be empty)
 */
public record Violation(
    String rule,
    Severity severity,
    Pointer path,
    String message,
    Optional<String> suggestion,
    Optional<String> reference) {

  /** The report's order: by path, then rule id, then message. */
  public static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(Violation::rule).thenComparing(Violation::message);

  /**
   * Creates a violation, refusing nulls.
   *
   * @param rule the rule id
   * @param severity how serious
   * @param path where, as a JSON Pointer into format v1
   * @param message one English sentence
   * @param suggestion what the value probably should be (may be empty)
   * @param reference the legal reference (may be empty)
   */
  public Violation {
    requireNonNull(rule, "rule");
    requireNonNull(severity, "severity");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    requireNonNull(suggestion, "suggestion");
    requireNonNull(reference, "reference");
  }

  /** Gets a one-line form such as "ERROR geo.unknown-code at /councils/0/area/subdistricts/0: ...". */
  @Override
  public String toString() {
    return severity + " " + rule + " at " + (path.toString().isEmpty() ? "/" : path) + ": " + message
        + suggestion.map(s -> " (suggestion: " + s + ")").orElse("");
  }
}
