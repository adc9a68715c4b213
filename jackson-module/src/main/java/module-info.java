/**
 * Jackson 3 binding of the Sapha model to its versioned JSON format (format
 * v1): {@link io.github.sapha.jackson.SaphaModule} for mappers of your own,
 * {@link io.github.sapha.jackson.SaphaJson} to read and write registries and
 * JSON Lines, and {@link io.github.sapha.jackson.SaphaJsonException} for
 * every problem with input.
 *
 * <p>Only {@code io.github.sapha.jackson} is exported; the codecs and the
 * streaming reader and writer behind it ({@code .codec}, {@code .ser},
 * {@code .deser}, {@code .internal})
 * may change at any time. The module is a service provider of {@code
 * JacksonModule}, so {@code JsonMapper.builder().findAndAddModules()} finds it
 * on the module path as on the class path.
 */
module io.github.sapha.jackson {
  requires transitive io.github.sapha.core;
  requires transitive tools.jackson.databind;

  exports io.github.sapha.jackson;

  provides tools.jackson.databind.JacksonModule with
      io.github.sapha.jackson.SaphaModule;
}
