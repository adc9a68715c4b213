package io.github.sapha.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;

/** Test support: asserts that a collection handed out by the model cannot be changed. */
public final class Unmodifiable {
  private Unmodifiable() {}

  /**
   * Asserts that adding {@code element}, removing it, and clearing all throw
   * {@link UnsupportedOperationException}, and that the collection is unchanged.
   * Works through the {@link Collection} interface, as a caller holding a
   * {@code List} or {@code SortedSet} would.
   */
  public static <T> void assertUnmodifiable(Collection<T> collection, T element) {
    List<T> before = List.copyOf(collection);
    assertThatThrownBy(() -> collection.add(element)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> collection.remove(element)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(collection::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(collection).containsExactlyElementsOf(before);
  }
}
