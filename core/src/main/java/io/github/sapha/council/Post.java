package io.github.sapha.council;

import io.github.sapha.internal.Checks;
import io.github.sapha.internal.MissingFields;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A post held for a dated term, or vacant: the chair of a council, the
 * provincial network's chair, a municipality's deputy mayor.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Post {

  Post() {}

  /**
   * Obtains a post held by a person.
   *
   * @param role the role, not {@link PostRole#OTHER} (which needs a label: see {@link #other}), not null
   * @param holder the holder's person id, not null
   * @param term the term, not null
   * @return the post, not null
   */
  public static Post held(PostRole role, PersonId holder, Term term) {
    return builder().role(role).holder(holder).term(term).build();
  }

  /**
   * Obtains a post of role {@link PostRole#OTHER}, named by its label, held by a person.
   *
   * @param label the label naming the post, such as "ผู้ช่วยผู้อำนวยการภาค", not blank
   * @param holder the holder's person id, not null
   * @param term the term, not null
   * @return the post, not null
   * @throws IllegalArgumentException if the label is blank or padded
   */
  public static Post other(String label, PersonId holder, Term term) {
    return builder().role(PostRole.OTHER).label(label).holder(holder).term(term).build();
  }

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the role} */
  public abstract PostRole role();

  /** {@return the label that names the post, such as "deputy mayor"; required for {@link PostRole#OTHER}} */
  public abstract Optional<String> label();

  /** {@return the id of the person who holds the post, or empty while it is vacant} */
  public abstract Optional<PersonId> holder();

  /** {@return the term of the post} */
  public abstract Term term();

  /** {@return true if nobody holds the post} */
  public boolean isVacant() {
    return holder().isEmpty();
  }

  /**
   * Checks if the post's term includes a day.
   *
   * @param date the day, not null
   * @return true if the post's term includes a day
   */
  public boolean isActiveOn(LocalDate date) {
    return term().contains(date);
  }

  /** {@return the label if any, else the role's English name} */
  public String title() {
    return label().orElse(role().english());
  }

  @Value.Check
  final void check() {
    label().ifPresent(label -> Checks.text("post " + role().english(), "label", label));
    if (role() == PostRole.OTHER && label().isEmpty()) {
      throw new IllegalArgumentException("post: a post of role other needs a label naming it, as Post.other(label, holder, term) gives");
    }
  }

  /** Gets a short form such as "Post[chair p-1 2017-01-01/]". */
  @Override
  public String toString() {
    return "Post[" + title() + " " + holder().map(PersonId::toString).orElse("vacant") + " " + term() + "]";
  }

  /**
   * Builds a {@link Post}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutablePost.Builder {
    Builder() {}

    /**
     * Builds the post.
     *
     * @return the post, not null
     * @throws IllegalStateException if a required field (role and term) is not set;
     *     the message names the post (by its role when set) and the fields
     * @throws IllegalArgumentException if the post is refused, as above
     */
    @Override
    public Post build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.describe(MissingFields.valueIn(this, "role").map(r -> "post " + ((PostRole) r).english()).orElse("post"));
      }
    }
  }
}
