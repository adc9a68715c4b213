package io.github.sapha.geography;

import java.util.Optional;

/**
 * The 2-digit DOPA code of a province (จังหวัด), such as 57 for Chiang Rai.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProvinceCode implements AreaCode {
  private final String value;

  private ProvinceCode(String value) {
    this.value = value;
  }

  /**
   * Obtains a province code from its number.
   *
   * @param code the code, from 10 to 99
   * @return the code, not null
   * @throws AreaCodeFormatException if the number is not two digits
   */
  public static ProvinceCode of(int code) {
    return parse(Integer.toString(code));
  }

  /**
   * Obtains a province code from text such as "57" or "๕๗".
   *
   * @param text two ASCII or Thai digits, not starting with 0, not null
   * @return the code, not null
   * @throws AreaCodeFormatException if the text is not such a code
   */
  public static ProvinceCode parse(CharSequence text) {
    return new ProvinceCode(Codes.checked(text, 2, "province code", "57"));
  }

  @Override
  public AreaLevel level() {
    return AreaLevel.PROVINCE;
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public Optional<AreaCode> parent() {
    return Optional.empty();
  }

  @Override
  public ProvinceCode province() {
    return this;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProvinceCode && ((ProvinceCode) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Gets the code as two ASCII digits; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return value;
  }
}
