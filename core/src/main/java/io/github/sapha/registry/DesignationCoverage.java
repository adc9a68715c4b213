package io.github.sapha.registry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.sapha.council.Council;
import io.github.sapha.designation.Designation;
import io.github.sapha.geography.SubdistrictCode;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

/**
 * The councils inside a designation on a date: the designation's sub-districts
 * (from the gazetteer, a district counting as all of its sub-districts), the
 * councils active that day whose area lies in them, and the sub-districts those
 * councils cover. The Chiang Rai special economic zone on 18 May 2017: Mae
 * Sai's eight councils, 8 of its 39 sub-districts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DesignationCoverage implements AreaCoverage {
  private final Designation designation;
  private final LocalDate date;
  private final ImmutableList<SubdistrictCode> subdistricts;
  private final ImmutableSortedSet<SubdistrictCode> covered;
  private final ImmutableList<Council> councils;

  DesignationCoverage(
      Designation designation,
      LocalDate date,
      ImmutableList<SubdistrictCode> subdistricts,
      ImmutableSortedSet<SubdistrictCode> covered,
      ImmutableList<Council> councils) {
    this.designation = designation;
    this.date = date;
    this.subdistricts = subdistricts;
    this.covered = covered;
    this.councils = councils;
  }

  /**
   * Gets the designation.
   *
   * @return the designation, not null
   */
  public Designation designation() {
    return designation;
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
   * Gets the designation's sub-districts as the gazetteer lists them, ordered by code.
   *
   * @return the sub-districts, not null
   */
  @Override
  public List<SubdistrictCode> subdistricts() {
    return subdistricts;
  }

  /**
   * Gets the designation's sub-districts covered by at least one active council.
   *
   * @return the covered sub-districts, not null
   */
  @Override
  public SortedSet<SubdistrictCode> covered() {
    return covered;
  }

  /**
   * Gets the councils active on the date whose area lies, at least partly, in the designation.
   *
   * @return the councils in document order, not null
   */
  public List<Council> councils() {
    return councils;
  }

  /**
   * Checks if the other object is the coverage of the same designation on the same date with the same result.
   *
   * @param other the object to compare with, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof DesignationCoverage
        && ((DesignationCoverage) other).designation.equals(designation)
        && ((DesignationCoverage) other).date.equals(date)
        && ((DesignationCoverage) other).subdistricts.equals(subdistricts)
        && ((DesignationCoverage) other).covered.equals(covered)
        && ((DesignationCoverage) other).councils.equals(councils);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(designation, date, subdistricts, covered, councils);
  }

  /**
   * Gets a short form such as "sez-chiang-rai on 2017-05-18: 8 councils, 8/39 sub-districts".
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return designation.id() + " on " + date + ": " + councils.size() + " councils, " + coveredCount() + "/" + total()
        + " sub-districts" + (isFull() ? ", full" : "");
  }
}
