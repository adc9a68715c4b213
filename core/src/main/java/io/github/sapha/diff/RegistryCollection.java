package io.github.sapha.diff;

/** The collections of a registry, in the order of JSON format v1, each named by its field. */
public enum RegistryCollection {
  /** {@code councils}. */
  COUNCILS("councils"),
  /** {@code networks}. */
  NETWORKS("networks"),
  /** {@code organizations}. */
  ORGANIZATIONS("organizations"),
  /** {@code people}. */
  PEOPLE("people"),
  /** {@code meetings}. */
  MEETINGS("meetings"),
  /** {@code plans}. */
  PLANS("plans"),
  /** {@code designations}. */
  DESIGNATIONS("designations");

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
