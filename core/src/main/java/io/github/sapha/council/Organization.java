package io.github.sapha.council;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.LocalGovernment;
import io.github.sapha.internal.Checks;
import io.github.sapha.internal.MissingFields;
import io.github.sapha.internal.SaphaStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation around the councils: CODI and its regional offices, local
 * governments, government offices, with posts held by people (a deputy mayor,
 * a district community-development officer, an assistant regional director).
 *
 * <p>A local government carries its {@link LocalGovernment} (kind, name, area);
 * other kinds may name the area they serve.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SaphaStyle.WithoutFrom
public abstract non-sealed class Organization implements Body {

  Organization() {}

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

  /** {@return the kind} */
  public abstract OrganizationKind kind();

  /** Gets the Thai name, such as "เทศบาลตำบลแม่สายมิตรภาพ". */
  @Override
  public abstract String nameTh();

  @Override
  public abstract Optional<String> nameEn();

  /** {@return the id of the parent organisation, such as CODI for a regional office} */
  public abstract Optional<BodyId> parent();

  /** {@return the local government; present exactly when the kind is {@link OrganizationKind#LOCAL_GOVERNMENT}} */
  public abstract Optional<LocalGovernment> localGovernment();

  /** {@return the area the organisation serves, if it has one, such as district 5709 for a district office} */
  public abstract Optional<AreaCode> area();

  @Override
  public abstract ImmutableList<Post> posts();

  @Value.Check
  final void check() {
    String owner = "organization " + id();
    Checks.text(owner, "nameTh", nameTh());
    nameEn().ifPresent(name -> Checks.text(owner, "nameEn", name));
    boolean isLocalGovernment = kind() == OrganizationKind.LOCAL_GOVERNMENT;
    if (isLocalGovernment && localGovernment().isEmpty()) {
      throw new IllegalArgumentException(owner + ": kind local government needs its localGovernment");
    }
    if (!isLocalGovernment && localGovernment().isPresent()) {
      throw new IllegalArgumentException(
          owner + ": localGovernment is given, but only an organization of kind local government has one"
              + " (kind is " + kind().english() + ")");
    }
    if (parent().isPresent() && parent().get().equals(id())) {
      throw new IllegalArgumentException(owner + ": an organization cannot be its own parent");
    }
  }

  /** Gets a short form such as "Organization[codi-north CODI regional office]". */
  @Override
  public String toString() {
    return "Organization[" + id() + " " + kind().english() + "]";
  }

  /**
   * Builds an {@link Organization}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}

    /**
     * Copies an organisation's fields into this builder, to build a changed
     * copy: values replace those set, optional values only when present, and
     * list elements are added. Only an organisation is accepted: a council or
     * a network is another kind of body.
     *
     * @param organization the organisation, not null
     * @return this builder, not null
     */
    public Builder from(Organization organization) {
      requireNonNull(organization, "organization");
      id(organization.id());
      kind(organization.kind());
      nameTh(organization.nameTh());
      organization.nameEn().ifPresent(this::nameEn);
      organization.parent().ifPresent(this::parent);
      organization.localGovernment().ifPresent(this::localGovernment);
      organization.area().ifPresent(this::area);
      addAllPosts(organization.posts());
      return this;
    }

    /**
     * Builds the organization.
     *
     * @return the organization, not null
     * @throws IllegalStateException if a required field (id, kind and nameTh) is not set;
     *     the message names the organization and the fields
     * @throws IllegalArgumentException if the organization is refused, as above
     */
    @Override
    public Organization build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.describe("organization", this, "id");
      }
    }
  }
}
