/**
 * Thai administrative geography: province (จังหวัด), district (อำเภอ / เขต) and
 * sub-district (ตำบล / แขวง) codes and records, the {@link
 * io.github.sapha.geography.Gazetteer} that looks them up by code or name, and
 * local governments (องค์กรปกครองส่วนท้องถิ่น).
 *
 * <p>Main types: {@link io.github.sapha.geography.AreaCode} and its three
 * levels, {@link io.github.sapha.geography.Area}, {@link
 * io.github.sapha.geography.Gazetteer}, {@link
 * io.github.sapha.geography.LocalGovernment}.
 */
@SaphaStyle
package io.github.sapha.geography;

import io.github.sapha.internal.SaphaStyle;
