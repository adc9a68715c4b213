package io.github.sapha.geography;

import java.util.Optional;

/**
 * The 6-digit DOPA code of a sub-district (ตำบล, or แขวง in Bangkok), such as
 * 570908 for Ban Dai; its first four digits are the district.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SubdistrictCode extends CodeValue implements AreaCode {
  private SubdistrictCode(String value) {
    super(value);
  }

  /**
   * Obtains a sub-district code from its number.
   *
   * @param code the code, such as 570908
   * @return the code, not null
   * @throws AreaCodeFormatException if the number is not a 6-digit sub-district code
   */
  public static SubdistrictCode of(int code) {
    return parse(Integer.toString(code));
  }

  /**
   * Obtains a sub-district code from text such as "570908" or "๕๗๐๙๐๘".
   *
   * @param text six ASCII or Thai digits, not starting with 0, with no 00 pair after the first two, not null
   * @return the code, not null
   * @throws AreaCodeFormatException if the text is not such a code
   */
  public static SubdistrictCode parse(CharSequence text) {
    return new SubdistrictCode(Codes.checked(text, 6, "sub-district code", "570908"));
  }

  @Override
  public AreaLevel level() {
    return AreaLevel.SUBDISTRICT;
  }

  @Override
  public Optional<AreaCode> parent() {
    return Optional.of(district());
  }

  /** {@return the code of the district that this sub-district lies in} */
  public DistrictCode district() {
    return DistrictCode.parse(value().substring(0, 4));
  }

  @Override
  public ProvinceCode province() {
    return ProvinceCode.parse(value().substring(0, 2));
  }
}
