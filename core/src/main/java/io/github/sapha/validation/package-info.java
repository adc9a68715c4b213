/**
 * Validation: the rules that relate objects of a {@link
 * io.github.sapha.registry.Registry} to each other, to the gazetteer, to its
 * as-of date and to a {@link io.github.sapha.validation.Policy}.
 *
 * <p>A {@link io.github.sapha.validation.Validator} checks every rule of the
 * catalogue ({@link io.github.sapha.validation.Rules}) and returns a {@link
 * io.github.sapha.validation.ValidationReport} holding every {@link
 * io.github.sapha.validation.Violation}, each located by a JSON {@link
 * io.github.sapha.validation.Pointer} into the registry's JSON form. Users
 * switch rules off, re-grade them, change the policy's parameters, and add
 * rules of their own ({@link io.github.sapha.validation.Rule}).
 */
package io.github.sapha.validation;
