package io.github.sapha.registry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.SubdistrictCode;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

/**
 * How much of a district has an active council on a date: the district's
 * sub-districts, those covered by at least one active council, and whether
 * coverage is full (เต็มอำเภอ). Mae Sai on 18 May 2017: 8 of 8, full.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Coverage implements AreaCoverage {
  private final DistrictCode district;
  private final LocalDate date;
  private final ImmutableList<SubdistrictCode> subdistricts;
  private final ImmutableSortedSet<SubdistrictCode> covered;

  Coverage(
      DistrictCode district,
      LocalDate date,
      ImmutableList<SubdistrictCode> subdistricts,
      ImmutableSortedSet<SubdistrictCode> covered) {
    this.district = district;
    this.date = date;
    this.subdistricts = subdistricts;
    this.covered = covered;
  }

  /** {@return the district} */
  public DistrictCode district() {
    return district;
  }

  /** {@return the date the coverage is measured on} */
  @Override
  public LocalDate date() {
    return date;
  }

  /** {@return the district's sub-districts as the gazetteer lists them} */
  @Override
  public List<SubdistrictCode> subdistricts() {
    return subdistricts;
  }

  /** {@return the sub-districts covered by at least one active council} */
  @Override
  public SortedSet<SubdistrictCode> covered() {
    return covered;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Coverage
        && ((Coverage) other).district.equals(district)
        && ((Coverage) other).date.equals(date)
        && ((Coverage) other).subdistricts.equals(subdistricts)
        && ((Coverage) other).covered.equals(covered);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(district, date, subdistricts, covered);
  }

  /** Gets a short form such as "5709 on 2017-05-18: 8/8 (100%), full". */
  @Override
  public String toString() {
    return district + " on " + date + ": " + coveredCount() + "/" + total()
        + " (" + Math.round(ratio() * 100) + "%)" + (isFull() ? ", full" : "");
  }
}
