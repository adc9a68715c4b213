package io.github.sapha.registry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.SubdistrictCode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

/**
 * How much of the country has an active council on a date, counting every
 * sub-district of the gazetteer, those of provinces
 * and districts with no council included: the coverage of each province and
 * their sums.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountryCoverage implements AreaCoverage {
  private final LocalDate date;
  private final ImmutableList<ProvinceCoverage> provinces;
  private final ImmutableSortedSet<SubdistrictCode> covered;
  private final int total;

  CountryCoverage(LocalDate date, ImmutableList<ProvinceCoverage> provinces) {
    this.date = date;
    this.provinces = provinces;
    this.covered =
        provinces.stream().flatMap(p -> p.covered().stream())
            .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
    this.total = provinces.stream().mapToInt(ProvinceCoverage::total).sum();
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
   * Gets the coverage of every province that the gazetteer lists with
   * sub-districts, with or without a council, ordered by code.
   *
   * @return the provinces' coverage, not null
   */
  public List<ProvinceCoverage> provinces() {
    return provinces;
  }

  /**
   * Gets the coverage of every district of the country, ordered by code.
   *
   * @return the districts' coverage, not null
   */
  public List<Coverage> districts() {
    return provinces.stream().flatMap(p -> p.districts().stream()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the country's sub-districts as the gazetteer lists them, ordered by code.
   *
   * @return the sub-districts, not null
   */
  @Override
  public List<SubdistrictCode> subdistricts() {
    return provinces.stream().flatMap(p -> p.subdistricts().stream()).collect(ImmutableList.toImmutableList());
  }

  /** {@inheritDoc} Counted once, when the coverage is made. */
  @Override
  public int total() {
    return total;
  }

  /** {@inheritDoc} */
  @Override
  public List<SubdistrictCode> uncovered() {
    return provinces.stream().flatMap(p -> p.uncovered().stream()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the sub-districts covered by at least one active council.
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
    return provinces.stream().flatMap(p -> p.fullDistricts().stream()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks if the other object is the coverage of the country on the same date with the same result.
   *
   * @param other the object to compare with, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CountryCoverage
        && ((CountryCoverage) other).date.equals(date)
        && ((CountryCoverage) other).provinces.equals(provinces);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, provinces);
  }

  /**
   * Gets a short form such as "country on 2020-06-01: 28/7436 (0%), 0 of 928 districts full".
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "country on " + date + ": " + coveredCount() + "/" + total()
        + " (" + Math.round(ratio() * 100) + "%), " + fullDistricts().size() + " of "
        + provinces.stream().mapToInt(p -> p.districts().size()).sum() + " districts full";
  }
}
