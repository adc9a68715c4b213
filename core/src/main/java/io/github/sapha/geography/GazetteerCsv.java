package io.github.sapha.geography;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the CSV form of a gazetteer: three files of areas and an optional file
 * of retired sub-district codes; see {@link Gazetteer#readCsv(Reader, Reader, Reader, Reader)}.
 */
final class GazetteerCsv {
  static final String PROVINCES = "provinces.csv";
  static final String DISTRICTS = "districts.csv";
  static final String SUBDISTRICTS = "subdistricts.csv";
  static final String RETIRED = "retired-subdistricts.csv";

  private static final Splitter SPACES = Splitter.on(CharMatcher.whitespace()).omitEmptyStrings();

  private GazetteerCsv() {}

  static Gazetteer read(Path directory) throws IOException {
    Path retired = directory.resolve(RETIRED);
    try (Reader p = Files.newBufferedReader(directory.resolve(PROVINCES), StandardCharsets.UTF_8);
        Reader d = Files.newBufferedReader(directory.resolve(DISTRICTS), StandardCharsets.UTF_8);
        Reader s = Files.newBufferedReader(directory.resolve(SUBDISTRICTS), StandardCharsets.UTF_8);
        Reader r = Files.exists(retired) ? Files.newBufferedReader(retired, StandardCharsets.UTF_8) : null) {
      return read(p, d, s, r);
    }
  }

  /** Reads the areas, and the retired codes unless {@code retired} is null. */
  static Gazetteer read(Reader provinces, Reader districts, Reader subdistricts, Reader retired)
      throws IOException {
    Gazetteer.Builder builder = Gazetteer.builder();
    Set<AreaCode> known = new java.util.HashSet<>();
    for (Row row : rows(PROVINCES, provinces, List.of("code", "name_th", "name_en", "region"))) {
      row.add(
          builder,
          known,
          () ->
              Province.of(
                  ProvinceCode.parse(row.get("code")),
                  row.get("name_th"),
                  row.get("name_en"),
                  Region.parse(row.get("region"))));
    }
    for (Row row :
        rows(DISTRICTS, districts, List.of("code", "province_code", "name_th", "name_en"))) {
      row.add(
          builder,
          known,
          () -> {
            District district =
                District.of(DistrictCode.parse(row.get("code")), row.get("name_th"), row.get("name_en"));
            row.checkParent(district.code(), ProvinceCode.parse(row.get("province_code")), known);
            return district;
          });
    }
    for (Row row :
        rows(
            SUBDISTRICTS,
            subdistricts,
            List.of("code", "district_code", "name_th", "name_en", "postal_code"))) {
      row.add(
          builder,
          known,
          () -> {
            Subdistrict subdistrict =
                Subdistrict.of(
                    SubdistrictCode.parse(row.get("code")),
                    row.get("name_th"),
                    row.get("name_en"),
                    row.get("postal_code"));
            row.checkParent(subdistrict.code(), DistrictCode.parse(row.get("district_code")), known);
            return subdistrict;
          });
    }
    if (retired != null) {
      for (Row row : rows(RETIRED, retired, List.of("code", "name_th", "replaced_by", "change"))) {
        row.retire(builder, known);
      }
    }
    return builder.build();
  }

  /** One data row, with what is needed to report a problem at its line. */
  private static final class Row {
    private final String source;
    private final int line;
    private final Map<String, Integer> columns;
    private final List<String> fields;

    Row(String source, int line, Map<String, Integer> columns, List<String> fields) {
      this.source = source;
      this.line = line;
      this.columns = columns;
      this.fields = fields;
    }

    String get(String column) {
      return fields.get(columns.get(column));
    }

    void checkParent(AreaCode code, AreaCode declaredParent, Set<AreaCode> known) {
      AreaCode parent = code.parent().orElseThrow();
      if (!parent.equals(declaredParent)) {
        throw new IllegalArgumentException(
            code.level().label() + " " + code + " is filed under " + declaredParent.level().label()
                + " " + declaredParent + ", but its code lies in " + parent);
      }
      if (!known.contains(parent)) {
        throw new IllegalArgumentException(
            code.level().label() + " " + code + " lies in " + parent.level().label() + " "
                + parent + ", which is not in the gazetteer");
      }
    }

    void retire(Gazetteer.Builder builder, Set<AreaCode> known) {
      try {
        List<SubdistrictCode> replacedBy = new ArrayList<>();
        for (String code : SPACES.split(get("replaced_by"))) {
          replacedBy.add(SubdistrictCode.parse(code));
        }
        RetiredSubdistrict code =
            new RetiredSubdistrict(
                SubdistrictCode.parse(get("code")), get("name_th"), replacedBy, CodeChange.parse(get("change")));
        if (known.contains(code.code())) {
          throw new IllegalArgumentException(
              "sub-district " + code.code() + " is listed as retired, but it is a current sub-district");
        }
        for (SubdistrictCode replacement : code.replacedBy()) {
          if (!known.contains(replacement)) {
            throw new IllegalArgumentException(
                "retired sub-district " + code.code() + " is replaced by " + replacement
                    + ", which is not a current sub-district");
          }
        }
        builder.addRetired(code);
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new GazetteerFormatException(source, line, e.getMessage(), e);
      }
    }

    void add(Gazetteer.Builder builder, Set<AreaCode> known, java.util.function.Supplier<Area> area) {
      try {
        Area built = area.get();
        builder.add(built);
        known.add(built.code());
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new GazetteerFormatException(source, line, e.getMessage(), e);
      }
    }
  }

  private static List<Row> rows(String source, Reader reader, List<String> required)
      throws IOException {
    BufferedReader lines = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
    String header = lines.readLine();
    if (header == null) {
      throw new GazetteerFormatException(source, 1, "empty document, expected a header row", null);
    }
    if (header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    List<String> names = fields(header, source, 1);
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      columns.putIfAbsent(names.get(i).strip(), i);
    }
    List<String> missing = new ArrayList<>();
    for (String column : required) {
      if (!columns.containsKey(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      throw new GazetteerFormatException(
          source, 1, "missing column(s) " + missing + "; expected a header with " + required, null);
    }
    List<Row> rows = new ArrayList<>();
    int number = 1;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      List<String> fields = fields(line, source, number);
      if (fields.size() < names.size()) {
        throw new GazetteerFormatException(
            source, number, "expected " + names.size() + " fields but found " + fields.size(), null);
      }
      rows.add(new Row(source, number, columns, fields));
    }
    return rows;
  }

  /** Splits one CSV line into fields, undoing RFC 4180 quoting. */
  static List<String> fields(String line, String source, int number) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (true) {
      field.setLength(0);
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= line.length()) {
            throw new GazetteerFormatException(source, number, "unterminated quoted field", null);
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < line.length() && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (i < line.length() && line.charAt(i) != ',') {
          throw new GazetteerFormatException(
              source, number, "unexpected text after a quoted field at column " + (i + 1), null);
        }
      } else {
        while (i < line.length() && line.charAt(i) != ',') {
          field.append(line.charAt(i++));
        }
      }
      fields.add(field.toString());
      if (i >= line.length()) {
        return fields;
      }
      i++; // the comma
    }
  }
}
