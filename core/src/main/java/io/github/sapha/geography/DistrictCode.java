package io.github.sapha.geography;

import java.util.Optional;

/**
 * The 4-digit DOPA code of a district (อำเภอ, or เขต in Bangkok), such as 5709
 * for Mae Sai; its first two digits are the province.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DistrictCode extends CodeValue implements AreaCode {
  private DistrictCode(String value) {
    super(value);
  }

  /**
   * Obtains a district code from its number.
   *
   * @param code the code, such as 5709
   * @return the code, not null
   * @throws AreaCodeFormatException if the number is not a 4-digit district code
   */
  public static DistrictCode of(int code) {
    return parse(Integer.toString(code));
  }

  /**
   * Obtains a district code from text such as "5709" or "๕๗๐๙".
   *
   * @param text four ASCII or Thai digits, not starting with 0 nor ending in 00, not null
   * @return the code, not null
   * @throws AreaCodeFormatException if the text is not such a code
   */
  public static DistrictCode parse(CharSequence text) {
    return new DistrictCode(Codes.checked(text, 4, "district code", "5709"));
  }

  @Override
  public AreaLevel level() {
    return AreaLevel.DISTRICT;
  }

  @Override
  public Optional<AreaCode> parent() {
    return Optional.of(province());
  }

  @Override
  public ProvinceCode province() {
    return ProvinceCode.parse(value().substring(0, 2));
  }
}
