package io.github.sapha.internal;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;

/**
 * Thrown by the generated builders when required fields are not set: {@link
 * SaphaStyle} names this class to Immutables, which passes the names of the
 * unset fields. Each public builder turns it into a message in the model's
 * voice, naming the object and the fields: "council council-570801: area must
 * be set". Internal: not exported.
 */
public final class MissingFields extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final List<String> names;

  /**
   * Creates the exception; called by generated builders.
   *
   * @param names the names of the required fields not set, in declaration order
   */
  public MissingFields(String... names) {
    super(String.join(", ", names) + " not set");
    this.names = List.of(names);
  }

  /**
   * Creates the exception for a state other than missing fields, which
   * generated code reports with a message of its own (a cycle between
   * default values, which the model does not have).
   *
   * @param message the generated message
   */
  public MissingFields(String message) {
    super(message);
    this.names = List.of();
  }

  /**
   * Gets the message for the object that could not be built.
   *
   * @param owner the object, such as "council council-570801" or "registry"
   * @return the exception to throw, with this one as its cause
   */
  public IllegalStateException describe(String owner) {
    if (names.isEmpty()) {
      return new IllegalStateException(owner + ": " + getMessage(), this);
    }
    String fields =
        names.size() == 1
            ? names.get(0)
            : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    return new IllegalStateException(owner + ": " + fields + " must be set", this);
  }

  /**
   * Gets the message for an object named by one of its fields, such as a
   * council by its id: "council council-570801" when the id is set, else
   * "council".
   *
   * @param kind the kind of object, such as "council"
   * @param builder the builder, a subclass of a generated builder
   * @param field the field that names the object, such as "id"; never personal data
   * @return the exception to throw, with this one as its cause
   */
  public IllegalStateException describe(String kind, Object builder, String field) {
    return describe(valueIn(builder, field).map(value -> kind + " " + value).orElse(kind));
  }

  /**
   * Gets the value set for a field of an unfinished builder. Generated
   * builders keep what has been set in private fields named after the
   * fields and offer no getters, so the value is read by reflection, within
   * this module; it is used for messages only.
   *
   * @param builder the builder, a subclass of a generated builder
   * @param field the field's name
   * @return the value, or empty if it is not set
   */
  public static Optional<Object> valueIn(Object builder, String field) {
    try {
      Field value = builder.getClass().getSuperclass().getDeclaredField(field);
      value.setAccessible(true);
      return Optional.ofNullable(value.get(builder));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty(); // a message without the name is still right
    }
  }
}
