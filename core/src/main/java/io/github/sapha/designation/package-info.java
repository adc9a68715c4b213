/**
 * Designations: named sets of areas with a kind, a period and a source, such
 * as a special economic zone (เขตพัฒนาเศรษฐกิจพิเศษ), a pilot or integration
 * programme, or a disaster area. A {@link
 * io.github.sapha.designation.Designation} covers districts or sub-districts
 * from one day, optionally to another; a registry holds designations, answers
 * which of them cover an area on a date and the coverage of councils inside
 * one, and plans name the designations they respond to.
 */
@SaphaStyle
package io.github.sapha.designation;

import io.github.sapha.internal.SaphaStyle;
