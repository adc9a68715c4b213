package io.github.sapha.council;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.sapha.internal.Checks;
import io.github.sapha.internal.MissingFields;
import io.github.sapha.internal.SaphaStyle;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Optional;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A community organization council (สภาองค์กรชุมชนตำบล) under the Community
 * Organization Council Act B.E. 2551 (2008): its area, its registration with
 * CODI and dissolution if any, its member communities, its members and its
 * posts.
 *
 * <p>A council is active on a day when it was registered on or before that day
 * and not dissolved on or before it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SaphaStyle.WithoutFrom
public abstract non-sealed class Council implements Body {

  Council() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract BodyId id();

  /** Gets the Thai name, such as "สภาองค์กรชุมชนตำบลบ้านด้าย". */
  @Override
  public abstract String nameTh();

  @Override
  public abstract Optional<String> nameEn();

  /** {@return the area the council serves} */
  public abstract CouncilArea area();

  /** {@return the registration with CODI, if the council is registered} */
  public abstract Optional<Registration> registration();

  /** {@return the date the council was dissolved, if it was} */
  public abstract Optional<LocalDate> dissolved();

  /** {@return the member communities, in document order; ids are unique} */
  public abstract ImmutableList<Community> communities();

  /** {@return the memberships, past and present, in document order} */
  public abstract ImmutableList<Membership> members();

  @Override
  public abstract ImmutableList<Post> posts();

  /**
   * Checks if the council is active on a day: registered on or before it and
   * not dissolved on or before it.
   *
   * @param date the day, not null
   * @return true if active
   */
  public boolean isActiveOn(LocalDate date) {
    requireNonNull(date, "date");
    return registration().isPresent()
        && !date.isBefore(registration().get().date())
        && (dissolved().isEmpty() || date.isBefore(dissolved().get()));
  }

  /**
   * Gets a member community by id.
   *
   * @param id the community's id, not null
   * @return the community, or empty if the council has none with that id
   */
  public Optional<Community> community(CommunityId id) {
    requireNonNull(id, "id");
    // A loop, not a stream: validation asks this once per member of the country.
    for (Community community : communities()) {
      if (community.id().equals(id)) {
        return Optional.of(community);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  final void check() {
    String owner = "council " + id();
    Checks.text(owner, "nameTh", nameTh());
    nameEn().ifPresent(name -> Checks.text(owner, "nameEn", name));
    Map<CommunityId, Integer> seen = new HashMap<>();
    for (int i = 0; i < communities().size(); i++) {
      CommunityId community = communities().get(i).id();
      Integer first = seen.putIfAbsent(community, i);
      if (first != null) {
        throw new IllegalArgumentException(
            owner + ": duplicate community id " + community + " at /communities/" + i + ", first at /communities/"
                + first);
      }
    }
    if (dissolved().isPresent()) {
      if (registration().isEmpty()) {
        throw new IllegalArgumentException(
            owner + ": dissolved " + dissolved().get() + " but never registered");
      }
      if (dissolved().get().isBefore(registration().get().date())) {
        throw new IllegalArgumentException(
            owner + ": dissolved " + dissolved().get() + " before its registration "
                + registration().get().date());
      }
    }
  }

  /** Gets a short form such as "Council[council-570908 570908]". */
  @Override
  public String toString() {
    return "Council[" + id() + " " + area() + "]";
  }

  /**
   * Builds a {@link Council}; {@code build()} refuses a blank name, duplicate
   * community ids, or a dissolution before registration, naming the field.
   * Positions inside the council are JSON Pointers from the council, such as
   * {@code /communities/2}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableCouncil.Builder {
    Builder() {}

    /**
     * Copies a council's fields into this builder, to build a changed copy:
     * values replace those set, optional values only when present, and list
     * elements are added. Only a council is accepted: a network or an
     * organisation is another kind of body.
     *
     * @param council the council, not null
     * @return this builder, not null
     */
    public Builder from(Council council) {
      requireNonNull(council, "council");
      id(council.id());
      nameTh(council.nameTh());
      council.nameEn().ifPresent(this::nameEn);
      area(council.area());
      council.registration().ifPresent(this::registration);
      council.dissolved().ifPresent(this::dissolved);
      addAllCommunities(council.communities());
      addAllMembers(council.members());
      addAllPosts(council.posts());
      return this;
    }

    /**
     * Builds the council.
     *
     * @return the council, not null
     * @throws IllegalStateException if a required field (id, nameTh and area) is not set;
     *     the message names the council and the fields
     * @throws IllegalArgumentException if the council is refused, as above
     */
    @Override
    public Council build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.describe("council", this, "id");
      }
    }
  }
}
