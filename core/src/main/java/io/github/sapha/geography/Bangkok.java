package io.github.sapha.geography;

/** Bangkok's province code, which decides the Bangkok words for districts and sub-districts. */
final class Bangkok {
  static final ProvinceCode CODE = ProvinceCode.of(10);

  private Bangkok() {}
}
