package io.github.sapha.council;

/** The text that stands for personal data in {@code toString()} and messages. */
final class Redacted {
  /** Shown instead of a personal value. */
  static final String MARK = "***";

  private Redacted() {}
}
