/**
 * Sapha core: an immutable domain model of Thailand's community organization
 * councils (สภาองค์กรชุมชน).
 *
 * <p>Exported packages are the public API; {@code io.github.sapha.internal}
 * is not exported and may change at any time.
 */
module io.github.sapha.core {
  requires transitive com.google.common;
  // Immutables' annotations are read by our compiler only: nothing of Immutables at run
  // time, and consumers need neither it nor its jar.
  requires static org.immutables.value.annotations;

  exports io.github.sapha.calendar;
  exports io.github.sapha.council;
  exports io.github.sapha.designation;
  exports io.github.sapha.diff;
  exports io.github.sapha.geography;
  exports io.github.sapha.meeting;
  exports io.github.sapha.money;
  exports io.github.sapha.plan;
  exports io.github.sapha.registry;
  exports io.github.sapha.validation;
}
