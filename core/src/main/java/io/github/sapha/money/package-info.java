/**
 * Money: Thai baht amounts with satang precision, never floating point.
 */
@SaphaStyle
package io.github.sapha.money;

import io.github.sapha.internal.SaphaStyle;
