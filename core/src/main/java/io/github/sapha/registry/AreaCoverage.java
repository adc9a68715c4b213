package io.github.sapha.registry;

import com.google.common.collect.ImmutableList;
import io.github.sapha.geography.SubdistrictCode;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

/**
 * How much of an area has an active council on a date, counted in
 * sub-districts (ตำบล): a district's {@link Coverage}, a province's
 * {@link ProvinceCoverage}, the country's {@link CountryCoverage}, or a
 * designation's {@link DesignationCoverage}. Every count derives from the
 * area's sub-districts and those covered, so all four answer alike.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface AreaCoverage {

  /** {@return the date the coverage is measured on} */
  LocalDate date();

  /** {@return the area's sub-districts as the gazetteer lists them, ordered by code} */
  List<SubdistrictCode> subdistricts();

  /** {@return the area's sub-districts covered by at least one active council} */
  SortedSet<SubdistrictCode> covered();

  /** {@return the area's sub-districts with no active council, ordered by code} */
  default List<SubdistrictCode> uncovered() {
    SortedSet<SubdistrictCode> covered = covered();
    return subdistricts().stream().filter(s -> !covered.contains(s)).collect(ImmutableList.toImmutableList());
  }

  /** {@return the number of the area's sub-districts covered, not negative} */
  default int coveredCount() {
    return covered().size();
  }

  /** {@return the number of the area's sub-districts, not negative} */
  default int total() {
    return subdistricts().size();
  }

  /** {@return the covered share from 0 to 1; an area with no sub-districts is fully covered} */
  default double ratio() {
    return total() == 0 ? 1.0 : (double) coveredCount() / total();
  }

  /** {@return true if every sub-district of the area is covered (for a district: เต็มอำเภอ)} */
  default boolean isFull() {
    return coveredCount() == total();
  }
}
