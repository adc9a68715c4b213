package io.github.sapha.registry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

/**
 * How much of a province has an active council on a date, counting every
 * sub-district the gazetteer lists in it, those of districts with no council
 * included: the coverage of each of its districts and their sums. A registry
 * with councils in 6 of Chiang Rai's 18 districts covering 28 sub-districts
 * covers 28 of the province's 124 (22.6 %), however full those six districts
 * are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProvinceCoverage implements AreaCoverage {
  private final ProvinceCode province;
  private final LocalDate date;
  private final ImmutableList<Coverage> districts;
  private final ImmutableList<SubdistrictCode> subdistricts;
  private final ImmutableSortedSet<SubdistrictCode> covered;

  ProvinceCoverage(ProvinceCode province, LocalDate date, ImmutableList<Coverage> districts) {
    this.province = province;
    this.date = date;
    this.districts = districts;
    this.subdistricts =
        districts.stream().flatMap(d -> d.subdistricts().stream()).collect(ImmutableList.toImmutableList());
    this.covered =
        districts.stream().flatMap(d -> d.covered().stream())
            .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /**
   * Gets the province.
   *
   * @return the province's code, not null
   */
  public ProvinceCode province() {
    return province;
  }

  /**
   * Gets the date the coverage is measured on.
   *
   * @return the date, not null
   */
  @Override
  public LocalDate date() {
    return date;
  }

  /**
   * Gets the coverage of every district of the province that the gazetteer
   * lists with sub-districts, with or without a council, ordered by code.
   *
   * @return the districts' coverage, not null
   */
  public List<Coverage> districts() {
    return districts;
  }

  /**
   * Gets the province's sub-districts as the gazetteer lists them, ordered by code.
   *
   * @return the sub-districts, not null
   */
  @Override
  public List<SubdistrictCode> subdistricts() {
    return subdistricts;
  }

  /**
   * Gets the province's sub-districts covered by at least one active council.
   *
   * @return the covered sub-districts, not null
   */
  @Override
  public SortedSet<SubdistrictCode> covered() {
    return covered;
  }

  /**
   * Gets the districts every sub-district of which is covered (เต็มอำเภอ), ordered by code.
   *
   * @return the full districts, not null
   */
  public List<DistrictCode> fullDistricts() {
    return districts.stream().filter(Coverage::isFull).map(Coverage::district)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks if the other object is the coverage of the same province on the same date with the same result.
   *
   * @param other the object to compare with, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ProvinceCoverage
        && ((ProvinceCoverage) other).province.equals(province)
        && ((ProvinceCoverage) other).date.equals(date)
        && ((ProvinceCoverage) other).districts.equals(districts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(province, date, districts);
  }

  /**
   * Gets a short form such as "57 on 2020-06-01: 28/124 (23%), 0 of 18 districts full".
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return province + " on " + date + ": " + coveredCount() + "/" + total()
        + " (" + Math.round(ratio() * 100) + "%), " + fullDistricts().size() + " of " + districts.size()
        + " districts full";
  }
}
