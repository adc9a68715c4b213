package io.github.sapha.validation;

/**
 * The JSON Pointers of the registry's parts, in one place: the field names of
 * JSON format v1, which are the model's accessor names.
 */
final class Paths {
  static final Pointer COUNCILS = Pointer.ROOT.field("councils");
  static final Pointer NETWORKS = Pointer.ROOT.field("networks");
  static final Pointer ORGANIZATIONS = Pointer.ROOT.field("organizations");
  static final Pointer PEOPLE = Pointer.ROOT.field("people");
  static final Pointer MEETINGS = Pointer.ROOT.field("meetings");
  static final Pointer PLANS = Pointer.ROOT.field("plans");
  static final Pointer AS_OF = Pointer.ROOT.field("asOf");

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
}
