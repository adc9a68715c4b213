package io.github.sapha.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the library, placed on packages (and, as {@link
 * WithoutFrom}, on the three kinds of body).
 *
 * <p>Generated {@code Immutable*} classes are package-private and hidden behind
 * the abstract types' {@code of}/{@code builder()} factories, so callers never
 * depend on generated names. Only {@link Override} may be copied from the
 * class path into generated code: other annotations (errorprone's,
 * {@code javax.annotation.processing.Generated}) would make the module need
 * modules it does not read.
 *
 * <p>A builder missing required fields throws {@link MissingFields}, which
 * each public builder turns into a message naming the object and the fields.
 *
 * <p>Source retention: the annotation processor reads the style while
 * compiling, and nothing of it (nor of Immutables' annotations) is left in the
 * class files, so javadoc and other tools reading sapha-core's classes never
 * need Immutables on their path.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    allowedClasspathAnnotations = {Override.class},
    depluralize = true,
    depluralizeDictionary = {"person:people", "community:communities", "subdistrict:subdistricts"},
    defaults = @Value.Immutable(copy = false),
    throwForInvalidImmutableState = MissingFields.class)
public @interface SaphaStyle {

  /**
   * The same style without Immutables' {@code from} methods, for the three
   * kinds of {@code Body}: a generated builder would also take {@code
   * from(Body)}, copying a network's id and name into a council. Their
   * builders declare {@code from} of their own type instead. Keep every other
   * setting equal to {@link SaphaStyle}'s.
   */
  @Target({ElementType.PACKAGE, ElementType.TYPE})
  @Retention(RetentionPolicy.SOURCE)
  @Value.Style(
      visibility = Value.Style.ImplementationVisibility.PACKAGE,
      overshadowImplementation = true,
      allowedClasspathAnnotations = {Override.class},
      depluralize = true,
      depluralizeDictionary = {"person:people", "community:communities", "subdistrict:subdistricts"},
      defaults = @Value.Immutable(copy = false),
      throwForInvalidImmutableState = MissingFields.class,
      from = "")
  @interface WithoutFrom {}
}
