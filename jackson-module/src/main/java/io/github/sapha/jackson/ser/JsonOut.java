package io.github.sapha.jackson.ser;

import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;

/**
 * A writing position in a Sapha document: one generator and the writing
 * options. Codecs write each field through it, in the order of the
 * format, so that the same value always gives the same bytes.
 *
 * <p>Internal: not exported from the module. This class is mutable and not
 * thread-safe: one instance serves one write.
 */
public final class JsonOut {
  private final JsonGenerator generator;
  private final boolean writeEmptyCollections;
  /** The last field name written, for messages. */
  private String name = "";
  /** A date's text, made from its parts: LocalDate.toString builds a string for each of a document's dates. */
  private final char[] date = new char[10];

  /**
   * Creates a writing position.
   *
   * @param generator the generator, not null
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public JsonOut(JsonGenerator generator, boolean writeEmptyCollections) {
    this.generator = generator;
    this.writeEmptyCollections = writeEmptyCollections;
  }

  /** {@return whether empty collections are written as [] rather than left out} */
  public boolean writeEmptyCollections() {
    return writeEmptyCollections;
  }

  /** Starts an object value. */
  public void startObject() {
    generator.writeStartObject();
  }

  /** Ends an object value. */
  public void endObject() {
    generator.writeEndObject();
  }

  /** Starts an array value. */
  public void startArray() {
    generator.writeStartArray();
  }

  /** Ends an array value. */
  public void endArray() {
    generator.writeEndArray();
  }

  /**
   * Writes a field's name; its value must follow.
   *
   * @param name the name, not null
   */
  public void name(String name) {
    this.name = name;
    generator.writeName(name);
  }

  /**
   * Writes a string value.
   *
   * @param value the text, not null
   */
  public void stringValue(String value) {
    generator.writeString(value);
  }

  /**
   * Writes an integer value.
   *
   * @param value the number
   */
  public void numberValue(long value) {
    generator.writeNumber(value);
  }

  /**
   * Writes true or false.
   *
   * @param value the value
   */
  public void boolValue(boolean value) {
    generator.writeBoolean(value);
  }

  /**
   * Writes a date value as yyyy-mm-dd.
   *
   * @param value the date, not null
   * @throws IllegalArgumentException if the year is outside 0000 to 9999
   */
  public void dateValue(LocalDate value) {
    // LocalDate writes other years with a sign or more digits, which the format does not read.
    if (value.getYear() < 0 || value.getYear() > 9999) {
      throw new IllegalArgumentException(
          "Date " + value + " in " + name + " is outside the years 0000 to 9999 of format v1");
    }
    digits(value.getYear(), 0, 4);
    date[4] = '-';
    digits(value.getMonthValue(), 5, 2);
    date[7] = '-';
    digits(value.getDayOfMonth(), 8, 2);
    generator.writeString(date, 0, date.length);
  }

  private void digits(int number, int from, int count) {
    for (int i = from + count - 1; i >= from; i--) {
      date[i] = (char) ('0' + number % 10);
      number /= 10;
    }
  }
}
