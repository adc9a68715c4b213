package io.github.sapha.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, placed on packages.
 *
 * <p>Generated {@code Immutable*} classes are package-private and hidden behind
 * the abstract types' {@code of}/{@code builder()} factories, so callers never
 * depend on generated names. Only {@link Override} may be copied from the
 * class path into generated code: other annotations (errorprone's,
 * {@code javax.annotation.processing.Generated}) would make the module need
 * modules it does not read.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    allowedClasspathAnnotations = {Override.class},
    depluralize = true,
    depluralizeDictionary = {"person:people", "community:communities", "subdistrict:subdistricts"},
    defaults = @Value.Immutable(copy = false))
public @interface SaphaStyle {}
