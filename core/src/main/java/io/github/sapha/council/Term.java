package io.github.sapha.council;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A dated term: from a start date to an optional end date, both inclusive. An
 * open term (no end) lasts until further notice.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Term {
  private final LocalDate start;
  private final LocalDate end;

  private Term(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Obtains an open term starting on a date.
   *
   * @param start the first day, not null
   * @return the term, not null
   */
  public static Term from(LocalDate start) {
    return new Term(requireNonNull(start, "start"), null);
  }

  /**
   * Obtains a closed term.
   *
   * @param start the first day, not null
   * @param end the last day, not before {@code start}, not null
   * @return the term, not null
   * @throws IllegalArgumentException if the end is before the start
   */
  public static Term of(LocalDate start, LocalDate end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("Term end " + end + " is before its start " + start);
    }
    return new Term(start, end);
  }

  /**
   * Obtains a term from its text form, the inverse of {@link #toString()}:
   * "2017-05-18/2019-05-17", or for an open term "2017-05-18/" or, as ISO
   * 8601-2 writes an open end, "2017-05-18/..".
   *
   * @param text the term, not null
   * @return the term, not null
   * @throws IllegalArgumentException if the text is not of that form or the end is before the start
   */
  public static Term parse(CharSequence text) {
    String s = text.toString();
    int slash = s.indexOf('/');
    try {
      if (slash < 0) {
        throw new java.time.format.DateTimeParseException("no '/'", s, 0);
      }
      LocalDate start = LocalDate.parse(s.substring(0, slash));
      String end = s.substring(slash + 1);
      return end.isEmpty() || end.equals("..") ? from(start) : of(start, LocalDate.parse(end));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Invalid term \"" + s + "\": expected START/END, or START/ or START/.. for an open term, with ISO dates,"
              + " e.g. \"2017-05-18/2019-05-17\" or \"2017-05-18/..\"", e);
    }
  }

  /** {@return the first day} */
  public LocalDate start() {
    return start;
  }

  /** {@return the last day, or empty for an open term} */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /** {@return true if the term has no end} */
  public boolean isOpen() {
    return end == null;
  }

  /**
   * Checks if the term includes a day.
   *
   * @param date the day, not null
   * @return true if {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(start) && (end == null || !date.isAfter(end));
  }

  /**
   * Checks if two terms share at least one day.
   *
   * @param other the other term, not null
   * @return true if some day lies in both
   */
  public boolean overlaps(Term other) {
    requireNonNull(other, "other");
    return (end == null || !other.start.isAfter(end))
        && (other.end == null || !start.isAfter(other.end));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Term
        && ((Term) other).start.equals(start)
        && java.util.Objects.equals(((Term) other).end, end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + java.util.Objects.hashCode(end);
  }

  /** Gets the term as "2017-05-18/2019-05-17", or "2017-05-18/" when open. */
  @Override
  public String toString() {
    return start + "/" + (end == null ? "" : end.toString());
  }
}
