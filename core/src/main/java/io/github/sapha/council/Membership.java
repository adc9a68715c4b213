package io.github.sapha.council;

import io.github.sapha.internal.MissingFields;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's seat on a council, as representative of a member community or as
 * qualified person (ผู้ทรงคุณวุฒิ), for a dated term.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Membership {

  Membership() {}

  /**
   * Obtains the seat of a community's representative.
   *
   * @param person the person's id, not null
   * @param community the id of the community represented, not null
   * @param term the term, not null
   * @return the membership, not null
   */
  public static Membership representative(PersonId person, CommunityId community, Term term) {
    return builder()
        .person(person)
        .kind(MemberKind.COMMUNITY_REPRESENTATIVE)
        .community(community)
        .term(term)
        .build();
  }

  /**
   * Obtains the seat of a qualified person.
   *
   * @param person the person's id, not null
   * @param term the term, not null
   * @return the membership, not null
   */
  public static Membership qualifiedPerson(PersonId person, Term term) {
    return builder().person(person).kind(MemberKind.QUALIFIED_PERSON).term(term).build();
  }

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the person who holds the seat} */
  public abstract PersonId person();

  /** {@return the basis of the seat} */
  public abstract MemberKind kind();

  /** {@return the id of the community represented; present exactly for community representatives} */
  public abstract Optional<CommunityId> community();

  /** {@return the term of the seat} */
  public abstract Term term();

  /**
   * Checks if the seat is held on a day.
   *
   * @param date the day, not null
   * @return true if the seat is held on a day
   */
  public boolean isActiveOn(LocalDate date) {
    return term().contains(date);
  }

  @Value.Check
  final void check() {
    boolean representative = kind() == MemberKind.COMMUNITY_REPRESENTATIVE;
    if (representative && community().isEmpty()) {
      throw new IllegalArgumentException(
          "membership of person " + person() + ": a community representative needs the community it represents");
    }
    if (!representative && community().isPresent()) {
      throw new IllegalArgumentException(
          "membership of person " + person() + ": a qualified person represents no community, but community "
              + community().get() + " is given");
    }
  }

  /** Gets a short form such as "Membership[p-1 community representative of c-1 2017-01-01/]". */
  @Override
  public String toString() {
    return "Membership[" + person() + " " + kind().english()
        + community().map(c -> " of " + c).orElse("") + " " + term() + "]";
  }

  /**
   * Builds a {@link Membership}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}

    /**
     * Builds the membership.
     *
     * @return the membership, not null
     * @throws IllegalStateException if a required field (person, kind and term) is not set;
     *     the message names the membership (by its person when set) and the fields
     * @throws IllegalArgumentException if the membership is refused, as above
     */
    @Override
    public Membership build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.describe(MissingFields.valueIn(this, "person").map(p -> "membership of person " + p).orElse("membership"));
      }
    }
  }
}
