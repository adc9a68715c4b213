package io.github.sapha.geography;

import com.google.common.base.CharMatcher;

/** Structural checks on names, shared by the area types. */
final class Names {
  private Names() {}

  /** Refuses a blank name or one with surrounding white space, naming the field. */
  static void check(String owner, Object key, String field, String name) {
    if (CharMatcher.whitespace().matchesAllOf(name)) {
      throw new IllegalArgumentException(owner + " " + key + ": " + field + " must not be blank");
    }
    if (CharMatcher.whitespace().matches(name.charAt(0))
        || CharMatcher.whitespace().matches(name.charAt(name.length() - 1))) {
      throw new IllegalArgumentException(
          owner + " " + key + ": " + field + " \"" + name + "\" has leading or trailing white space");
    }
  }
}
