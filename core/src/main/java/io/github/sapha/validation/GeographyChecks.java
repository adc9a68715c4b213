package io.github.sapha.validation;

import static io.github.sapha.registry.FieldNames.*;

import io.github.sapha.council.Council;
import io.github.sapha.designation.Designation;
import io.github.sapha.council.Network;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.council.Organization;
import io.github.sapha.council.OrganizationKind;
import io.github.sapha.geography.Area;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.LocalGovernment;
import io.github.sapha.geography.CodeChange;
import io.github.sapha.geography.District;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.NameSuggestion;
import io.github.sapha.geography.RetiredSubdistrict;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.plan.Plan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The geography rules. geo.unknown-code and geo.retired-code walk the same
 * codes ({@link #codes}): a code the gazetteer does not know is one or the other.
 */
final class GeographyChecks {
  static final List<Definition> RULES = List.of(
      Definition.of(Rules.GEO_UNKNOWN_CODE, Severity.ERROR,
          "a province, district or sub-district code that the gazetteer does not know", GeographyChecks::unknownCode),
      Definition.of(Rules.GEO_OUTSIDE_PARENT, Severity.ERROR,
          "an element filed under a parent area that does not contain it", GeographyChecks::outsideParent),
      Definition.of(Rules.GEO_NAME_MISMATCH, Severity.WARNING,
          "a name given with a code differs from the gazetteer's; suggestion when close", GeographyChecks::nameMismatch),
      Definition.of(Rules.GEO_RETIRED_CODE, Severity.WARNING,
          "a sub-district code that has been retired (renumbered or split), reported instead of geo.unknown-code; "
              + "suggestion: the code or codes that replaced it",
          GeographyChecks::retiredCode),
      Definition.of(Rules.GEO_BODY_NAME_MISMATCH, Severity.WARNING,
          "a council or district network named after another sub-district of its district or another district of "
              + "its province; suggestion: the name with its area's own name",
          GeographyChecks::bodyNames));

  private GeographyChecks() {}

  /** geo.unknown-code: a code that is neither in the gazetteer nor among its retired codes. */
  private static void unknownCode(Run run, RuleContext out) {
    codes(run, (at, code) -> {
      if (!run.gazetteer.contains(code) && retired(run, code).isEmpty()) {
        out.report(at, capitalized(code.level().label()) + " code " + code + " is not in the gazetteer");
      }
    });
  }

  /** geo.retired-code, in place of geo.unknown-code for a code the gazetteer knows was retired. */
  private static void retiredCode(Run run, RuleContext out) {
    codes(run, (at, code) -> {
      if (!run.gazetteer.contains(code)) {
        retired(run, code).ifPresent(r -> out.report(at, retiredMessage(r), r.replacements()));
      }
    });
  }

  private static Optional<RetiredSubdistrict> retired(Run run, AreaCode code) {
    return code instanceof SubdistrictCode ? run.gazetteer.retired((SubdistrictCode) code) : Optional.empty();
  }

  /** Every area code of the registry, with its path. */
  private static void codes(Run run, BiConsumer<Pointer, AreaCode> visitor) {
    List<Council> councils = run.registry.councils();
    for (int i = 0; i < councils.size(); i++) {
      Pointer subdistricts = Paths.council(i).field(AREA).field(SUBDISTRICTS);
      int j = 0;
      for (SubdistrictCode code : councils.get(i).area().subdistricts()) {
        visitor.accept(subdistricts.index(j++), code);
      }
    }
    List<Network> networks = run.registry.networks();
    for (int i = 0; i < networks.size(); i++) {
      int index = i;
      networks.get(i).area().ifPresent(code -> visitor.accept(Paths.network(index).field(AREA), code));
    }
    List<Organization> organizations = run.registry.organizations();
    for (int i = 0; i < organizations.size(); i++) {
      Organization organization = organizations.get(i);
      Pointer at = Paths.organization(i);
      organization.area().ifPresent(code -> visitor.accept(at.field(AREA), code));
      if (organization.localGovernment().isPresent()) {
        int j = 0;
        for (AreaCode code : organization.localGovernment().get().area()) {
          visitor.accept(at.field(LOCAL_GOVERNMENT).field(AREA).index(j++), code);
        }
      }
    }
    List<Plan> plans = run.registry.plans();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      Pointer at = Paths.plan(i);
      plan.area().ifPresent(code -> visitor.accept(at.field(AREA), code));
      plan.integrationArea().ifPresent(code -> visitor.accept(at.field(INTEGRATION_AREA), code));
    }
    List<Designation> designations = run.registry.designations();
    for (int i = 0; i < designations.size(); i++) {
      Pointer areas = Paths.designation(i).field(AREAS);
      int j = 0;
      for (AreaCode code : designations.get(i).areas()) {
        visitor.accept(areas.index(j++), code);
      }
    }
  }

  private static void outsideParent(Run run, RuleContext out) {
    List<Council> councils = run.registry.councils();
    for (int i = 0; i < councils.size(); i++) {
      Council council = councils.get(i);
      Optional<LocalGovernment> localGovernment =
          localGovernment(council.area().localGovernment().flatMap(run.registry::organization));
      if (localGovernment.isEmpty()) {
        continue;
      }
      Pointer subdistricts = Paths.council(i).field(AREA).field(SUBDISTRICTS);
      int j = 0;
      for (SubdistrictCode code : council.area().subdistricts()) {
        if (!localGovernment.get().covers(code)) {
          out.report(
              subdistricts.index(j),
              "Sub-district " + code + " of council " + council.id() + " is filed under local government "
                  + council.area().localGovernment().get() + ", whose area " + localGovernment.get().area()
                  + " does not contain it");
        }
        j++;
      }
    }
    List<Organization> organizations = run.registry.organizations();
    for (int i = 0; i < organizations.size(); i++) {
      Organization organization = organizations.get(i);
      if (organization.localGovernment().isEmpty() || organization.area().isEmpty()) {
        continue;
      }
      AreaCode parent = organization.area().get();
      int j = 0;
      for (AreaCode code : organization.localGovernment().get().area()) {
        Pointer codeAt = Paths.organization(i).field(LOCAL_GOVERNMENT).field(AREA).index(j++);
        if (!parent.contains(code)) {
          out.report(
              codeAt,
              "Area " + code + " of local government " + organization.id() + " is filed under "
                  + parent.level().label() + " " + parent + ", which does not contain it");
        }
      }
    }
    List<Plan> plans = run.registry.plans();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      if (plan.area().isEmpty()) {
        continue;
      }
      Pointer at = Paths.plan(i);
      localGovernment(plan.localGovernment().flatMap(run.registry::organization))
          .filter(lg -> !lg.covers(plan.area().get()))
          .ifPresent(lg -> out.report(
              at.field(AREA),
              "Area " + plan.area().get() + " of plan " + plan.id() + " is filed under local government "
                  + plan.localGovernment().get() + ", whose area " + lg.area() + " does not contain it"));
    }
  }

  private static void nameMismatch(Run run, RuleContext out) {
    List<Council> councils = run.registry.councils();
    for (int i = 0; i < councils.size(); i++) {
      Council council = councils.get(i);
      // An unknown code is geo.unknown-code's to report; its name has nothing to be compared with.
      if (council.area().subdistricts().stream().allMatch(run.gazetteer::contains)) {
        int index = i;
        council.area().name()
            .ifPresent(name -> nameMatches(run, out, council, name, Paths.council(index).field(AREA).field(NAME)));
      }
    }
  }

  /**
   * geo.body-name-mismatch: a council named after another sub-district of its
   * district, a district network named after another district of its province.
   */
  private static void bodyNames(Run run, RuleContext out) {
    Map<DistrictCode, Map<String, SubdistrictCode>> subdistrictNames = new HashMap<>();
    List<Council> councils = run.registry.councils();
    for (int i = 0; i < councils.size(); i++) {
      Council council = councils.get(i);
      int[] part = partAfter(council.nameTh(), "ตำบล", "แขวง");
      if (part == null || !council.area().subdistricts().stream().allMatch(run.gazetteer::contains)) {
        continue;
      }
      String named = council.nameTh().substring(part[0], part[1]);
      SubdistrictCode own = council.area().subdistricts().first();
      Map<String, SubdistrictCode> names = subdistrictNames.computeIfAbsent(own.district(), d -> {
        Map<String, SubdistrictCode> byName = new HashMap<>();
        run.gazetteer.subdistricts(d).forEach(s -> byName.putIfAbsent(s.nameTh(), s.code()));
        return byName;
      });
      SubdistrictCode other = names.get(named);
      if (other == null || council.area().subdistricts().contains(other)) {
        continue;
      }
      String ownName = run.gazetteer.subdistrict(own).orElseThrow().nameTh();
      out.report(
          Paths.council(i).field(NAME_TH),
          "Council " + council.id() + " is named after sub-district " + other + " (" + named
              + "), but its area is sub-district " + own + " (" + ownName + ")",
          replace(council.nameTh(), part, ownName));
    }
    Map<ProvinceCode, Map<String, DistrictCode>> districtNames = new HashMap<>();
    List<Network> networks = run.registry.networks();
    for (int i = 0; i < networks.size(); i++) {
      Network network = networks.get(i);
      int[] part = partAfter(network.nameTh(), "อำเภอ", "เขต");
      if (network.level() != NetworkLevel.DISTRICT || part == null) {
        continue;
      }
      DistrictCode own = (DistrictCode) network.area().orElseThrow();
      Optional<District> district = run.gazetteer.district(own);
      if (district.isEmpty()) {
        continue; // geo.unknown-code's to report
      }
      String named = network.nameTh().substring(part[0], part[1]);
      Map<String, DistrictCode> names = districtNames.computeIfAbsent(own.province(), p -> {
        Map<String, DistrictCode> byName = new HashMap<>();
        run.gazetteer.districts(p).forEach(d -> byName.putIfAbsent(plainDistrictName(d), d.code()));
        return byName;
      });
      DistrictCode other = names.get(named);
      if (other == null || other.equals(own)) {
        continue;
      }
      String ownName = plainDistrictName(district.get());
      out.report(
          Paths.network(i).field(NAME_TH),
          "Network " + network.id() + " is named after district " + other + " (" + named
              + "), but its area is district " + own + " (" + ownName + ")",
          replace(network.nameTh(), part, ownName));
    }
  }

  /** A district's Thai name without the เขต that Bangkok's names start with. */
  private static String plainDistrictName(District district) {
    return district.nameTh().startsWith("เขต") ? district.nameTh().substring(3) : district.nameTh();
  }

  /**
   * Where the place name lies in a body's name: from after the last of the
   * words to the end or the next space; null if neither word occurs or nothing follows.
   */
  private static int[] partAfter(String name, String word, String otherWord) {
    int a = name.lastIndexOf(word);
    int b = name.lastIndexOf(otherWord);
    int start = a >= 0 && a >= b ? a + word.length() : b >= 0 ? b + otherWord.length() : -1;
    if (start < 0) {
      return null;
    }
    int end = name.indexOf(' ', start);
    end = end < 0 ? name.length() : end;
    return end > start ? new int[] {start, end} : null;
  }

  private static String replace(String name, int[] part, String with) {
    return name.substring(0, part[0]) + with + name.substring(part[1]);
  }

  private static Optional<LocalGovernment> localGovernment(Optional<Organization> organization) {
    return organization
        .filter(o -> o.kind() == OrganizationKind.LOCAL_GOVERNMENT)
        .flatMap(Organization::localGovernment);
  }

  /** Such as "Sub-district code 104701 (บางนา) is retired: it was split into 104702 and 104703". */
  private static String retiredMessage(RetiredSubdistrict retired) {
    List<String> codes = retired.replacedBy().stream().map(SubdistrictCode::value).collect(Collectors.toList());
    String replacements = codes.size() == 1
        ? codes.get(0)
        : String.join(", ", codes.subList(0, codes.size() - 1)) + " and " + codes.get(codes.size() - 1);
    return "Sub-district code " + retired.code() + " (" + retired.nameTh() + ") is retired: it was "
        + (retired.change() == CodeChange.SPLIT ? "split into " : "renumbered as ") + replacements;
  }

  private static void nameMatches(Run run, RuleContext out, Council council, String name, Pointer at) {
    for (Area area : run.gazetteer.find(name)) {
      if (council.area().subdistricts().contains(area.code())) {
        return;
      }
    }
    NameSuggestion best = null;
    for (SubdistrictCode code : council.area().subdistricts()) {
      for (NameSuggestion suggestion : run.gazetteer.suggest(name, code, 1)) {
        if (best == null || suggestion.distance() < best.distance()) {
          best = suggestion;
        }
      }
    }
    SubdistrictCode first = council.area().subdistricts().first();
    String official =
        run.gazetteer.subdistrict(first).map(s -> "\"" + s.nameTh() + "\" (" + s.nameEn() + ")").orElse("unknown");
    String message =
        "Council " + council.id() + " names its area \"" + name + "\", but the gazetteer's name of sub-district "
            + first + " is " + official;
    if (best == null) {
      out.report(at, message);
    } else {
      out.report(at, message, best.name());
    }
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
