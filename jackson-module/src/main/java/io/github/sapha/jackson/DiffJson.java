package io.github.sapha.jackson;

import static java.util.Objects.requireNonNull;

import io.github.sapha.diff.ChangeKind;
import io.github.sapha.diff.FieldChange;
import io.github.sapha.diff.ObjectChange;
import io.github.sapha.diff.RegistryCollection;
import io.github.sapha.diff.RegistryDiff;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link RegistryDiff} as JSON, diff format v1: {@code diffVersion}
 * (1), {@code equal}, {@code asOf} ({@code old} and {@code new}), {@code
 * summary} (for each collection the counts of {@code added}, {@code
 * removed}, {@code changed} and {@code moved}) and {@code changes}: each
 * object that differs with its {@code collection}, {@code id}, {@code kind},
 * {@code oldPath} and {@code newPath}, and for a changed object its {@code
 * fields}, each with its {@code kind}, paths, and {@code oldValue} and {@code
 * newValue} as format v1 writes them, or {@code "personal": true} and no
 * values for personal data. The format and its JSON Schema, {@code
 * sapha-diff-v1.schema.json} (in this jar beside the registry schema), are
 * described in docs/diff-format.md.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DiffJson {
  /** The version of the diff format this class writes. */
  public static final int DIFF_VERSION = 1;

  private static final DiffJson COMPACT = new DiffJson(false);
  private static final DiffJson PRETTY = new DiffJson(true);

  private final JsonMapper mapper = SaphaJson.defaults().mapper();
  private final ObjectWriter writer;
  private final boolean pretty;

  private DiffJson(boolean pretty) {
    this.pretty = pretty;
    this.writer = pretty ? mapper.writer().with(SaphaJson.prettyPrinter()) : mapper.writer();
  }

  /**
   * Gets the writer of compact JSON, one line.
   *
   * @return the writer, not null
   */
  public static DiffJson compact() {
    return COMPACT;
  }

  /**
   * Gets the writer of pretty JSON in the canonical layout of {@link SaphaJson}, ending with a line feed.
   *
   * @return the writer, not null
   */
  public static DiffJson pretty() {
    return PRETTY;
  }

  /**
   * Writes a diff to a string.
   *
   * @param diff the diff, not null
   * @return the JSON, not null
   */
  public String writeString(RegistryDiff diff) {
    return writer.writeValueAsString(tree(requireNonNull(diff, "diff"))) + (pretty ? "\n" : "");
  }

  /**
   * Writes a diff, UTF-8; the stream is not closed.
   *
   * @param diff the diff, not null
   * @param out where to write, not null
   */
  public void write(RegistryDiff diff, OutputStream out) {
    requireNonNull(out, "out");
    try {
      out.write(writeString(diff).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Gets a diff as a JSON tree.
   *
   * @param diff the diff, not null
   * @return the tree, not null
   */
  public JsonNode tree(RegistryDiff diff) {
    requireNonNull(diff, "diff");
    ObjectNode root = mapper.createObjectNode();
    root.put("diffVersion", DIFF_VERSION);
    root.put("equal", diff.isEmpty());
    ObjectNode asOf = root.putObject("asOf");
    asOf.put("old", diff.oldAsOf().toString());
    asOf.put("new", diff.newAsOf().toString());
    ObjectNode summary = root.putObject("summary");
    for (RegistryCollection collection : RegistryCollection.values()) {
      ObjectNode counts = summary.putObject(collection.field());
      for (ChangeKind kind : ChangeKind.values()) {
        counts.put(kind.label(), diff.count(collection, kind));
      }
    }
    ArrayNode changes = root.putArray("changes");
    for (ObjectChange change : diff.changes()) {
      ObjectNode node = changes.addObject();
      node.put("collection", change.collection().field());
      node.put("id", change.id().value());
      node.put("kind", change.kind().label());
      change.oldPath().ifPresent(p -> node.put("oldPath", p.toString()));
      change.newPath().ifPresent(p -> node.put("newPath", p.toString()));
      if (change.kind() == ChangeKind.CHANGED) {
        ArrayNode fields = node.putArray("fields");
        for (FieldChange field : change.fields()) {
          fields.add(field(field));
        }
      }
    }
    return root;
  }

  private ObjectNode field(FieldChange field) {
    ObjectNode node = mapper.createObjectNode();
    node.put("kind", field.kind().label());
    field.oldPath().ifPresent(p -> node.put("oldPath", p.toString()));
    field.newPath().ifPresent(p -> node.put("newPath", p.toString()));
    if (field.isPersonal()) {
      node.put("personal", true);
    } else {
      field.oldValue().ifPresent(v -> node.set("oldValue", value(v)));
      field.newValue().ifPresent(v -> node.set("newValue", value(v)));
    }
    return node;
  }

  private JsonNode value(Object value) {
    if (value instanceof LocalDate date) {
      return mapper.getNodeFactory().stringNode(date.toString());
    }
    return mapper.valueToTree(value);
  }
}
