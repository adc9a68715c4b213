package io.github.sapha.geography;

import io.github.sapha.internal.Checks;
import org.immutables.value.Value;

/**
 * A province (จังหวัด): code, names and region. Bangkok (กรุงเทพมหานคร, 10) is a
 * province-level area.
 *
 * <p>This class is immutable and thread-safe.
 */
// The generated builder's from(Area) cannot copy the covariant code(); from(Province) does.
@SuppressWarnings("immutables:from")
@Value.Immutable
public abstract non-sealed class Province implements Area {

  Province() {}

  /**
   * Obtains a province.
   *
   * @param code the code, not null
   * @param nameTh the Thai name, not blank
   * @param nameEn the English name, not blank
   * @param region the region, not null
   * @return the province, not null
   * @throws IllegalArgumentException if a name is blank
   */
  public static Province of(ProvinceCode code, String nameTh, String nameEn, Region region) {
    return ImmutableProvince.of(code, nameTh, nameEn, region);
  }

  @Override
  @Value.Parameter
  public abstract ProvinceCode code();

  @Override
  @Value.Parameter
  public abstract String nameTh();

  @Override
  @Value.Parameter
  public abstract String nameEn();

  /** {@return the region that the province belongs to} */
  @Value.Parameter
  public abstract Region region();

  /** {@return true if this is Bangkok, whose districts are เขต and sub-districts แขวง} */
  public boolean isBangkok() {
    return code().equals(Bangkok.CODE);
  }

  @Value.Check
  final void check() {
    Checks.text("province " + code(), "nameTh", nameTh());
    Checks.text("province " + code(), "nameEn", nameEn());
  }

  /** Gets a short form such as "57 เชียงราย (Chiang Rai)". */
  @Override
  public String toString() {
    return code() + " " + nameTh() + " (" + nameEn() + ")";
  }
}
