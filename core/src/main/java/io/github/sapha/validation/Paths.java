package io.github.sapha.validation;

import io.github.sapha.registry.FieldNames;

/**
 * The JSON Pointers of the registry's collections and their elements, from
 * {@link FieldNames}: the field names of JSON format v1, which are the model's
 * accessor names. Rules go on from these with {@code .field(FieldNames.X)}.
 */
final class Paths {
  static final Pointer COUNCILS = Pointer.ROOT.field(FieldNames.COUNCILS);
  static final Pointer NETWORKS = Pointer.ROOT.field(FieldNames.NETWORKS);
  static final Pointer ORGANIZATIONS = Pointer.ROOT.field(FieldNames.ORGANIZATIONS);
  static final Pointer PEOPLE = Pointer.ROOT.field(FieldNames.PEOPLE);
  static final Pointer MEETINGS = Pointer.ROOT.field(FieldNames.MEETINGS);
  static final Pointer PLANS = Pointer.ROOT.field(FieldNames.PLANS);
  static final Pointer DESIGNATIONS = Pointer.ROOT.field(FieldNames.DESIGNATIONS);
  static final Pointer AS_OF = Pointer.ROOT.field(FieldNames.AS_OF);

  private Paths() {}

  static Pointer council(int i) {
    return COUNCILS.index(i);
  }

  static Pointer network(int i) {
    return NETWORKS.index(i);
  }

  static Pointer organization(int i) {
    return ORGANIZATIONS.index(i);
  }

  static Pointer person(int i) {
    return PEOPLE.index(i);
  }

  static Pointer meeting(int i) {
    return MEETINGS.index(i);
  }

  static Pointer plan(int i) {
    return PLANS.index(i);
  }

  static Pointer designation(int i) {
    return DESIGNATIONS.index(i);
  }
}
