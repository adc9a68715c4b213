package io.github.sapha.geography;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The chain of areas from a province down to an area, such as
 * เชียงราย › แม่สาย › บ้านด้าย (Chiang Rai › Mae Sai › Ban Dai).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AreaPath {
  /** The separator between names, "›" with a space each side. */
  public static final String SEPARATOR = " › ";

  private final ImmutableList<Area> areas;

  private AreaPath(ImmutableList<Area> areas) {
    this.areas = areas;
  }

  static AreaPath of(ImmutableList<Area> areas) {
    return new AreaPath(areas);
  }

  /** {@return the areas from the province (first) to the area itself (last)} */
  public List<Area> areas() {
    return areas;
  }

  /** {@return the area at the end of the path} */
  public Area last() {
    return areas.get(areas.size() - 1);
  }

  /** {@return the Thai names joined by {@link #SEPARATOR}, such as "เชียงราย › แม่สาย › บ้านด้าย"} */
  public String thai() {
    return areas.stream().map(Area::nameTh).collect(Collectors.joining(SEPARATOR));
  }

  /** {@return the English names joined by {@link #SEPARATOR}, such as "Chiang Rai › Mae Sai › Ban Dai"} */
  public String english() {
    return areas.stream().map(Area::nameEn).collect(Collectors.joining(SEPARATOR));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AreaPath && ((AreaPath) other).areas.equals(areas);
  }

  @Override
  public int hashCode() {
    return areas.hashCode();
  }

  /** Gets the Thai form, as {@link #thai()}. */
  @Override
  public String toString() {
    return thai();
  }
}
