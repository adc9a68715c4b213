package io.github.sapha.council;

import io.github.sapha.internal.Checks;
import io.github.sapha.internal.MissingFields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's name: optional title (คำนำหน้า, such as นาย, นาง, นางสาว), given name
 * and optional family name.
 *
 * <p>Personal data: {@link #toString()} and every message hide it; read the
 * parts through their getters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PersonName {

  PersonName() {}

  /**
   * Obtains a name without a title.
   *
   * @param given the given name, not blank
   * @param family the family name, not blank
   * @return the name, not null
   * @throws IllegalArgumentException if a part is blank or padded with white space
   */
  public static PersonName of(String given, String family) {
    return builder().given(given).family(family).build();
  }

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the title, such as "นางสาว", if given} */
  public abstract Optional<String> title();

  /** {@return the given name} */
  public abstract String given();

  /** {@return the family name, if known} */
  public abstract Optional<String> family();

  /**
   * Gets the name as written: title, given and family name. A Thai title
   * joins the given name ("นายสมชาย ใจดี"); a Latin one such as "Mr." is
   * followed by a space ("Mr. John Smith").
   *
   * @return the name as written; personal data, not to be logged
   */
  public String display() {
    StringBuilder out = new StringBuilder();
    title().ifPresent(t -> {
      out.append(t);
      char last = t.charAt(t.length() - 1);
      if (last == '.' || (last < 0x80 && Character.isLetter(last))) {
        out.append(' ');
      }
    });
    out.append(given());
    family().ifPresent(f -> out.append(' ').append(f));
    return out.toString();
  }

  @Value.Check
  final void check() {
    title().ifPresent(t -> Checks.personalText("person name", "title", t));
    Checks.personalText("person name", "given", given());
    family().ifPresent(f -> Checks.personalText("person name", "family", f));
  }

  /** Gets "PersonName[***]": names are personal data. */
  @Override
  public String toString() {
    return "PersonName[" + Redacted.MARK + "]";
  }

  /**
   * Builds a {@link PersonName}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutablePersonName.Builder {
    Builder() {}

    /**
     * Builds the name.
     *
     * @return the name, not null
     * @throws IllegalStateException if a required field (given) is not set;
     *     the message says "person name", never the name, and names the fields
     * @throws IllegalArgumentException if the name is refused, as above
     */
    @Override
    public PersonName build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.describe("person name");
      }
    }
  }
}
