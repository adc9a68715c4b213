package io.github.sapha.jackson.ser;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.Instantiatable;

/**
 * The canonical pretty layout of Sapha documents, the same as JavaScript's
 * {@code JSON.stringify(value, null, 2)}: two spaces per level, {@code
 * "name": value}, one element or field per line, empty arrays and objects as
 * {@code []} and {@code {}}, and line feeds only, whatever the platform.
 * Unlike Jackson's default printer it never depends on the operating
 * system's line separator, so pretty output is the same bytes everywhere.
 *
 * <p>Internal: not exported from the module. A prototype instance is
 * immutable and thread-safe; Jackson calls {@link #createInstance()} to get
 * the mutable, single-generator instance that keeps the nesting level.
 */
public final class CanonicalPrettyPrinter implements PrettyPrinter, Instantiatable<CanonicalPrettyPrinter> {
  private int level;

  @Override
  public CanonicalPrettyPrinter createInstance() {
    return new CanonicalPrettyPrinter();
  }

  private void newLine(JsonGenerator g) {
    g.writeRaw('\n');
    for (int i = 0; i < level; i++) {
      g.writeRaw("  ");
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
    level++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int nrOfEntries) {
    level--;
    if (nrOfEntries > 0) {
      newLine(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
    level++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int nrOfValues) {
    level--;
    if (nrOfValues > 0) {
      newLine(g);
    }
    g.writeRaw(']');
  }
}
