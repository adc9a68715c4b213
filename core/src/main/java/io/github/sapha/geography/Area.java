package io.github.sapha.geography;

/**
 * A province, district or sub-district as the gazetteer knows it: its code and
 * its Thai and English names.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Area permits Province, District, Subdistrict {

  /** {@return the DOPA code} */
  AreaCode code();

  /** {@return the official Thai name, such as "บ้านด้าย"} */
  String nameTh();

  /** {@return the romanised English name, such as "Ban Dai"} */
  String nameEn();

  /** {@return the level of this area} */
  default AreaLevel level() {
    return code().level();
  }
}
