/**
 * Jackson 3 binding of the Sapha model.
 *
 * <p>The binding itself arrives with the JSON format (format v1); this module
 * already fixes the module name and its dependencies so that users can
 * declare {@code requires io.github.sapha.jackson} today.
 */
module io.github.sapha.jackson {
  requires transitive io.github.sapha.core;
  requires transitive tools.jackson.databind;
}
