package io.github.sapha.jackson.deser;

/**
 * How the module's deserializers read: whether an unknown field is an error,
 * and the limits on arrays, which Jackson's {@code StreamReadConstraints} do
 * not cover.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 *
 * @param failOnUnknown whether an unknown field is an error rather than skipped
 * @param maxArrayLength the most elements of one array, at least 1
 * @param maxElementCount the most array elements of one value read, all arrays together, at least 1
 */
public record ReadOptions(boolean failOnUnknown, int maxArrayLength, long maxElementCount) {}
