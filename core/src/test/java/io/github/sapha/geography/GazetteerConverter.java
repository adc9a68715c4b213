package io.github.sapha.geography;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Converts the reference CSV files of Thailand's geography into the bundled
 * compact resource {@code core/src/main/resources/io/github/sapha/geography/thailand.tsv}.
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
  static final List<String> HEADER =
      List.of(
          "Thailand's provinces, districts and sub-districts (DOPA geocodes) for Sapha's bundled gazetteer.",
          "Derived from the MIT-licensed dataset kongvut/thai-province-data, Copyright (c) 2025 Kongvut Sangkla;",
          "the licence notice travels in the NOTICE file. Written by GazetteerConverter; do not edit by hand.",
          "Lines: P code name_th name_en region | D code name_th name_en | S code name_th name_en postal_code");

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
    Gazetteer gazetteer = Gazetteer.readCsv(Path.of(args[0]));
    convert(gazetteer, Path.of(args[1]));
    System.err.println("Wrote " + gazetteer + " to " + args[1]);
  }

  static void convert(Gazetteer gazetteer, Path output) throws IOException {
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      BundledGazetteer.write(gazetteer, HEADER, out);
    }
  }
}
