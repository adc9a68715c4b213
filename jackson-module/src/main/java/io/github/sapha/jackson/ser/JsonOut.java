package io.github.sapha.jackson.ser;

import io.github.sapha.council.Id;
import io.github.sapha.jackson.internal.JsonEnums;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;

/**
 * A writing position in a Sapha document: one generator and the writing
 * options. Serializers write each field through it, in the order of the
 * format, so that the same value always gives the same bytes.
 *
 * <p>Internal: not exported from the module. This class is mutable and not
 * thread-safe: one instance serves one write.
 */
public final class JsonOut {
  private final JsonGenerator generator;
  private final boolean writeEmptyCollections;

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

  /** Starts an object value. */
  public void startObject() {
    generator.writeStartObject();
  }

  /** Ends an object value. */
  public void endObject() {
    generator.writeEndObject();
  }

  /** Writes a field's name; its value must follow. */
  public void name(String name) {
    generator.writeName(name);
  }

  /** Writes a string field. */
  public void string(String name, String value) {
    generator.writeStringProperty(name, value);
  }

  /** Writes a string field if the value is present. */
  public void string(String name, Optional<String> value) {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  /** Writes an id field. */
  public void id(String name, Id value) {
    generator.writeStringProperty(name, value.value());
  }

  /** Writes an id field if the id is present. */
  public void optionalId(String name, Optional<? extends Id> value) {
    if (value.isPresent()) {
      id(name, value.get());
    }
  }

  /** Writes a date field as yyyy-mm-dd. */
  public void date(String name, LocalDate value) {
    // LocalDate writes other years with a sign or more digits, which the format does not read.
    if (value.getYear() < 0 || value.getYear() > 9999) {
      throw new IllegalArgumentException(
          "Date " + value + " in " + name + " is outside the years 0000 to 9999 of format v1");
    }
    generator.writeStringProperty(name, value.toString());
  }

  /** Writes a date field if the date is present. */
  public void optionalDate(String name, Optional<LocalDate> value) {
    if (value.isPresent()) {
      date(name, value.get());
    }
  }

  /** Writes an integer field. */
  public void number(String name, long value) {
    generator.writeNumberProperty(name, value);
  }

  /** Writes a boolean field. */
  public void bool(String name, boolean value) {
    generator.writeBooleanProperty(name, value);
  }

  /** Writes an enum field by its JSON value. */
  public void enumValue(String name, Enum<?> value) {
    generator.writeStringProperty(name, JsonEnums.toJson(value));
  }

  /**
   * Writes a collection field as an array, each element by {@code element};
   * an empty collection is written as [] or left out, as configured.
   *
   * @param <T> the element type
   * @param name the field name, not null
   * @param items the elements in the order to write, not null
   * @param element writes one element, not null
   */
  public <T> void array(String name, Collection<T> items, BiConsumer<T, JsonOut> element) {
    if (items.isEmpty() && !writeEmptyCollections) {
      return;
    }
    generator.writeArrayPropertyStart(name);
    for (T item : items) {
      element.accept(item, this);
    }
    generator.writeEndArray();
  }

  /**
   * Writes a collection field as an array only if it has elements, whatever
   * the configuration: for collections that format v1 gained later, so that a
   * registry without them gives the same bytes as before.
   *
   * @param <T> the element type
   * @param name the field name, not null
   * @param items the elements in the order to write, not null
   * @param element writes one element, not null
   */
  public <T> void arrayIfAny(String name, Collection<T> items, BiConsumer<T, JsonOut> element) {
    if (items.isEmpty()) {
      return;
    }
    generator.writeArrayPropertyStart(name);
    for (T item : items) {
      element.accept(item, this);
    }
    generator.writeEndArray();
  }

  /** Writes a collection of ids as an array only if it has elements, as {@link #arrayIfAny}. */
  public void idsIfAny(String name, Collection<? extends Id> items) {
    arrayIfAny(name, items, (item, out) -> out.generator.writeString(item.value()));
  }

  /** Writes a collection of strings as an array. */
  public void strings(String name, Collection<String> items) {
    array(name, items, (item, out) -> out.generator.writeString(item));
  }

  /** Writes a collection of ids as an array. */
  public void ids(String name, Collection<? extends Id> items) {
    array(name, items, (item, out) -> out.generator.writeString(item.value()));
  }

  /** Writes a collection of enum constants as an array of their JSON values. */
  public void enums(String name, Collection<? extends Enum<?>> items) {
    array(name, items, (item, out) -> out.generator.writeString(JsonEnums.toJson(item)));
  }

  /** Writes a string value, such as an array element or a whole scalar. */
  public void stringValue(String value) {
    generator.writeString(value);
  }

  /** Writes an integer value. */
  public void numberValue(long value) {
    generator.writeNumber(value);
  }
}
