/**
 * Money: Thai baht amounts with satang precision, never floating point.
 *
 * <p>Main types: {@link io.github.sapha.money.Baht}, an exact amount of baht held as whole
 * satang, with parsing of text such as "1,250,000.50" or "๑,๒๕๐,๐๐๐.๕๐"; malformed text is
 * refused with a {@link io.github.sapha.money.BahtFormatException} that quotes it.
 */
@SaphaStyle
package io.github.sapha.money;

import io.github.sapha.internal.SaphaStyle;
