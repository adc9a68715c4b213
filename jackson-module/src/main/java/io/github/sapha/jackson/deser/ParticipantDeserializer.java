package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.CAPACITY;
import static io.github.sapha.jackson.internal.Fields.NOTE;
import static io.github.sapha.jackson.internal.Fields.PERSON;
import static io.github.sapha.jackson.internal.Fields.ROLE;

import io.github.sapha.meeting.Participant;
import io.github.sapha.meeting.ParticipantRole;

/**
 * Reads a meeting {@link Participant}: {@code person}, {@code role}, optional
 * {@code capacity} and {@code note}. The person is a person reference:
 * broken input may put a name or phone number there, so what it holds is
 * never quoted.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class ParticipantDeserializer extends SaphaDeserializer<Participant> {
  static final Shape SHAPE =
      Shape.of("a participant", PERSON, ROLE, CAPACITY, NOTE).required(PERSON, ROLE).personal(PERSON);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public ParticipantDeserializer(ReadOptions options) {
    super(Participant.class, SHAPE.what(), options, false);
  }

  @Override
  protected Participant readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a participant at the current token.
   *
   * @param in the reading position, not null
   * @return the participant, not null
   */
  public static Participant read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    Participant.Builder participant = Participant.builder();
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case PERSON -> participant.person(Scalars.personId(in));
        case ROLE -> participant.role(Scalars.enumValue(in, ParticipantRole.class));
        case CAPACITY -> participant.capacity(Scalars.bodyId(in));
        case NOTE -> participant.note(Scalars.text(in));
        default -> throw new AssertionError(field);
      }
    }
    return object.build(participant::build);
  }
}
