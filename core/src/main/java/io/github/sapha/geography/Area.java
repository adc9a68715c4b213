package io.github.sapha.geography;

/**
 * A province, district or sub-district as the gazetteer knows it: its code and
 * its Thai and English names.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Area permits Province, District, Subdistrict {

  /** Gets the DOPA code. */
  AreaCode code();

  /** Gets the official Thai name, such as "บ้านด้าย". */
  String nameTh();

  /** Gets the romanised English name, such as "Ban Dai". */
  String nameEn();

  /** Gets the level of this area. */
  default AreaLevel level() {
    return code().level();
  }
}
