package io.github.sapha.council;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A council's registration (การจดแจ้งการจัดตั้ง) with CODI: the number and the date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the registration number, not null
 * @param date the date of registration, not null
 */
public record Registration(RegistrationNumber number, LocalDate date) {

  /**
   * Creates a registration, refusing nulls.
   *
   * @param date the date of registration, not null
   * @param number the registration number, not null
   */
  public Registration {
    requireNonNull(number, "number");
    requireNonNull(date, "date");
  }

  /**
   * Obtains a registration.
   *
   * @param number the registration number, not blank
   * @param date the date of registration, not null
   * @return the registration, not null
   */
  public static Registration of(String number, LocalDate date) {
    return new Registration(RegistrationNumber.of(number), date);
  }
}
