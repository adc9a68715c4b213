/**
 * Thai calendar: Buddhist Era (พ.ศ.) years, Thai fiscal years (ปีงบประมาณ, 1 October – 30 September,
 * named by the B.E. year in which they end), and Thai dates as people write them.
 *
 * <p>Main types: {@link io.github.sapha.calendar.BuddhistEra} converts years between B.E. and
 * CE; {@link io.github.sapha.calendar.FiscalYear} is one fiscal year and {@link
 * io.github.sapha.calendar.FiscalYearRange} a plan period of consecutive fiscal years; {@link
 * io.github.sapha.calendar.ThaiDates} parses and formats dates such as "18 พฤษภาคม 2560".
 * Malformed text is refused with a {@link io.github.sapha.calendar.FiscalYearFormatException}
 * or a {@link io.github.sapha.calendar.ThaiDateParseException} that quotes it.
 */
@SaphaStyle
package io.github.sapha.calendar;

import io.github.sapha.internal.SaphaStyle;
