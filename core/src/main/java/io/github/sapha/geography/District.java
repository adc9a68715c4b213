package io.github.sapha.geography;

import io.github.sapha.internal.Checks;
import org.immutables.value.Value;

/**
 * A district (อำเภอ, or เขต in Bangkok): code and names. The province is the
 * first two digits of the code.
 *
 * <p>This class is immutable and thread-safe.
 */
// The generated builder's from(Area) cannot copy the covariant code(); from(District) does.
@SuppressWarnings("immutables:from")
@Value.Immutable
public abstract non-sealed class District implements Area {

  District() {}

  /**
   * Obtains a district.
   *
   * @param code the code, not null
   * @param nameTh the Thai name, not blank
   * @param nameEn the English name, not blank
   * @return the district, not null
   * @throws IllegalArgumentException if a name is blank
   */
  public static District of(DistrictCode code, String nameTh, String nameEn) {
    return ImmutableDistrict.of(code, nameTh, nameEn);
  }

  @Override
  @Value.Parameter
  public abstract DistrictCode code();

  @Override
  @Value.Parameter
  public abstract String nameTh();

  @Override
  @Value.Parameter
  public abstract String nameEn();

  /** {@return the code of the province that the district lies in} */
  public ProvinceCode province() {
    return code().province();
  }

  /** {@return the word that applies: เขต in Bangkok, อำเภอ elsewhere} */
  public DistrictKind kind() {
    return province().equals(Bangkok.CODE) ? DistrictKind.KHET : DistrictKind.AMPHOE;
  }

  @Value.Check
  final void check() {
    Checks.text("district " + code(), "nameTh", nameTh());
    Checks.text("district " + code(), "nameEn", nameEn());
  }

  /** Gets a short form such as "5709 แม่สาย (Mae Sai)". */
  @Override
  public String toString() {
    return code() + " " + nameTh() + " (" + nameEn() + ")";
  }
}
