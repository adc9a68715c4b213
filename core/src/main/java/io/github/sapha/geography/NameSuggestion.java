package io.github.sapha.geography;

/**
 * A "did you mean" answer: an area whose name is close to a name that matched
 * nothing, and how many single-character edits apart the two are.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param area the suggested area, not null
 * @param name the area's name that came close (Thai or English), not null
 * @param distance the number of edits between the normalised names, at least 1
 */
public record NameSuggestion(Area area, String name, int distance) {

  /**
   * Creates a suggestion, checking its parts.
   *
   * @param area the area suggested, not null
   * @param name the name that matched, not null
   * @param distance the edit distance from what was asked, at least 1
   * @throws IllegalArgumentException if the distance is below 1
   */
  public NameSuggestion {
    java.util.Objects.requireNonNull(area, "area");
    java.util.Objects.requireNonNull(name, "name");
    if (distance < 1) {
      throw new IllegalArgumentException("distance must be at least 1: " + distance);
    }
  }
}
