package io.github.sapha.testing;

import io.github.sapha.council.Council;
import io.github.sapha.testing.SyntheticRegistry.Scale;
import io.github.sapha.plan.Plan;
import io.github.sapha.registry.Registry;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries for property tests against the Sapha model: valid
 * registries, their councils and plans, and registries broken by named
 * mutations that declare the violations they cause.
 *
 * <pre>{@code
 * @Property(tries = 50)
 * void myExporterKeepsEveryCouncil(@ForAll("registries") Registry registry) {
 *   assertThat(myExporter.export(registry).councilCount()).isEqualTo(registry.councils().size());
 * }
 *
 * @Provide
 * Arbitrary<Registry> registries() {
 *   return SaphaArbitraries.registries();
 * }
 * }</pre>
 *
 * <p>Everything is drawn from a seed through {@link SyntheticRegistry} and
 * {@link Mutations}, plain Java, so a failing example is reproduced from its
 * seed without jqwik, and another property-testing library can be put on the
 * same generators. Shrinking a seed yields another valid example, not a
 * smaller one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SaphaArbitraries {
  private SaphaArbitraries() {}

  /**
   * Gets valid registries of one district each.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Registry> registries() {
    return registries(Scale.DISTRICT);
  }

  /**
   * Gets valid registries at a scale; national registries take about a second each.
   *
   * @param scale the scale, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<Registry> registries(Scale scale) {
    return Arbitraries.longs().map(seed -> SyntheticRegistry.generate(seed, scale));
  }

  /**
   * Gets valid councils, each with its communities, members and posts (drawn
   * from generated district registries).
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Council> councils() {
    return registries().flatMap(r -> Arbitraries.of(r.councils()));
  }

  /**
   * Gets plans of every level (drawn from generated district registries).
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Plan> plans() {
    return registries().flatMap(r -> Arbitraries.of(r.plans()));
  }

  /**
   * Gets district registries broken by one mutation of any kind that applies,
   * with the violations it declares.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<MutatedRegistry> mutatedRegistries() {
    return Arbitraries.longs()
        .flatMap(seed -> Arbitraries.of(Mutations.names())
            .map(name -> Mutations.apply(SyntheticRegistry.generate(seed, Scale.PROVINCE), name, seed)))
        .filter(java.util.Optional::isPresent)
        .map(java.util.Optional::get);
  }

  /**
   * Gets province registries broken by several mutations at once.
   *
   * @param count how many mutations, from 0 to 20
   * @return the arbitrary, not null
   * @throws IllegalArgumentException if the count is outside 0 to 20
   */
  public static Arbitrary<MutatedRegistry> mutatedRegistries(int count) {
    if (count < 0 || count > 20) {
      throw new IllegalArgumentException("count must be from 0 to 20: " + count);
    }
    return Arbitraries.longs()
        .map(seed -> Mutations.apply(SyntheticRegistry.generate(seed, Scale.PROVINCE), count, seed));
  }
}
