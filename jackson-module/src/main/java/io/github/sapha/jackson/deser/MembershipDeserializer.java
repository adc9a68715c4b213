package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.COMMUNITY;
import static io.github.sapha.jackson.internal.Fields.KIND;
import static io.github.sapha.jackson.internal.Fields.PERSON;
import static io.github.sapha.jackson.internal.Fields.TERM;

import io.github.sapha.council.MemberKind;
import io.github.sapha.council.Membership;

/**
 * Reads a {@link Membership}: {@code person}, {@code kind}, {@code community}
 * (for community representatives) and {@code term}. The person is a person
 * reference: broken input may put a name or phone number there, so what it
 * holds is never quoted.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class MembershipDeserializer extends SaphaDeserializer<Membership> {
  static final Shape SHAPE =
      Shape.of("a membership", PERSON, KIND, COMMUNITY, TERM).required(PERSON, KIND, TERM).personal(PERSON);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public MembershipDeserializer(ReadOptions options) {
    super(Membership.class, SHAPE.what(), options, false);
  }

  @Override
  protected Membership readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a membership at the current token.
   *
   * @param in the reading position, not null
   * @return the membership, not null
   */
  public static Membership read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    Membership.Builder membership = Membership.builder();
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case PERSON -> membership.person(Scalars.personId(in));
        case KIND -> membership.kind(Scalars.enumValue(in, MemberKind.class));
        case COMMUNITY -> membership.community(Scalars.communityId(in));
        case TERM -> membership.term(TermDeserializer.read(in));
        default -> throw new AssertionError(field);
      }
    }
    return object.build(membership::build);
  }
}
