package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.AREA;
import static io.github.sapha.jackson.internal.Fields.COMMUNITIES;
import static io.github.sapha.jackson.internal.Fields.DISSOLVED;
import static io.github.sapha.jackson.internal.Fields.ID;
import static io.github.sapha.jackson.internal.Fields.MEMBERS;
import static io.github.sapha.jackson.internal.Fields.NAME_EN;
import static io.github.sapha.jackson.internal.Fields.NAME_TH;
import static io.github.sapha.jackson.internal.Fields.POSTS;
import static io.github.sapha.jackson.internal.Fields.REGISTRATION;

import io.github.sapha.council.Council;

/**
 * Reads a {@link Council}: {@code id}, {@code nameTh}, optional {@code
 * nameEn}, {@code area}, optional {@code registration} and {@code
 * dissolved}, and the {@code communities}, {@code members} and {@code posts}
 * (each empty when left out).
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class CouncilDeserializer extends SaphaDeserializer<Council> {
  static final Shape SHAPE =
      Shape.of("a council", ID, NAME_TH, NAME_EN, AREA, REGISTRATION, DISSOLVED, COMMUNITIES, MEMBERS, POSTS)
          .required(ID, NAME_TH, AREA);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public CouncilDeserializer(ReadOptions options) {
    super(Council.class, SHAPE.what(), options, false);
  }

  @Override
  protected Council readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a council at the current token.
   *
   * @param in the reading position, not null
   * @return the council, not null
   */
  public static Council read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    Council.Builder council = Council.builder();
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ID -> council.id(Scalars.bodyId(in));
        case NAME_TH -> council.nameTh(Scalars.text(in));
        case NAME_EN -> council.nameEn(Scalars.text(in));
        case AREA -> council.area(CouncilAreaDeserializer.read(in));
        case REGISTRATION -> council.registration(RegistrationDeserializer.read(in));
        case DISSOLVED -> council.dissolved(Scalars.date(in));
        case COMMUNITIES -> in.array(() -> council.addCommunity(CommunityDeserializer.read(in)));
        case MEMBERS -> in.array(() -> council.addMember(MembershipDeserializer.read(in)));
        case POSTS -> in.array(() -> council.addPost(PostDeserializer.read(in)));
        default -> throw new AssertionError(field);
      }
    }
    return object.build(council::build);
  }
}
