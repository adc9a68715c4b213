/**
 * Sapha core: an immutable domain model of Thailand's community organization
 * councils (สภาองค์กรชุมชน).
 *
 * <p>Exported packages are the public API; {@code io.github.sapha.internal}
 * is not exported and may change at any time.
 */
module io.github.sapha.core {
  requires transitive com.google.common;
  // Immutables annotations (class retention) sit on exported types but are read by the
  // compiler only: "static" keeps them off the run-time module graph, "transitive"
  // tells consumers compiling against those types where the annotations come from.
  requires static transitive org.immutables.value.annotations;

  exports io.github.sapha.calendar;
  exports io.github.sapha.geography;
  exports io.github.sapha.money;
}
