package io.github.sapha.geography;

import io.github.sapha.internal.Checks;
import com.google.common.base.CharMatcher;
import org.immutables.value.Value;

/**
 * A sub-district (ตำบล, or แขวง in Bangkok): code, names and postal code. The
 * district is the first four digits of the code.
 *
 * <p>This class is immutable and thread-safe.
 */
// The generated builder's from(Area) cannot copy the covariant code(); from(Subdistrict) does.
@SuppressWarnings("immutables:from")
@Value.Immutable
public abstract non-sealed class Subdistrict implements Area {

  Subdistrict() {}

  /**
   * Obtains a sub-district.
   *
   * @param code the code, not null
   * @param nameTh the Thai name, not blank
   * @param nameEn the English name, not blank
   * @param postalCode the 5-digit postal code (รหัสไปรษณีย์), such as "57130", not null
   * @return the sub-district, not null
   * @throws IllegalArgumentException if a name is blank or the postal code is not 5 ASCII digits
   */
  public static Subdistrict of(
      SubdistrictCode code, String nameTh, String nameEn, String postalCode) {
    return ImmutableSubdistrict.of(code, nameTh, nameEn, postalCode);
  }

  @Override
  @Value.Parameter
  public abstract SubdistrictCode code();

  @Override
  @Value.Parameter
  public abstract String nameTh();

  @Override
  @Value.Parameter
  public abstract String nameEn();

  /** {@return the 5-digit postal code, such as "57130"} */
  @Value.Parameter
  public abstract String postalCode();

  /** {@return the code of the district that the sub-district lies in} */
  public DistrictCode district() {
    return code().district();
  }

  /** {@return the code of the province that the sub-district lies in} */
  public ProvinceCode province() {
    return code().province();
  }

  /** {@return the word that applies: แขวง in Bangkok, ตำบล elsewhere} */
  public SubdistrictKind kind() {
    return province().equals(Bangkok.CODE) ? SubdistrictKind.KHWAENG : SubdistrictKind.TAMBON;
  }

  @Value.Check
  final void check() {
    Checks.text("sub-district " + code(), "nameTh", nameTh());
    Checks.text("sub-district " + code(), "nameEn", nameEn());
    if (postalCode().length() != 5 || !CharMatcher.inRange('0', '9').matchesAllOf(postalCode())) {
      throw new IllegalArgumentException(
          "sub-district " + code() + ": postalCode \"" + postalCode() + "\" must be 5 ASCII digits");
    }
  }

  /** Gets a short form such as "570908 บ้านด้าย (Ban Dai) 57220". */
  @Override
  public String toString() {
    return code() + " " + nameTh() + " (" + nameEn() + ") " + postalCode();
  }
}
