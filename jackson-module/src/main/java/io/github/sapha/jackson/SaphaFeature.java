package io.github.sapha.jackson;

/**
 * The options of the Sapha JSON binding, each with a documented default.
 *
 * <p>Reading and writing features take effect wherever the {@link SaphaModule}
 * that carries them is registered. {@link #PRETTY_PRINT} concerns the layout
 * of whole documents and is applied by {@link SaphaJson}; with a mapper of your
 * own, use {@code mapper.writer().with(SaphaJson.prettyPrinter())} instead.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SaphaFeature {
  /**
   * Refuse a field that format v1 does not define, naming it and its JSON
   * Pointer. When disabled, unknown fields and everything inside them are
   * skipped without being kept; their nesting still counts against the
   * nesting-depth limit. Default: enabled.
   */
  FAIL_ON_UNKNOWN_PROPERTIES(true),

  /**
   * Write whole documents with line breaks and two-space indentation, in the
   * canonical layout of {@link SaphaJson#prettyPrinter()}: {@code "name": value},
   * empty collections as {@code []}, line feeds only, and a line feed after
   * the document. JSON Lines output is always compact. Default: disabled.
   */
  PRETTY_PRINT(false),

  /**
   * Write collections that are empty as {@code []}. When disabled they are
   * left out, which readers take as empty too, so the documents mean the
   * same; canonical output keeps them. Default: enabled.
   */
  WRITE_EMPTY_COLLECTIONS(true);

  private final boolean enabledByDefault;

  SaphaFeature(boolean enabledByDefault) {
    this.enabledByDefault = enabledByDefault;
  }

  /**
   * Checks if the feature is enabled unless configured otherwise.
   *
   * @return true if enabled by default
   */
  public boolean enabledByDefault() {
    return enabledByDefault;
  }
}
