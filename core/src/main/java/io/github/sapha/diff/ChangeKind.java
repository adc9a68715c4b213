package io.github.sapha.diff;

/** How an object or a field differs between two registries. */
public enum ChangeKind {
  /** Only in the new registry. */
  ADDED,
  /** Only in the old registry. */
  REMOVED,
  /** In both, with different content. */
  CHANGED,
  /**
   * In both with equal content, but its place among the unchanged objects of
   * its collection differs: reported so that applying the diff gives the new
   * document order. Nested lists are matched without reporting moves.
   */
  MOVED;

  /**
   * Gets the JSON value and the word of text output, such as "added".
   *
   * @return the lower-case name, not null
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
