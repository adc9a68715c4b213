package io.github.sapha.geography;

import java.util.Optional;

/**
 * A DOPA geocode (รหัสเขตการปกครอง) of a province, district or sub-district.
 * Codes nest by prefix: 57 Chiang Rai &gt; 5709 Mae Sai &gt; 570908 Ban Dai.
 *
 * <p>A code is only well formed; whether it exists is for a {@link Gazetteer}
 * to say. Implementations are immutable and thread-safe.
 */
public sealed interface AreaCode extends Comparable<AreaCode>
    permits ProvinceCode, DistrictCode, SubdistrictCode {

  /**
   * Obtains a code of whichever level the number of digits says (2, 4 or 6).
   *
   * @param text the code in ASCII or Thai digits, such as "570908" or "๕๗๐๙๐๘", not null
   * @return the code, not null
   * @throws AreaCodeFormatException if the text is not 2, 4 or 6 digits forming a valid code
   */
  static AreaCode parse(CharSequence text) {
    String expected = "2, 4 or 6 digits (ASCII 0-9 or Thai ๐-๙), e.g. \"570908\"";
    String digits = Codes.digits(text, "area code", expected);
    switch (digits.length()) {
      case 2:
        return ProvinceCode.parse(digits);
      case 4:
        return DistrictCode.parse(digits);
      case 6:
        return SubdistrictCode.parse(digits);
      default:
        throw new AreaCodeFormatException("area code", text, expected);
    }
  }

  /** {@return the level of this code} */
  AreaLevel level();

  /** {@return the code as ASCII digits, such as "570908"} */
  String value();

  /** {@return the code of the enclosing area, empty for a province} */
  Optional<AreaCode> parent();

  /** {@return the province that this code lies in (itself for a province code)} */
  ProvinceCode province();

  /**
   * Checks if the area of this code contains the other area, or is it.
   *
   * @param other the other code, not null
   * @return true if {@code other} equals this code or lies inside it
   */
  default boolean contains(AreaCode other) {
    return other.value().startsWith(value());
  }

  /** Orders codes by their digits, so that a parent sorts before its children. */
  @Override
  default int compareTo(AreaCode other) {
    return value().compareTo(other.value());
  }
}
