/**
 * Thai calendar: Buddhist Era (พ.ศ.) years, Thai fiscal years (ปีงบประมาณ, 1 October – 30 September,
 * named by the B.E. year in which they end), and Thai dates as people write them.
 */
@SaphaStyle
package io.github.sapha.calendar;

import io.github.sapha.internal.SaphaStyle;
