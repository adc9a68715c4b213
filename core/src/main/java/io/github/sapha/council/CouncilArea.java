package io.github.sapha.council;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.SubdistrictCode;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The area of a council: one sub-district (ตำบล), or the area of one local
 * government, such as a sub-district municipality (เทศบาลตำบล), which lies in one
 * or more sub-districts. Three of Mae Sai's eight councils cover a
 * municipality's area.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CouncilArea {
  private final ImmutableSortedSet<SubdistrictCode> subdistricts;
  private final BodyId localGovernment;
  private final String name;

  private CouncilArea(ImmutableSortedSet<SubdistrictCode> subdistricts, BodyId localGovernment, String name) {
    this.subdistricts = subdistricts;
    this.localGovernment = localGovernment;
    this.name = name;
  }

  /**
   * Obtains the area of a sub-district council.
   *
   * @param subdistrict the sub-district, not null
   * @return the area, not null
   */
  public static CouncilArea subdistrict(SubdistrictCode subdistrict) {
    return new CouncilArea(ImmutableSortedSet.of(requireNonNull(subdistrict, "subdistrict")), null, null);
  }

  /**
   * Obtains the area of a local government, such as a municipality.
   *
   * @param localGovernment the id of the local government's {@link Organization}, not null
   * @param subdistricts the sub-districts its area lies in, at least one, not null
   * @return the area, not null
   * @throws IllegalArgumentException if no sub-district is given
   */
  public static CouncilArea localGovernment(BodyId localGovernment, Iterable<SubdistrictCode> subdistricts) {
    requireNonNull(localGovernment, "localGovernment");
    ImmutableSortedSet<SubdistrictCode> set = ImmutableSortedSet.copyOf(subdistricts);
    if (set.isEmpty()) {
      throw new IllegalArgumentException(
          "council area of local government " + localGovernment + ": subdistricts must not be empty");
    }
    return new CouncilArea(set, localGovernment, null);
  }

  /**
   * Obtains the area of a local government lying in the given sub-districts.
   *
   * @param localGovernment the id of the local government's {@link Organization}, not null
   * @param first a sub-district its area lies in, not null
   * @param more further sub-districts, not null
   * @return the area, not null
   */
  public static CouncilArea localGovernment(
      BodyId localGovernment, SubdistrictCode first, SubdistrictCode... more) {
    return localGovernment(
        localGovernment, ImmutableSortedSet.<SubdistrictCode>naturalOrder().add(first).add(more).build());
  }

  /**
   * Returns a copy with the place name as the source writes it, such as
   * "ห้วยไคร้" for the area of Huai Khrai's council. The validator compares it
   * with the gazetteer ({@code geo.name-mismatch}), so real-world typos such
   * as the seed's "หเวยไคร้" are kept and reported rather than refused.
   *
   * @param name the place name, not blank
   * @return the area with the name, not null
   * @throws IllegalArgumentException if the name is blank or padded
   */
  public CouncilArea withName(String name) {
    requireNonNull(name, "name");
    io.github.sapha.internal.Checks.text("council area " + this, "name", name);
    return new CouncilArea(subdistricts, localGovernment, name);
  }

  /** {@return the place name as the source writes it, if given} */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** {@return the sub-districts the area lies in, ordered by code; never empty} */
  public SortedSet<SubdistrictCode> subdistricts() {
    return subdistricts;
  }

  /** {@return the local government whose area this is, or empty for a sub-district council} */
  public Optional<BodyId> localGovernment() {
    return Optional.ofNullable(localGovernment);
  }

  /** {@return true if this is a local government's area rather than one sub-district} */
  public boolean isLocalGovernmentArea() {
    return localGovernment != null;
  }

  /**
   * Checks if the area lies (at least partly) inside an area, or in the sub-district itself.
   *
   * @param area the area of any level, not null
   * @return true if one of this area's sub-districts lies in it
   */
  public boolean liesIn(AreaCode area) {
    requireNonNull(area, "area");
    for (SubdistrictCode code : subdistricts) {
      if (area.contains(code)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CouncilArea
        && ((CouncilArea) other).subdistricts.equals(subdistricts)
        && java.util.Objects.equals(((CouncilArea) other).localGovernment, localGovernment)
        && java.util.Objects.equals(((CouncilArea) other).name, name);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(subdistricts, localGovernment, name);
  }

  /** Gets a short form such as "570908" or "lg-mae-sai[570901]". */
  @Override
  public String toString() {
    return localGovernment == null
        ? subdistricts.first().toString()
        : localGovernment + subdistricts.toString();
  }
}
