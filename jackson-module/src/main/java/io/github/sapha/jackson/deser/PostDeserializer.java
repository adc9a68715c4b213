package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.HOLDER;
import static io.github.sapha.jackson.internal.Fields.LABEL;
import static io.github.sapha.jackson.internal.Fields.ROLE;
import static io.github.sapha.jackson.internal.Fields.TERM;

import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;

/**
 * Reads a {@link Post}: {@code role}, optional {@code label} and {@code
 * holder}, and {@code term}. The holder is a person reference: broken input
 * may put a name or phone number there, so what it holds is never quoted.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class PostDeserializer extends SaphaDeserializer<Post> {
  static final Shape SHAPE = Shape.of("a post", ROLE, LABEL, HOLDER, TERM).required(ROLE, TERM).personal(HOLDER);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public PostDeserializer(ReadOptions options) {
    super(Post.class, SHAPE.what(), options, false);
  }

  @Override
  protected Post readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a post at the current token.
   *
   * @param in the reading position, not null
   * @return the post, not null
   */
  public static Post read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    Post.Builder post = Post.builder();
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ROLE -> post.role(Scalars.enumValue(in, PostRole.class));
        case LABEL -> post.label(Scalars.text(in));
        case HOLDER -> post.holder(Scalars.personId(in));
        case TERM -> post.term(TermDeserializer.read(in));
        default -> throw new AssertionError(field);
      }
    }
    return object.build(post::build);
  }
}
