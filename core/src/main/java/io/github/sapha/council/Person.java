package io.github.sapha.council;

import io.github.sapha.internal.MissingFields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who sits on a council or takes part in a meeting: a stable id within
 * the document, a Thai name, and optionally an English name, a phone number
 * and a citizen id.
 *
 * <p>Personal data (PDPA): {@link #toString()} shows the id only, and no
 * exception message of the library shows a name, phone number or citizen id.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Person {

  Person() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, unique among the people of a registry} */
  public abstract PersonId id();

  /** {@return the Thai name} */
  public abstract PersonName name();

  /** {@return the name in Latin letters, if known} */
  public abstract Optional<PersonName> nameEn();

  /** {@return the phone number, if known} */
  public abstract Optional<PhoneNumber> phone();

  /** {@return the citizen id, if known} */
  public abstract Optional<CitizenId> citizenId();

  /** Gets "Person[id]": everything else is personal data. */
  @Override
  public String toString() {
    return "Person[" + id() + "]";
  }

  /**
   * Builds a {@link Person}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}

    /**
     * Builds the person.
     *
     * @return the person, not null
     * @throws IllegalStateException if a required field (id and name) is not set;
     *     the message names the person by id only and the fields
     * @throws IllegalArgumentException if the person is refused, as above
     */
    @Override
    public Person build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.describe("person", this, "id");
      }
    }
  }
}
