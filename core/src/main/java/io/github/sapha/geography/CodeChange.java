package io.github.sapha.geography;

import java.util.Locale;

/**
 * How a sub-district code came to be retired: the area moved to a new code, or
 * it was divided among new ones.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CodeChange {
  /** Renumbered, usually into a new district: exactly one code replaced it. */
  RENUMBERED,
  /** Split into several sub-districts: two or more codes replaced it. */
  SPLIT;

  /**
   * Gets the word used in gazetteer data.
   *
   * @return "renumbered" or "split", not null
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Obtains a change from its word in gazetteer data.
   *
   * @param label "renumbered" or "split" (any case, surrounding white space ignored), not null
   * @return the change, not null
   * @throws IllegalArgumentException if the word is no change's
   */
  public static CodeChange parse(String label) {
    String wanted = label.strip().toLowerCase(Locale.ROOT);
    for (CodeChange change : values()) {
      if (change.label().equals(wanted)) {
        return change;
      }
    }
    throw new IllegalArgumentException(
        "Unknown change \"" + label + "\": expected one of renumbered, split");
  }
}
