package io.github.sapha.examples.maesai;

import io.github.sapha.calendar.FiscalYear;
import io.github.sapha.calendar.ThaiDates;
import io.github.sapha.examples.text.Columns;
import io.github.sapha.geography.AreaPath;
import io.github.sapha.geography.District;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.Subdistrict;
import java.io.PrintWriter;
import java.time.LocalDate;

/**
 * The Mae Sai demo: the district of the 2017 forum of community organization
 * councils, as the bundled gazetteer and the Thai calendar see it.
 */
public final class MaeSaiDemo {
  /** Mae Sai district, Chiang Rai. */
  public static final DistrictCode MAE_SAI = DistrictCode.parse("5709");
  /** The day of the forum: 18 พฤษภาคม 2560. */
  public static final LocalDate FORUM_DATE = LocalDate.of(2017, 5, 18);

  private MaeSaiDemo() {}

  /**
   * Prints the demo.
   *
   * @param out where to print, not null
   */
  public static void print(PrintWriter out) {
    Gazetteer thailand = Gazetteer.thailand();
    District maeSai = thailand.district(MAE_SAI).orElseThrow();
    AreaPath path = thailand.path(MAE_SAI).orElseThrow();

    out.println("Sapha demo: Mae Sai, Chiang Rai (สภาองค์กรชุมชน อำเภอแม่สาย)");
    out.println();
    out.printf("District %s %s%s (%s)%n", maeSai.code(), maeSai.kind().thai(), maeSai.nameTh(), maeSai.nameEn());
    out.printf("Path: %s%n      %s%n", path.thai(), path.english());
    out.println();
    out.printf("Sub-districts (%d):%n", thailand.subdistricts(MAE_SAI).size());
    for (Subdistrict s : thailand.subdistricts(MAE_SAI)) {
      out.printf(
          "  %s  %s %s postal code %s%n",
          s.code(), Columns.padRight(s.nameTh(), 14), Columns.padRight(s.nameEn(), 18), s.postalCode());
    }
    out.println();
    FiscalYear fiscalYear = FiscalYear.of(FORUM_DATE);
    out.printf(
        "Forum date: %s (%s), fiscal year %s (%s to %s)%n",
        ThaiDates.format(FORUM_DATE),
        FORUM_DATE,
        fiscalYear,
        fiscalYear.start(),
        fiscalYear.end());
    out.flush();
  }
}
