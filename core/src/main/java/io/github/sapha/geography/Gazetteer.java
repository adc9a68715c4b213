package io.github.sapha.geography;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.sapha.internal.ThaiText;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A gazetteer of Thai administrative areas: look up provinces, districts and
 * sub-districts by code, walk from an area to its children or its path, find
 * areas by Thai or English name, and get "did you mean" suggestions for names
 * that are almost right.
 *
 * <p>{@link #thailand()} is the bundled gazetteer of the whole country (77
 * provinces, 928 districts, 7,436 sub-districts, from DOPA geocodes, and 39
 * retired sub-district codes with what replaced them); its {@link #edition()}
 * says where the data comes from and when it was compiled. Build your own with
 * {@link #builder()} or read one from CSV with {@link #readCsv(Path)}.
 *
 * <p>A retired code ({@link #retired(SubdistrictCode)}) is not an area of the
 * gazetteer: {@link #contains(AreaCode)} is false for it, and its replacements
 * are current sub-districts.
 *
 * <p>Name matching ignores case, white space, dots and hyphens, reads Thai
 * digits as ASCII, and ignores a leading administrative word (จังหวัด, อำเภอ,
 * เขต, ตำบล, แขวง, จ., อ., ต., Amphoe, Khet, Tambon, Khwaeng, Changwat).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Gazetteer {

  /** Leading words people put before names; only the abbreviations with a dot are stripped. */
  private static final ImmutableList<String> PREFIXES =
      ImmutableList.of(
          "จังหวัด", "อำเภอ", "ตำบล", "แขวง", "เขต", "จ.", "อ.", "ต.",
          "changwat ", "amphoe ", "amphur ", "tambon ", "tambol ", "khwaeng ", "khet ");

  private static final Comparator<Area> BY_LEVEL_THEN_CODE =
      Comparator.comparing(Area::level).thenComparing(Area::code);

  private final ImmutableMap<ProvinceCode, Province> provinces;
  private final ImmutableMap<DistrictCode, District> districts;
  private final ImmutableMap<SubdistrictCode, Subdistrict> subdistricts;
  private final ImmutableListMultimap<ProvinceCode, District> districtsByProvince;
  private final ImmutableListMultimap<DistrictCode, Subdistrict> subdistrictsByDistrict;
  /** Normalised name (with and without a leading administrative word) to the areas so named. */
  private final ImmutableListMultimap<String, Area> byName;
  private final ImmutableMap<SubdistrictCode, RetiredSubdistrict> retired;
  private final Optional<GazetteerEdition> edition;

  private Gazetteer(Builder builder) {
    this.provinces = sorted(builder.provinces);
    this.districts = sorted(builder.districts);
    this.subdistricts = sorted(builder.subdistricts);
    this.retired = sorted(builder.retired);
    this.edition = Optional.ofNullable(builder.edition);
    ImmutableListMultimap.Builder<ProvinceCode, District> dByP = ImmutableListMultimap.builder();
    districts.values().forEach(d -> dByP.put(d.province(), d));
    this.districtsByProvince = dByP.build();
    ImmutableListMultimap.Builder<DistrictCode, Subdistrict> sByD = ImmutableListMultimap.builder();
    subdistricts.values().forEach(s -> sByD.put(s.district(), s));
    this.subdistrictsByDistrict = sByD.build();

    Map<String, ImmutableSet.Builder<Area>> names = new LinkedHashMap<>();
    List<Area> all = new ArrayList<>(provinces.values());
    all.addAll(districts.values());
    all.addAll(subdistricts.values());
    for (Area area : all) {
      for (String name : List.of(area.nameTh(), area.nameEn())) {
        for (String key : keys(name)) {
          names.computeIfAbsent(key, k -> ImmutableSet.builder()).add(area);
        }
      }
    }
    ImmutableListMultimap.Builder<String, Area> index = ImmutableListMultimap.builder();
    names.forEach((key, areas) -> index.putAll(key, areas.build()));
    this.byName = index.build();
  }

  /** A copy with another edition: the data and its indexes are immutable, so they are shared. */
  private Gazetteer(Gazetteer data, GazetteerEdition edition) {
    this.provinces = data.provinces;
    this.districts = data.districts;
    this.subdistricts = data.subdistricts;
    this.districtsByProvince = data.districtsByProvince;
    this.subdistrictsByDistrict = data.subdistrictsByDistrict;
    this.byName = data.byName;
    this.retired = data.retired;
    this.edition = Optional.of(edition);
  }

  private static <K extends AreaCode, V> ImmutableMap<K, V> sorted(Map<K, V> map) {
    return ImmutableMap.copyOf(
        map.entrySet().stream()
            .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
            .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  /**
   * Gets the bundled gazetteer of Thailand, loaded on first use.
   *
   * <p>Derived from the MIT-licensed dataset kongvut/thai-province-data (see
   * the NOTICE file), corrected against other public sources; its {@link
   * #edition()} names the source and date. It is not guaranteed complete, so
   * applications that need other data can supply their own gazetteer.
   *
   * @return the gazetteer of Thailand, not null
   */
  public static Gazetteer thailand() {
    return BundledGazetteer.Holder.THAILAND;
  }

  /**
   * Obtains a builder for a gazetteer of one's own.
   *
   * @return a new empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a gazetteer from a directory holding {@code provinces.csv}, {@code
   * districts.csv} and {@code subdistricts.csv}, and optionally {@code
   * retired-subdistricts.csv}, in the form described at {@link
   * #readCsv(Reader, Reader, Reader, Reader)}.
   *
   * @param directory the directory, not null
   * @return the gazetteer, not null
   * @throws IOException if a file cannot be read
   * @throws GazetteerFormatException if a file is malformed or the areas do not nest
   */
  public static Gazetteer readCsv(Path directory) throws IOException {
    return GazetteerCsv.read(directory);
  }

  /**
   * Reads a gazetteer from three UTF-8 CSV documents with a header row:
   * {@code code,name_th,name_en,region} for provinces ({@code region} as in
   * {@link Region#parse}), {@code code,province_code,name_th,name_en} for
   * districts, and {@code code,district_code,name_th,name_en,postal_code} for
   * sub-districts. Columns may come in any order; other columns are ignored.
   * Fields may be quoted as in RFC 4180.
   *
   * @param provinces the provinces, not null
   * @param districts the districts, not null
   * @param subdistricts the sub-districts, not null
   * @return the gazetteer, not null
   * @throws IOException if a reader fails
   * @throws GazetteerFormatException if a document is malformed or the areas do not nest
   */
  public static Gazetteer readCsv(Reader provinces, Reader districts, Reader subdistricts)
      throws IOException {
    return GazetteerCsv.read(provinces, districts, subdistricts, null);
  }

  /**
   * Reads a gazetteer with retired sub-district codes from four UTF-8 CSV
   * documents: the three of {@link #readCsv(Reader, Reader, Reader)}, and
   * {@code code,name_th,replaced_by,change} for retired codes, where {@code
   * replaced_by} is one code or several separated by spaces and {@code change}
   * is {@code renumbered} or {@code split} (see {@link CodeChange}). A retired
   * code must not be a current sub-district, and its replacements must be.
   *
   * @param provinces the provinces, not null
   * @param districts the districts, not null
   * @param subdistricts the sub-districts, not null
   * @param retired the retired sub-district codes, not null
   * @return the gazetteer, not null
   * @throws IOException if a reader fails
   * @throws GazetteerFormatException if a document is malformed, the areas do
   *     not nest, or a retired code does not fit the current ones
   */
  public static Gazetteer readCsv(
      Reader provinces, Reader districts, Reader subdistricts, Reader retired) throws IOException {
    return GazetteerCsv.read(provinces, districts, subdistricts, requireNonNull(retired, "retired"));
  }

  /**
   * Gets which gazetteer this is: its source and date. The bundled gazetteer
   * has one; others have one if it was given.
   *
   * @return the edition, or empty if none was given
   */
  public Optional<GazetteerEdition> edition() {
    return edition;
  }

  /**
   * Obtains a copy of this gazetteer with the given edition, such as for one
   * read from CSV files.
   *
   * @param edition the edition, not null
   * @return a gazetteer with the same data and that edition, not null
   */
  public Gazetteer withEdition(GazetteerEdition edition) {
    return new Gazetteer(this, requireNonNull(edition, "edition"));
  }

  /**
   * Gets every retired sub-district code, ordered by code.
   *
   * @return the retired codes, empty if the gazetteer has none, not null
   */
  public List<RetiredSubdistrict> retiredSubdistricts() {
    return retired.values().asList();
  }

  /**
   * Gets a retired sub-district code with the codes that replaced it, such as
   * 104701 (split into 104702 and 104703).
   *
   * @param code the code, not null
   * @return the retired code, or empty if the code is current or unknown
   */
  public Optional<RetiredSubdistrict> retired(SubdistrictCode code) {
    return Optional.ofNullable(retired.get(requireNonNull(code, "code")));
  }

  /** {@return every province, ordered by code} */
  public List<Province> provinces() {
    return provinces.values().asList();
  }

  /** {@return every district, ordered by code} */
  public List<District> districts() {
    return districts.values().asList();
  }

  /** {@return every sub-district, ordered by code} */
  public List<Subdistrict> subdistricts() {
    return subdistricts.values().asList();
  }

  /**
   * Gets a province by code.
   *
   * @param code the code, not null
   * @return the province, or empty if the gazetteer has none with that code
   */
  public Optional<Province> province(ProvinceCode code) {
    return Optional.ofNullable(provinces.get(requireNonNull(code, "code")));
  }

  /**
   * Gets a district by code.
   *
   * @param code the code, not null
   * @return the district, or empty if the gazetteer has none with that code
   */
  public Optional<District> district(DistrictCode code) {
    return Optional.ofNullable(districts.get(requireNonNull(code, "code")));
  }

  /**
   * Gets a sub-district by code.
   *
   * @param code the code, not null
   * @return the sub-district, or empty if the gazetteer has none with that code
   */
  public Optional<Subdistrict> subdistrict(SubdistrictCode code) {
    return Optional.ofNullable(subdistricts.get(requireNonNull(code, "code")));
  }

  /**
   * Gets the area of any level by code.
   *
   * @param code the code, not null
   * @return the area, or empty if the gazetteer has none with that code
   */
  public Optional<Area> area(AreaCode code) {
    requireNonNull(code, "code");
    if (code instanceof ProvinceCode) {
      return Optional.ofNullable(provinces.get(code));
    } else if (code instanceof DistrictCode) {
      return Optional.ofNullable(districts.get(code));
    }
    return Optional.ofNullable(subdistricts.get(code));
  }

  /**
   * Checks if the gazetteer has an area with a code.
   *
   * @param code the code of any level, not null
   * @return true if there is a current area with that code
   */
  public boolean contains(AreaCode code) {
    return area(code).isPresent();
  }

  /**
   * Gets the districts of a province.
   *
   * @param province the province's code, not null
   * @return the districts ordered by code; empty for an unknown province
   */
  public List<District> districts(ProvinceCode province) {
    return districtsByProvince.get(requireNonNull(province, "province"));
  }

  /**
   * Gets the sub-districts of a district.
   *
   * @param district the district's code, not null
   * @return the sub-districts ordered by code; empty for an unknown district
   */
  public List<Subdistrict> subdistricts(DistrictCode district) {
    return subdistrictsByDistrict.get(requireNonNull(district, "district"));
  }

  /**
   * Gets the areas one level below an area, ordered by code: the districts of
   * a province or the sub-districts of a district.
   *
   * @param code the code of any level, not null
   * @return the children ordered by code; empty for a sub-district or an unknown code
   */
  public List<? extends Area> children(AreaCode code) {
    requireNonNull(code, "code");
    if (code instanceof ProvinceCode) {
      return districts((ProvinceCode) code);
    } else if (code instanceof DistrictCode) {
      return subdistricts((DistrictCode) code);
    }
    return List.of();
  }

  /**
   * Gets the path from the province down to an area, such as เชียงราย › แม่สาย ›
   * บ้านด้าย for 570908.
   *
   * @param code the area's code, not null
   * @return the path, or empty if the gazetteer has no area with this code
   */
  public Optional<AreaPath> path(AreaCode code) {
    return area(code)
        .map(
            area -> {
              ImmutableList.Builder<Area> chain = ImmutableList.builder();
              chain.add(provinces.get(code.province()));
              if (code instanceof SubdistrictCode) {
                chain.add(districts.get(((SubdistrictCode) code).district()));
              }
              if (!(code instanceof ProvinceCode)) {
                chain.add(area);
              }
              return AreaPath.of(chain.build());
            });
  }

  /**
   * Finds the areas of any level whose Thai or English name matches, ignoring
   * case, white space, Thai digits and a leading administrative word.
   *
   * @param name the name to look for, such as "แม่สาย", "อำเภอแม่สาย" or "mae sai", not null
   * @return the matching areas, provinces first then by code; empty if none match
   */
  public List<Area> find(String name) {
    ImmutableSet.Builder<Area> found = ImmutableSet.builder();
    for (String key : keys(requireNonNull(name, "name"))) {
      found.addAll(byName.get(key));
    }
    return found.build().stream().sorted(BY_LEVEL_THEN_CODE).collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds the areas of one level whose Thai or English name matches, as {@link #find(String)}.
   *
   * @param name the name to look for, not null
   * @param level the level wanted, not null
   * @return the matching areas by code; empty if none match
   */
  public List<Area> find(String name, AreaLevel level) {
    requireNonNull(level, "level");
    return find(name).stream()
        .filter(a -> a.level() == level)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Suggests areas whose name is close to a name that may be misspelt, nearest
   * first. The distance counts single-character edits (insert, delete,
   * substitute, swap neighbours) between normalised names, which suits Thai,
   * where a wrong or misplaced vowel or tone mark is one edit: "หเวยไคร้"
   * suggests ห้วยไคร้ (570902). Exact matches are not suggestions.
   *
   * @param name the name that matched nothing, not null
   * @param limit the most suggestions wanted, at least 1
   * @return up to {@code limit} suggestions, nearest first, then by level and code
   */
  public List<NameSuggestion> suggest(String name, int limit) {
    return suggestions(name, null, limit);
  }

  /**
   * Suggests areas inside {@code scope} (or equal to it) whose name is close to
   * {@code name}, as {@link #suggest(String, int)}: for example the
   * sub-districts of district 5709 that a misspelt sub-district name may mean.
   *
   * @param name the name that matched nothing, not null
   * @param scope the area to look inside, not null
   * @param limit the most suggestions wanted, at least 1
   * @return up to {@code limit} suggestions, nearest first, then by level and code
   */
  public List<NameSuggestion> suggest(String name, AreaCode scope, int limit) {
    return suggestions(name, requireNonNull(scope, "scope"), limit);
  }

  private List<NameSuggestion> suggestions(String name, AreaCode scope, int limit) {
    requireNonNull(name, "name");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    Map<Area, NameSuggestion> best = new LinkedHashMap<>();
    for (String query : keys(name)) {
      int allowed = allowedEdits(query.length());
      for (Map.Entry<String, java.util.Collection<Area>> entry : byName.asMap().entrySet()) {
        String candidate = entry.getKey();
        if (Math.abs(candidate.length() - query.length()) > allowed) {
          continue;
        }
        int distance = ThaiText.distance(query, candidate);
        if (distance == 0 || distance > allowed) {
          continue;
        }
        for (Area area : entry.getValue()) {
          if (scope != null && !scope.contains(area.code())) {
            continue;
          }
          NameSuggestion previous = best.get(area);
          if (previous == null || distance < previous.distance()) {
            best.put(area, new NameSuggestion(area, nameFor(area, candidate), distance));
          }
        }
      }
    }
    return best.values().stream()
        .sorted(
            Comparator.comparingInt(NameSuggestion::distance)
                .thenComparing(NameSuggestion::area, BY_LEVEL_THEN_CODE))
        .limit(limit)
        .collect(ImmutableList.toImmutableList());
  }

  /** Short names tolerate one edit, longer ones two, very long ones three. */
  private static int allowedEdits(int length) {
    if (length <= 4) {
      return 1;
    }
    return length <= 12 ? 2 : 3;
  }

  /** Returns the area's name (Thai or English) whose search key is {@code key}. */
  private static String nameFor(Area area, String key) {
    return keys(area.nameEn()).contains(key) ? area.nameEn() : area.nameTh();
  }

  /** The search keys of a name: normalised as is, and without a leading administrative word. */
  static ImmutableSet<String> keys(String name) {
    String text = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    ImmutableSet.Builder<String> keys = ImmutableSet.builder();
    String whole = ThaiText.normalizeName(text);
    if (!whole.isEmpty()) {
      keys.add(whole);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String prefix : PREFIXES) {
      if (lower.startsWith(prefix) && lower.length() > prefix.length()) {
        String rest = ThaiText.normalizeName(text.substring(prefix.length()));
        if (!rest.isEmpty()) {
          keys.add(rest);
        }
        break;
      }
    }
    return keys.build();
  }

  /** Gets a summary such as "Gazetteer[77 provinces, 928 districts, 7436 sub-districts]". */
  @Override
  public String toString() {
    return "Gazetteer["
        + provinces.size() + " provinces, "
        + districts.size() + " districts, "
        + subdistricts.size() + " sub-districts]";
  }

  /**
   * Builds a gazetteer. Each area and retired code may be added once; {@link
   * #build()} checks that every district's province and every sub-district's
   * district is there, and that retired codes are not current but their
   * replacements are.
   *
   * <p>This class is mutable and not thread-safe; the gazetteer it builds is immutable.
   */
  public static final class Builder {
    private final Map<ProvinceCode, Province> provinces = new LinkedHashMap<>();
    private final Map<DistrictCode, District> districts = new LinkedHashMap<>();
    private final Map<SubdistrictCode, Subdistrict> subdistricts = new LinkedHashMap<>();
    private final Map<SubdistrictCode, RetiredSubdistrict> retired = new LinkedHashMap<>();
    private GazetteerEdition edition;

    private Builder() {}

    /**
     * Adds a retired sub-district code.
     *
     * @param code the retired code and its replacements, not null
     * @return this builder
     * @throws IllegalArgumentException if the same code was retired before
     */
    public Builder addRetired(RetiredSubdistrict code) {
      requireNonNull(code, "code");
      if (retired.putIfAbsent(code.code(), code) != null) {
        throw new IllegalArgumentException("Duplicate retired sub-district code " + code.code());
      }
      return this;
    }

    /**
     * Sets which gazetteer this is.
     *
     * @param edition the source and date, not null
     * @return this builder
     */
    public Builder edition(GazetteerEdition edition) {
      this.edition = requireNonNull(edition, "edition");
      return this;
    }

    /**
     * Adds an area of any level.
     *
     * @param area the area, not null
     * @return this builder
     * @throws IllegalArgumentException if an area with the same code was added before
     */
    public Builder add(Area area) {
      requireNonNull(area, "area");
      if (area instanceof Province) {
        put(provinces, ((Province) area).code(), (Province) area);
      } else if (area instanceof District) {
        put(districts, ((District) area).code(), (District) area);
      } else {
        put(subdistricts, ((Subdistrict) area).code(), (Subdistrict) area);
      }
      return this;
    }

    /**
     * Adds every area given.
     *
     * @param areas the areas, not null
     * @return this builder
     * @throws IllegalArgumentException if a code repeats
     */
    public Builder addAll(Iterable<? extends Area> areas) {
      areas.forEach(this::add);
      return this;
    }

    private static <K extends AreaCode, V extends Area> void put(Map<K, V> map, K code, V area) {
      V previous = map.putIfAbsent(code, area);
      if (previous != null) {
        throw new IllegalArgumentException(
            "Duplicate " + code.level().label() + " code " + code + ": "
                + previous.nameEn() + " and " + area.nameEn());
      }
    }

    /**
     * Builds the gazetteer.
     *
     * @return the gazetteer, not null
     * @throws IllegalArgumentException if a district's province or a sub-district's district is missing
     */
    public Gazetteer build() {
      for (District district : districts.values()) {
        if (!provinces.containsKey(district.province())) {
          throw new IllegalArgumentException(
              "District " + district.code() + " (" + district.nameEn() + ") lies in province "
                  + district.province() + ", which is not in the gazetteer");
        }
      }
      for (Subdistrict subdistrict : subdistricts.values()) {
        if (!districts.containsKey(subdistrict.district())) {
          throw new IllegalArgumentException(
              "Sub-district " + subdistrict.code() + " (" + subdistrict.nameEn()
                  + ") lies in district " + subdistrict.district()
                  + ", which is not in the gazetteer");
        }
      }
      for (RetiredSubdistrict code : retired.values()) {
        Subdistrict current = subdistricts.get(code.code());
        if (current != null) {
          throw new IllegalArgumentException(
              "Retired sub-district code " + code.code() + " (" + code.nameTh()
                  + ") is also a current sub-district (" + current.nameTh() + ")");
        }
        for (SubdistrictCode replacement : code.replacedBy()) {
          if (!subdistricts.containsKey(replacement)) {
            throw new IllegalArgumentException(
                "Retired sub-district code " + code.code() + " (" + code.nameTh() + ") is replaced by "
                    + replacement + ", which is not a current sub-district of the gazetteer");
          }
        }
      }
      return new Gazetteer(this);
    }
  }
}
