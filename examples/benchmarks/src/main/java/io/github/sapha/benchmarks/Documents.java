package io.github.sapha.benchmarks;

import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.registry.FieldNames;
import io.github.sapha.testing.SyntheticRegistry;
import io.github.sapha.testing.SyntheticRegistry.Scale;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents measured, compact UTF-8 as {@link SaphaJson} writes them, by
 * scale: {@code district}, {@code province} and {@code national} are the
 * synthetic registries of seed 7; {@code twice-national} is the national
 * document of seed 7 followed, in each of its arrays, by the national
 * document of seed 8 with every id prefixed by {@code "b-"}, so that it reads
 * as one registry twice the size, with no id repeated and every reference
 * resolved.
 *
 * <p>The twice-national document is sound JSON of format v1 but not a valid
 * registry: every sub-district has two active councils, which the validator
 * reports (council.duplicate-area).
 */
public final class Documents {
  /** The scales, as JMH parameters. */
  public static final String DISTRICT = "district";
  /** One province. */
  public static final String PROVINCE = "province";
  /** Every sub-district of Thailand. */
  public static final String NATIONAL = "national";
  /** Two national registries in one document. */
  public static final String TWICE_NATIONAL = "twice-national";

  /**
   * The fields of format v1 whose string values (or array elements) are ids:
   * an object's own id and every reference. An enum value can equal an id
   * (the organization {@code "codi"} is of kind {@code "codi"}), so only
   * these are renamed.
   */
  private static final Set<String> ID_FIELDS =
      Set.of(
          FieldNames.ID, FieldNames.PERSON, FieldNames.COMMUNITY, FieldNames.HOLDER, FieldNames.LOCAL_GOVERNMENT,
          FieldNames.COUNCILS, FieldNames.NETWORKS, FieldNames.PARENT, FieldNames.BODY, FieldNames.ORGANISERS,
          FieldNames.CAPACITY, FieldNames.OWNER, FieldNames.ALIGNS_WITH, FieldNames.DESIGNATIONS);

  private static final Map<String, byte[]> MADE = new ConcurrentHashMap<>();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private Documents() {}

  /**
   * Gets the document of a scale, made once per JVM.
   *
   * @param scale district, province, national or twice-national
   * @return the document, compact UTF-8; shared, do not modify
   */
  public static byte[] of(String scale) {
    return MADE.computeIfAbsent(scale, Documents::make);
  }

  private static byte[] make(String scale) {
    if (TWICE_NATIONAL.equals(scale)) {
      return twice(of(NATIONAL), generate(8, Scale.NATIONAL));
    }
    return generate(7, Scale.parse(scale));
  }

  private static byte[] generate(long seed, Scale scale) {
    return SaphaJson.defaults().writeBytes(SyntheticRegistry.generate(seed, scale));
  }

  /**
   * Appends to each top-level array of the first document the elements of the
   * second document's array of the same name, with every id of the second
   * prefixed by {@code "b-"}: the value of every {@code "id"} field, and the
   * same text wherever it is a reference. The ids of the two documents must
   * differ once prefixed, as they do when none of the first starts with
   * {@code "b-"}; schemaVersion and asOf are the first document's.
   *
   * @param first a registry document
   * @param second another registry document
   * @return one registry document holding both
   */
  static byte[] twice(byte[] first, byte[] second) {
    String prefix = "b-";
    Set<String> ids = new HashSet<>();
    try (JsonParser parser = PLAIN.createParser(second)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME && parser.currentName().equals("id")
            && parser.nextToken() == JsonToken.VALUE_STRING) {
          ids.add(parser.getString());
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(first.length + second.length + 1024);
    Set<String> arrays = new LinkedHashSet<>(topLevelArrays(second));
    try (JsonParser parser = PLAIN.createParser(first);
        JsonGenerator generator = PLAIN.createGenerator(out)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      generator.writeStartObject();
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        generator.writeName(name);
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          generator.copyCurrentStructure(parser); // schemaVersion and asOf: the first document's
          continue;
        }
        generator.writeStartArray();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          generator.copyCurrentStructure(parser);
        }
        if (arrays.remove(name)) {
          copyElements(second, name, ids, prefix, generator);
        }
        generator.writeEndArray();
      }
      for (String name : arrays) {
        generator.writeName(name);
        generator.writeStartArray();
        copyElements(second, name, ids, prefix, generator);
        generator.writeEndArray();
      }
      generator.writeEndObject();
    }
    return out.toByteArray();
  }

  private static Set<String> topLevelArrays(byte[] document) {
    Set<String> names = new LinkedHashSet<>();
    try (JsonParser parser = PLAIN.createParser(document)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        if (parser.nextToken() == JsonToken.START_ARRAY) {
          names.add(name);
        }
        parser.skipChildren();
      }
    }
    return names;
  }

  /** Copies the elements of a top-level array, prefixing ids. */
  private static void copyElements(byte[] document, String array, Set<String> ids, String prefix, JsonGenerator out) {
    try (JsonParser parser = PLAIN.createParser(document)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        boolean wanted = parser.currentName().equals(array);
        if (parser.nextToken() == JsonToken.START_ARRAY && wanted) {
          int depth = 0;
          for (JsonToken token = parser.nextToken(); depth > 0 || token != JsonToken.END_ARRAY;
              token = parser.nextToken()) {
            if (token.isStructStart()) {
              depth++;
            } else if (token.isStructEnd()) {
              depth--;
            }
            if (token == JsonToken.VALUE_STRING && ID_FIELDS.contains(field(parser))
                && ids.contains(parser.getString())) {
              out.writeString(prefix + parser.getString());
            } else {
              out.copyCurrentEvent(parser);
            }
          }
          return;
        }
        parser.skipChildren();
      }
    }
    throw new IllegalStateException("no array " + array);
  }

  /** Gets the name of the field holding the current value, or holding the array it is in. */
  private static String field(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    return context.inArray() ? context.getParent().currentName() : context.currentName();
  }

  private static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new IllegalStateException("expected " + expected + ", found " + actual);
    }
  }
}
