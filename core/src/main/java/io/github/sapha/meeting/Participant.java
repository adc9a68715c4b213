package io.github.sapha.meeting;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.PersonId;
import io.github.sapha.internal.Checks;
import io.github.sapha.internal.MissingFields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's part in a meeting: who (by id), what they did, and in what
 * capacity (the body they came for, such as the municipality whose deputy mayor
 * welcomed the forum).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Participant {

  Participant() {}

  /**
   * Obtains a participant.
   *
   * @param person the person's id, not null
   * @param role what they did, not null
   * @return the participant, not null
   */
  public static Participant of(PersonId person, ParticipantRole role) {
    return builder().person(person).role(role).build();
  }

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the person's id} */
  public abstract PersonId person();

  /** {@return what the person did} */
  public abstract ParticipantRole role();

  /** {@return the id of the body (council, network or organisation) the person came for, if given} */
  public abstract Optional<BodyId> capacity();

  /** {@return a note on the part taken, such as the subject of a speech; required for role other} */
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    String owner = "participant " + person();
    // A note is free text that may name people, so a fault in it never shows the text.
    note().ifPresent(note -> Checks.personalText(owner, "note", note));
    if (role() == ParticipantRole.OTHER && note().isEmpty()) {
      throw new IllegalArgumentException(owner + ": role other needs a note saying what the part was");
    }
  }

  /** Gets a short form such as "Participant[p-1 welcomed for lg-1]". */
  @Override
  public String toString() {
    return "Participant[" + person() + " " + role().english() + capacity().map(c -> " for " + c).orElse("") + "]";
  }

  /**
   * Builds a {@link Participant}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}

    /**
     * Builds the participant.
     *
     * @return the participant, not null
     * @throws IllegalStateException if a required field (person and role) is not set;
     *     the message names the participant (by person id when set) and the fields
     * @throws IllegalArgumentException if the participant is refused, as above
     */
    @Override
    public Participant build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.describe("participant", this, "person");
      }
    }
  }
}
