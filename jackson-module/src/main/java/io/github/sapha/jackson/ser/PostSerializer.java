package io.github.sapha.jackson.ser;

import static io.github.sapha.jackson.internal.Fields.*;

import io.github.sapha.council.Post;

/**
 * Writes a {@link Post}: {@code role}, {@code label}, {@code holder}, {@code term}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class PostSerializer extends SaphaSerializer<Post> {

  /**
   * Creates the serializer.
   *
   * @param writeEmptyCollections whether empty collections are written as [] rather than left out
   */
  public PostSerializer(boolean writeEmptyCollections) {
    super(Post.class, writeEmptyCollections);
  }

  @Override
  protected void writeValue(Post value, JsonOut out) {
    write(value, out);
  }

  /**
   * Writes a value as an object, fields in format order.
   *
   * @param value the value, not null
   * @param out the writing position, not null
   */
  public static void write(Post value, JsonOut out) {
    out.startObject();
    out.enumValue(ROLE, value.role());
    out.string(LABEL, value.label());
    out.optionalId(HOLDER, value.holder());
    out.name(TERM);
    TermSerializer.write(value.term(), out);
    out.endObject();
  }
}
