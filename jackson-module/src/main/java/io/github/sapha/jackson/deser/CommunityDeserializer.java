package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.ID;
import static io.github.sapha.jackson.internal.Fields.KIND;
import static io.github.sapha.jackson.internal.Fields.NAME_EN;
import static io.github.sapha.jackson.internal.Fields.NAME_TH;
import static io.github.sapha.jackson.internal.Fields.REGISTERED;
import static io.github.sapha.jackson.internal.Fields.VILLAGE;

import io.github.sapha.council.Community;
import io.github.sapha.council.CommunityKind;

/**
 * Reads a {@link Community}: {@code id}, {@code nameTh}, optional {@code
 * nameEn}, {@code kind}, optional {@code village} and {@code registered}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class CommunityDeserializer extends SaphaDeserializer<Community> {
  static final Shape SHAPE =
      Shape.of("a community", ID, NAME_TH, NAME_EN, KIND, VILLAGE, REGISTERED).required(ID, NAME_TH, KIND);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public CommunityDeserializer(ReadOptions options) {
    super(Community.class, SHAPE.what(), options, false);
  }

  @Override
  protected Community readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a community at the current token.
   *
   * @param in the reading position, not null
   * @return the community, not null
   */
  public static Community read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    Community.Builder community = Community.builder();
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ID -> community.id(Scalars.communityId(in));
        case NAME_TH -> community.nameTh(Scalars.text(in));
        case NAME_EN -> community.nameEn(Scalars.text(in));
        case KIND -> community.kind(Scalars.enumValue(in, CommunityKind.class));
        case VILLAGE -> community.village(Scalars.integer(in));
        case REGISTERED -> community.registered(Scalars.date(in));
        default -> throw new AssertionError(field);
      }
    }
    return object.build(community::build);
  }
}
