package io.github.sapha.geography;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts the reference CSV files of Thailand's geography into the bundled
 * compact resource {@code core/src/main/resources/io/github/sapha/geography/thailand.tsv},
 * applying {@link #CORRECTIONS} and stamping {@link #EDITION}.
 *
 * <p>Run once when the reference data changes (see docs/gazetteer.md); the build
 * itself never reads the reference files:
 *
 * <pre>
 * ./mvnw -q -pl core test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.github.sapha.geography.GazetteerConverter \
 *   -Dexec.args="../shared/reference/thailand-geography core/src/main/resources/io/github/sapha/geography/thailand.tsv"
 * </pre>
 */
public final class GazetteerConverter {
  /** Which gazetteer the resource is. Set the date to the day of conversion whenever the data changes. */
  static final GazetteerEdition EDITION =
      new GazetteerEdition(
          "DOPA geocodes via kongvut/thai-province-data api/v1 (2022, MIT licence), corrected against"
              + " data.go.th (2018), Thailand Post and the Royal Thai Survey Department (2019)",
          LocalDate.of(2026, 12, 2));

  /**
   * Reference rows known to be wrong, fixed on the way in. Bueng Kan's
   * districts.csv rows keep the old upstream's district names, while its
   * subdistricts.csv rows follow DOPA's numbering: 3802's sub-districts are
   * Phon Charoen's (380203 พรเจริญ, postal code 38180), 3804's are Seka's
   * (380401 เซกา, 38150), 3805's Pak Khat's (380501 ปากคาด, 38190) and 3807's
   * Si Wilai's (380701 ศรีวิไล, 38210). DOPA numbers the districts the same way.
   */
  static final List<DistrictCorrection> CORRECTIONS =
      List.of(
          new DistrictCorrection(DistrictCode.of(3802), "เซกา", "พรเจริญ", "Phon Charoen"),
          new DistrictCorrection(DistrictCode.of(3804), "พรเจริญ", "เซกา", "Seka"),
          new DistrictCorrection(DistrictCode.of(3805), "ศรีวิไล", "ปากคาด", "Pak Khat"),
          new DistrictCorrection(DistrictCode.of(3807), "ปากคาด", "ศรีวิไล", "Si Wilai"));

  static final List<String> HEADER =
      List.of(
          "Thailand's provinces, districts and sub-districts (DOPA geocodes) for Sapha's bundled gazetteer.",
          "Derived from the MIT-licensed dataset kongvut/thai-province-data, Copyright (c) 2025 Kongvut Sangkla;",
          "the licence notice travels in the NOTICE file. Written by GazetteerConverter; do not edit by hand.",
          "Corrected on conversion: the names of districts 3802, 3804, 3805 and 3807 (see docs/gazetteer.md).",
          "Lines: E date source | P code name_th name_en region | D code name_th name_en"
              + " | S code name_th name_en postal_code | R code name_th replaced_by change");

  /**
   * A district whose name in the reference is known to be wrong.
   *
   * @param code the district
   * @param wrongTh the reference's Thai name, which the correction expects
   * @param nameTh the right Thai name
   * @param nameEn the right English name
   */
  record DistrictCorrection(DistrictCode code, String wrongTh, String nameTh, String nameEn) {}

  private GazetteerConverter() {}

  /**
   * Converts a CSV directory into the compact resource.
   *
   * @param args the CSV directory and the output file
   * @throws IOException if reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: GazetteerConverter CSV_DIRECTORY OUTPUT_FILE");
    }
    Gazetteer gazetteer = correct(Gazetteer.readCsv(Path.of(args[0])), CORRECTIONS).withEdition(EDITION);
    convert(gazetteer, Path.of(args[1]));
    System.err.println(
        "Wrote " + gazetteer + " with " + gazetteer.retiredSubdistricts().size() + " retired codes to " + args[1]);
  }

  /**
   * Applies corrections to the reference data, refusing any that no longer
   * fits it: a correction the reference has made itself is to be removed, and
   * a name that is neither the expected wrong one nor the right one means the
   * reference changed in a way someone must look at.
   */
  static Gazetteer correct(Gazetteer reference, List<DistrictCorrection> corrections) {
    List<District> districts = new ArrayList<>(reference.districts());
    for (DistrictCorrection correction : corrections) {
      District district =
          reference.district(correction.code())
              .orElseThrow(() -> new IllegalArgumentException(
                  "Correction of district " + correction.code() + ": the reference has no such district"));
      if (district.nameTh().equals(correction.nameTh())) {
        throw new IllegalArgumentException(
            "Correction of district " + correction.code() + ": the reference already names it "
                + correction.nameTh() + "; remove the correction");
      }
      if (!district.nameTh().equals(correction.wrongTh())) {
        throw new IllegalArgumentException(
            "Correction of district " + correction.code() + ": the reference names it " + district.nameTh()
                + ", not " + correction.wrongTh() + " as the correction expects; check the reference");
      }
      districts.set(districts.indexOf(district), District.of(correction.code(), correction.nameTh(), correction.nameEn()));
    }
    Gazetteer.Builder builder =
        Gazetteer.builder().addAll(reference.provinces()).addAll(districts).addAll(reference.subdistricts());
    reference.retiredSubdistricts().forEach(builder::addRetired);
    reference.edition().ifPresent(builder::edition);
    return builder.build();
  }

  static void convert(Gazetteer gazetteer, Path output) throws IOException {
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      BundledGazetteer.write(gazetteer, HEADER, out);
    }
  }
}
