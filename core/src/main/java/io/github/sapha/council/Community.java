package io.github.sapha.council;

import io.github.sapha.internal.Checks;
import io.github.sapha.internal.MissingFields;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A community or community organisation (ชุมชน / องค์กรชุมชน) registered (จดแจ้ง)
 * with a council: a village community, or an issue group such as a savings
 * group.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Community {
  /** The highest village number (หมู่ที่) accepted. */
  public static final int MAX_VILLAGE_NUMBER = 99;

  Community() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, unique among the communities of its council} */
  public abstract CommunityId id();

  /** {@return the Thai name} */
  public abstract String nameTh();

  /** {@return the English name, if any} */
  public abstract Optional<String> nameEn();

  /** {@return the kind} */
  public abstract CommunityKind kind();

  /** {@return the village number (หมู่ที่) when the community is village-based} */
  public abstract OptionalInt village();

  /** {@return the date the community registered with the council, if known} */
  public abstract Optional<LocalDate> registered();

  @Value.Check
  final void check() {
    String owner = "community " + id();
    Checks.text(owner, "nameTh", nameTh());
    nameEn().ifPresent(name -> Checks.text(owner, "nameEn", name));
    if (village().isPresent()
        && (village().getAsInt() < 1 || village().getAsInt() > MAX_VILLAGE_NUMBER)) {
      throw new IllegalArgumentException(
          owner + ": village " + village().getAsInt() + " must be from 1 to " + MAX_VILLAGE_NUMBER);
    }
  }

  /** Gets a short form such as "Community[c-1 village community, moo 3]". */
  @Override
  public String toString() {
    return "Community[" + id() + " " + kind().english()
        + (village().isPresent() ? ", moo " + village().getAsInt() : "") + "]";
  }

  /**
   * Builds a {@link Community}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableCommunity.Builder {
    Builder() {}

    /**
     * Builds the community.
     *
     * @return the community, not null
     * @throws IllegalStateException if a required field (id, nameTh and kind) is not set;
     *     the message names the community and the fields
     * @throws IllegalArgumentException if the community is refused, as above
     */
    @Override
    public Community build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.describe("community", this, "id");
      }
    }
  }
}
