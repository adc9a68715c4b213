package io.github.sapha.geography;

import static java.util.Objects.requireNonNull;

import io.github.sapha.internal.Checks;
import java.time.LocalDate;

/**
 * Which gazetteer this is: where its data comes from and the date of this
 * edition, so that a registry checked against it can say against what. The
 * bundled gazetteer has one (see {@link Gazetteer#thailand()}); give your own
 * with {@link Gazetteer.Builder#edition} or {@link Gazetteer#withEdition}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source where the data comes from, one line, not blank
 * @param date the date of the edition: the day its data was compiled, not null
 */
public record GazetteerEdition(String source, LocalDate date) {

  /**
   * Creates an edition, checking its parts.
   *
   * @param source where the data comes from, one line, not blank
   * @param date the date of the edition, not null
   * @throws IllegalArgumentException if the source is blank, padded or holds a line break
   */
  public GazetteerEdition {
    requireNonNull(source, "source");
    requireNonNull(date, "date");
    Checks.text("gazetteer edition", "source", source);
    if (source.indexOf('\n') >= 0 || source.indexOf('\r') >= 0 || source.indexOf('\t') >= 0) {
      throw new IllegalArgumentException("gazetteer edition: source must be one line without tabs");
    }
  }

  /** Gets a short form such as "2026-12-02 (DOPA geocodes ...)". */
  @Override
  public String toString() {
    return date + " (" + source + ")";
  }
}
