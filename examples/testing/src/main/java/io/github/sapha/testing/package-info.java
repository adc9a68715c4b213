/**
 * Generated examples for testers: {@link
 * io.github.sapha.testing.SyntheticRegistry} makes realistic valid
 * registries from a seed, at the scale of a district, a province or the whole
 * country; {@link io.github.sapha.testing.Mutations} breaks them in
 * named ways, each declaring the rule ids and JSON Pointer paths it causes; and
 * {@link io.github.sapha.testing.SaphaArbitraries} wraps both as
 * jqwik arbitraries for property tests.
 */
package io.github.sapha.testing;
