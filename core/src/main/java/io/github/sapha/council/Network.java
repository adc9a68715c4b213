package io.github.sapha.council;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.AreaLevel;
import io.github.sapha.internal.Checks;
import io.github.sapha.internal.MissingFields;
import io.github.sapha.internal.SaphaStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A network of councils: a district network (its district's councils), a
 * provincial network (its province's district networks), or the national
 * meeting; each with its posts, such as the provincial network's chair.
 *
 * <p>A district or provincial network may claim full coverage (เต็มอำเภอ: every
 * sub-district has an active council); the validator checks the claim.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SaphaStyle.WithoutFrom
public abstract non-sealed class Network implements Body {

  Network() {}

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

  /** {@return the level} */
  public abstract NetworkLevel level();

  /** Gets the Thai name, such as "เครือข่ายสภาองค์กรชุมชนอำเภอแม่สาย". */
  @Override
  public abstract String nameTh();

  @Override
  public abstract Optional<String> nameEn();

  /**
   * Gets the area: a district code for a district network, a province code for
   * a provincial network, empty for the national meeting.
   *
   * @return the area's code, or empty for the national meeting
   */
  public abstract Optional<AreaCode> area();

  /** {@return the ids of the member councils, in document order} */
  public abstract ImmutableList<BodyId> councils();

  /** {@return the ids of the member networks (the district networks of a provincial network), in document order} */
  public abstract ImmutableList<BodyId> networks();

  @Override
  public abstract ImmutableList<Post> posts();

  /** {@return true if the network claims that every sub-district of its area has an active council} */
  @Value.Default
  public boolean claimsFullCoverage() {
    return false;
  }

  @Value.Check
  final void check() {
    String owner = "network " + id();
    Checks.text(owner, "nameTh", nameTh());
    nameEn().ifPresent(name -> Checks.text(owner, "nameEn", name));
    AreaLevel needed;
    switch (level()) {
      case DISTRICT:
        needed = AreaLevel.DISTRICT;
        break;
      case PROVINCIAL:
        needed = AreaLevel.PROVINCE;
        break;
      default:
        needed = null; // the national meeting covers no one area
        break;
    }
    Checks.areaFitsLevel(owner, area(), needed, level().english());
    if (claimsFullCoverage() && level() == NetworkLevel.NATIONAL) {
      throw new IllegalArgumentException(owner + ": the national meeting has no area to cover");
    }
  }

  /** Gets a short form such as "Network[net-5709 district network 5709]". */
  @Override
  public String toString() {
    return "Network[" + id() + " " + level().english() + area().map(a -> " " + a).orElse("") + "]";
  }

  /**
   * Builds a {@link Network}; {@code build()} refuses an area that does not
   * fit the level, naming the field.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableNetwork.Builder {
    Builder() {}

    /**
     * Copies a network's fields into this builder, to build a changed copy:
     * values replace those set, optional values only when present, and list
     * elements are added. Only a network is accepted: a council or an
     * organisation is another kind of body.
     *
     * @param network the network, not null
     * @return this builder, not null
     */
    public Builder from(Network network) {
      requireNonNull(network, "network");
      id(network.id());
      level(network.level());
      nameTh(network.nameTh());
      network.nameEn().ifPresent(this::nameEn);
      network.area().ifPresent(this::area);
      addAllCouncils(network.councils());
      addAllNetworks(network.networks());
      addAllPosts(network.posts());
      claimsFullCoverage(network.claimsFullCoverage());
      return this;
    }

    /**
     * Builds the network.
     *
     * @return the network, not null
     * @throws IllegalStateException if a required field (id, level and nameTh) is not set;
     *     the message names the network and the fields
     * @throws IllegalArgumentException if the network is refused, as above
     */
    @Override
    public Network build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.describe("network", this, "id");
      }
    }
  }
}
