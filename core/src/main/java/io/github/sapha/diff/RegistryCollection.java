package io.github.sapha.diff;

import io.github.sapha.registry.FieldNames;

/** The collections of a registry, in the order of JSON format v1, each named by its field. */
public enum RegistryCollection {
  /** {@code councils}. */
  COUNCILS(FieldNames.COUNCILS),
  /** {@code networks}. */
  NETWORKS(FieldNames.NETWORKS),
  /** {@code organizations}. */
  ORGANIZATIONS(FieldNames.ORGANIZATIONS),
  /** {@code people}. */
  PEOPLE(FieldNames.PEOPLE),
  /** {@code meetings}. */
  MEETINGS(FieldNames.MEETINGS),
  /** {@code plans}. */
  PLANS(FieldNames.PLANS),
  /** {@code designations}. */
  DESIGNATIONS(FieldNames.DESIGNATIONS);

  private final String field;

  RegistryCollection(String field) {
    this.field = field;
  }

  /**
   * Gets the collection's field in format v1, such as "councils".
   *
   * @return the field name, not null
   */
  public String field() {
    return field;
  }
}
