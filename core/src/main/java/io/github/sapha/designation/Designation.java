package io.github.sapha.designation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.sapha.council.DesignationId;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.internal.Checks;
import io.github.sapha.internal.MissingFields;
import io.github.sapha.meeting.SourceLink;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A designation: a named set of areas with a kind, a period and a source,
 * such as the Chiang Rai special economic zone (the districts Mae Sai, Chiang
 * Saen and Chiang Khong), a pilot or integration programme, or a disaster
 * area.
 *
 * <p>It covers districts or sub-districts (a district covers all of its
 * sub-districts), from {@link #validFrom()} and, if it ends, to {@link
 * #validTo()} inclusive. Its {@link #sources()} say where it comes from and
 * {@link #certainty()} how sure they are; a {@link #note()} may say more,
 * such as "from news reports, not the official announcement".
 *
 * <p>The builder refuses a designation without areas, with a province code
 * among its areas, or ending before it starts. Whether its codes exist is the
 * validator's ({@code geo.unknown-code}, {@code geo.retired-code}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Designation {

  Designation() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the id, unique among the designations of a registry.
   *
   * @return the id, not null
   */
  public abstract DesignationId id();

  /**
   * Gets the Thai name, such as "เขตพัฒนาเศรษฐกิจพิเศษเชียงราย".
   *
   * @return the name, not null
   */
  public abstract String nameTh();

  /**
   * Gets the English name, if any.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> nameEn();

  /**
   * Gets the kind.
   *
   * @return the kind, not null
   */
  public abstract DesignationKind kind();

  /**
   * Gets the districts and sub-districts covered, ordered by code; never empty.
   *
   * @return the codes, not null
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<AreaCode> areas();

  /**
   * Gets the first day in force.
   *
   * @return the day, not null
   */
  public abstract LocalDate validFrom();

  /**
   * Gets the last day in force, if the designation ends.
   *
   * @return the day, or empty while it is open
   */
  public abstract Optional<LocalDate> validTo();

  /**
   * Gets where the designation comes from, in order.
   *
   * @return the sources, not null
   */
  public abstract ImmutableList<SourceLink> sources();

  /**
   * Gets how sure the sources are of the areas and dates; unverified unless set.
   *
   * @return the certainty, not null
   */
  @Value.Default
  public SourceCertainty certainty() {
    return SourceCertainty.UNVERIFIED;
  }

  /**
   * Gets a note on the sources or the areas, if any.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Checks if the designation is in force on a day: on or after {@link
   * #validFrom()} and, if it ends, on or before {@link #validTo()}.
   *
   * @param date the day, not null
   * @return true if in force
   */
  public boolean isInForceOn(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(validFrom()) && (validTo().isEmpty() || !date.isAfter(validTo().get()));
  }

  /**
   * Checks if the designation covers the whole of an area: the area is one of
   * its codes or lies inside one, as sub-district 570908 lies inside district 5709.
   *
   * @param area a province, district or sub-district code, not null
   * @return true if covered
   */
  public boolean covers(AreaCode area) {
    requireNonNull(area, "area");
    for (AreaCode code : areas()) {
      if (code.contains(area)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks if the designation covers an area wholly or in part: it covers the
   * area, or one of its codes lies inside it, as district 5709 lies inside
   * province 57.
   *
   * @param area a province, district or sub-district code, not null
   * @return true if the designation and the area overlap
   */
  public boolean overlaps(AreaCode area) {
    requireNonNull(area, "area");
    for (AreaCode code : areas()) {
      if (code.contains(area) || area.contains(code)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  final void check() {
    String owner = "designation " + id();
    Checks.text(owner, "nameTh", nameTh());
    nameEn().ifPresent(name -> Checks.text(owner, "nameEn", name));
    note().ifPresent(note -> Checks.text(owner, "note", note));
    if (areas().isEmpty()) {
      throw new IllegalArgumentException(owner + ": areas must not be empty");
    }
    for (AreaCode code : areas()) {
      if (code instanceof ProvinceCode) {
        throw new IllegalArgumentException(
            owner + ": area " + code + " is a province code; a designation covers districts or sub-districts");
      }
    }
    if (validTo().isPresent() && validTo().get().isBefore(validFrom())) {
      throw new IllegalArgumentException(
          owner + ": validTo " + validTo().get() + " is before validFrom " + validFrom());
    }
  }

  /**
   * Gets a short form such as "Designation[sez-chiang-rai special economic zone [5703, 5708, 5709] from 2015-..]".
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Designation[" + id() + " " + kind().english() + " " + areas() + " " + validFrom() + "/"
        + validTo().map(LocalDate::toString).orElse("..") + "]";
  }

  /**
   * Builds a {@link Designation}; {@code build()} refuses a blank name, no
   * areas, a province code, or an end before the start, naming the field.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableDesignation.Builder {
    Builder() {}

    /**
     * Builds the designation.
     *
     * @return the designation, not null
     * @throws IllegalStateException if a required field (id, nameTh, kind and validFrom) is not set;
     *     the message names the designation and the fields
     * @throws IllegalArgumentException if the designation is refused, as above
     */
    @Override
    public Designation build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.describe("designation", this, "id");
      }
    }
  }
}
