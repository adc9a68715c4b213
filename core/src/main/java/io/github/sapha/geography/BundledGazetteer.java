package io.github.sapha.geography;

import com.google.common.base.Splitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The compact resource form of a gazetteer, one record a line, tab-separated:
 * {@code E date source} for the edition, then areas ordered by code as {@code
 * P code name_th name_en region}, {@code D code name_th name_en} and {@code S
 * code name_th name_en postal_code}, then retired sub-district codes as {@code
 * R code name_th replaced_by change} ({@code replaced_by} separated by
 * spaces); lines starting with {@code #} are comments. Parents are implied by
 * the codes, so the CSV form's parent columns are dropped.
 *
 * <p>The bundled {@value #RESOURCE} is written by the test-side
 * GazetteerConverter from the reference CSV files; see docs/gazetteer.md.
 */
final class BundledGazetteer {
  static final String RESOURCE = "thailand.tsv";

  private static final Splitter TAB = Splitter.on('\t');
  private static final Splitter SPACE = Splitter.on(' ');

  private BundledGazetteer() {}

  /** Holds the bundled gazetteer: class initialisation makes loading lazy and thread-safe. */
  static final class Holder {
    static final Gazetteer THAILAND = load();

    private Holder() {}
  }

  private static Gazetteer load() {
    InputStream in = BundledGazetteer.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("The bundled gazetteer resource " + RESOURCE + " is missing");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(reader, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled gazetteer " + RESOURCE, e);
    }
  }

  static Gazetteer read(BufferedReader reader, String source) throws IOException {
    Gazetteer.Builder builder = Gazetteer.builder();
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> f = TAB.splitToList(line);
      try {
        switch (f.get(0)) {
          case "P":
            builder.add(Province.of(ProvinceCode.parse(f.get(1)), f.get(2), f.get(3), Region.valueOf(f.get(4))));
            break;
          case "D":
            builder.add(District.of(DistrictCode.parse(f.get(1)), f.get(2), f.get(3)));
            break;
          case "S":
            builder.add(Subdistrict.of(SubdistrictCode.parse(f.get(1)), f.get(2), f.get(3), f.get(4)));
            break;
          case "R":
            builder.addRetired(
                new RetiredSubdistrict(
                    SubdistrictCode.parse(f.get(1)),
                    f.get(2),
                    SPACE.splitToStream(f.get(3)).map(SubdistrictCode::parse).collect(Collectors.toList()),
                    CodeChange.parse(f.get(4))));
            break;
          case "E":
            builder.edition(new GazetteerEdition(f.get(2), date(f.get(1))));
            break;
          default:
            throw new IllegalArgumentException("unknown record kind \"" + f.get(0) + "\"");
        }
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        throw new GazetteerFormatException(source, number, String.valueOf(e.getMessage()), e);
      }
    }
    return builder.build();
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("edition date \"" + text + "\" is not a date such as 2025-10-01", e);
    }
  }

  /** Writes the compact form, ordered by code, after the given comment lines. */
  static void write(Gazetteer gazetteer, List<String> comments, Appendable out) throws IOException {
    for (String comment : comments) {
      out.append("# ").append(comment).append('\n');
    }
    if (gazetteer.edition().isPresent()) {
      line(out, "E", gazetteer.edition().get().date(), gazetteer.edition().get().source());
    }
    for (Province p : gazetteer.provinces()) {
      line(out, "P", p.code(), p.nameTh(), p.nameEn(), p.region().name());
      for (District d : gazetteer.districts(p.code())) {
        line(out, "D", d.code(), d.nameTh(), d.nameEn());
        for (Subdistrict s : gazetteer.subdistricts(d.code())) {
          line(out, "S", s.code(), s.nameTh(), s.nameEn(), s.postalCode());
        }
      }
    }
    for (RetiredSubdistrict r : gazetteer.retiredSubdistricts()) {
      String replacedBy = r.replacedBy().stream().map(SubdistrictCode::value).collect(Collectors.joining(" "));
      line(out, "R", r.code(), r.nameTh(), replacedBy, r.change().label());
    }
  }

  private static void line(Appendable out, String kind, Object... fields) throws IOException {
    out.append(kind);
    for (Object field : fields) {
      String text = field.toString();
      if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("A name holds a tab or line break: \"" + text + "\"");
      }
      out.append('\t').append(text);
    }
    out.append('\n');
  }
}
