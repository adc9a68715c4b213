/**
 * JSON for the Sapha model, format v1, on Jackson 3.
 *
 * <p>Main types: {@link io.github.sapha.jackson.SaphaJson} (read and write
 * registry documents and JSON Lines), {@link
 * io.github.sapha.jackson.SaphaModule} (the Jackson module, for mappers of
 * your own), {@link io.github.sapha.jackson.SaphaFeature} (options) and {@link
 * io.github.sapha.jackson.SaphaJsonException} (every problem with input,
 * located by JSON Pointer, line and column). The format is described in
 * {@code docs/json-format.md} and by the JSON Schema shipped as the resource
 * {@code io/github/sapha/jackson/sapha-registry-v1.schema.json}.
 */
package io.github.sapha.jackson;
