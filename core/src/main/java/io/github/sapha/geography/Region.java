package io.github.sapha.geography;

import io.github.sapha.internal.ThaiText;

/**
 * The six regions (ภาค) of the official six-region grouping that the gazetteer
 * uses for provinces.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Region {
  /** ภาคเหนือ. */
  NORTH("ภาคเหนือ", "North"),
  /** ภาคกลาง. */
  CENTRAL("ภาคกลาง", "Central"),
  /** ภาคตะวันออกเฉียงเหนือ (Isan). */
  NORTHEAST("ภาคตะวันออกเฉียงเหนือ", "Northeast"),
  /** ภาคตะวันตก. */
  WEST("ภาคตะวันตก", "West"),
  /** ภาคตะวันออก. */
  EAST("ภาคตะวันออก", "East"),
  /** ภาคใต้. */
  SOUTH("ภาคใต้", "South");

  private final String thai;
  private final String english;

  Region(String thai, String english) {
    this.thai = thai;
    this.english = english;
  }

  /** {@return the Thai name, such as "ภาคเหนือ"} */
  public String thai() {
    return thai;
  }

  /** {@return the English name, such as "North"} */
  public String english() {
    return english;
  }

  /**
   * Obtains a region from its English name (any case) or its Thai name.
   *
   * @param name such as "North", "north" or "ภาคเหนือ", not null
   * @return the region, not null
   * @throws IllegalArgumentException if the name is no region's
   */
  public static Region parse(String name) {
    String wanted = ThaiText.normalizeName(name);
    for (Region region : values()) {
      if (ThaiText.normalizeName(region.english).equals(wanted)
          || ThaiText.normalizeName(region.thai).equals(wanted)) {
        return region;
      }
    }
    throw new IllegalArgumentException(
        "Unknown region \"" + name + "\": expected one of North, Central, Northeast, West, East, South");
  }
}
