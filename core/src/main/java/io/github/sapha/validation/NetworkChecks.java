package io.github.sapha.validation;

import static io.github.sapha.registry.FieldNames.*;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.Council;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Network;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.District;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.Subdistrict;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.registry.Registry;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The network rules. Coverage uses one set of covered sub-districts, built
 * once; cycles are found in one walk over the member-network links.
 */
final class NetworkChecks {
  static final List<Definition> RULES = List.of(
      Definition.of(Rules.NETWORK_COUNCIL_OUTSIDE_DISTRICT, Severity.ERROR,
          "a district network listing a council of another district", NetworkChecks::councilOutsideDistrict),
      Definition.of(Rules.NETWORK_DISTRICT_OUTSIDE_PROVINCE, Severity.ERROR,
          "a provincial network listing a district of another province", NetworkChecks::districtOutsideProvince),
      Definition.of(Rules.NETWORK_COVERAGE_CLAIM, Severity.ERROR,
          "a network that claims full coverage while some sub-districts have no active council",
          NetworkChecks::coverageClaim),
      Definition.of(Rules.NETWORK_CHAIR_NOT_MEMBER, Severity.WARNING,
          "a network chair who sits on none of the network's councils", NetworkChecks::chairNotMember),
      Definition.of(Rules.NETWORK_COUNCIL_IN_TWO_NETWORKS, Severity.WARNING,
          "a council listed by two district networks", NetworkChecks::councilInTwoNetworks),
      Definition.of(Rules.NETWORK_CYCLE, Severity.ERROR,
          "a network that contains itself through its member networks", NetworkChecks::cycles));

  private NetworkChecks() {}

  private static void councilOutsideDistrict(Run run, RuleContext out) {
    Registry registry = run.registry;
    List<Network> networks = registry.networks();
    for (int i = 0; i < networks.size(); i++) {
      Network network = networks.get(i);
      if (network.level() != NetworkLevel.DISTRICT) {
        continue;
      }
      Pointer at = Paths.network(i);
      AreaCode district = network.area().orElseThrow();
      for (int k = 0; k < network.councils().size(); k++) {
        BodyId id = network.councils().get(k);
        int index = k;
        registry.council(id)
            .filter(c -> !c.area().liesIn(district))
            .ifPresent(c -> out.report(
                at.field(COUNCILS).index(index),
                "Network " + network.id() + " of district " + district + " lists council " + id
                    + ", whose area " + c.area().subdistricts() + " lies outside the district"));
      }
    }
  }

  private static void districtOutsideProvince(Run run, RuleContext out) {
    Registry registry = run.registry;
    List<Network> networks = registry.networks();
    for (int i = 0; i < networks.size(); i++) {
      Network network = networks.get(i);
      if (network.level() != NetworkLevel.PROVINCIAL) {
        continue;
      }
      Pointer at = Paths.network(i);
      AreaCode province = network.area().orElseThrow();
      for (int k = 0; k < network.networks().size(); k++) {
        BodyId id = network.networks().get(k);
        int index = k;
        registry.network(id)
            .filter(n -> n.area().filter(a -> !province.contains(a)).isPresent())
            .ifPresent(n -> out.report(
                at.field(NETWORKS).index(index),
                "Network " + network.id() + " of province " + province + " lists network " + id + " of "
                    + n.area().get().level().label() + " " + n.area().get() + ", which lies outside the province"));
      }
    }
  }

  private static void coverageClaim(Run run, RuleContext out) {
    List<Network> networks = run.registry.networks();
    Set<SubdistrictCode> covered = null;
    for (int i = 0; i < networks.size(); i++) {
      Network network = networks.get(i);
      if (network.claimsFullCoverage()) {
        if (covered == null) {
          covered = covered(run.registry, run.registry.asOf());
        }
        coverageClaim(run, out, network, Paths.network(i), covered);
      }
    }
  }

  private static void chairNotMember(Run run, RuleContext out) {
    List<Network> networks = run.registry.networks();
    for (int i = 0; i < networks.size(); i++) {
      chairNotMember(run, out, networks.get(i), Paths.network(i), run.registry.asOf());
    }
  }

  /** network.council-in-two-networks, on the later listing, naming the earlier network. */
  private static void councilInTwoNetworks(Run run, RuleContext out) {
    List<Network> networks = run.registry.networks();
    Map<BodyId, Integer> first = new HashMap<>();
    for (int i = 0; i < networks.size(); i++) {
      Network network = networks.get(i);
      if (network.level() != NetworkLevel.DISTRICT) {
        continue;
      }
      for (int k = 0; k < network.councils().size(); k++) {
        BodyId council = network.councils().get(k);
        Integer earlier = first.putIfAbsent(council, i);
        if (earlier != null && earlier != i) {
          out.report(
              Paths.network(i).field(COUNCILS).index(k),
              "Council " + council + " is listed by both network " + networks.get(earlier).id() + " and network "
                  + network.id() + "; a council belongs to one district network");
        }
      }
    }
  }

  /**
   * network.cycle: one depth-first walk over the member-network links, in
   * document order, without recursion; each link back into the walk closes a
   * cycle and is reported where it is listed.
   */
  private static void cycles(Run run, RuleContext out) {
    List<Network> networks = run.registry.networks();
    Map<BodyId, Integer> index = new HashMap<>();
    for (int i = 0; i < networks.size(); i++) {
      index.put(networks.get(i).id(), i);
    }
    byte[] state = new byte[networks.size()]; // 0 = unseen, 1 = on the walk, 2 = done
    int[] next = new int[networks.size()]; // the member link to follow next
    Deque<Integer> walk = new ArrayDeque<>();
    for (int start = 0; start < networks.size(); start++) {
      if (state[start] != 0) {
        continue;
      }
      state[start] = 1;
      walk.push(start);
      while (!walk.isEmpty()) {
        int u = walk.peek();
        List<BodyId> members = networks.get(u).networks();
        if (next[u] == members.size()) {
          state[u] = 2;
          walk.pop();
          continue;
        }
        int k = next[u]++;
        Integer v = index.get(members.get(k));
        if (v == null) {
          continue; // reference.dangling reports it
        }
        if (state[v] == 1) {
          Network network = networks.get(u);
          out.report(
              Paths.network(u).field(NETWORKS).index(k),
              v == u
                  ? "Network " + network.id() + " lists itself as a member network"
                  : "Network " + network.id() + " lists network " + networks.get(v).id()
                      + ", which contains network " + network.id() + " through its member networks");
        } else if (state[v] == 0) {
          state[v] = 1;
          walk.push(v);
        }
      }
    }
  }

  private static Set<SubdistrictCode> covered(Registry registry, LocalDate asOf) {
    Set<SubdistrictCode> covered = new HashSet<>();
    for (Council council : registry.councils()) {
      if (council.isActiveOn(asOf)) {
        covered.addAll(council.area().subdistricts());
      }
    }
    return covered;
  }

  private static void coverageClaim(Run run, RuleContext out, Network network, Pointer at, Set<SubdistrictCode> covered) {
    AreaCode area = network.area().orElseThrow();
    List<Subdistrict> subdistricts = new ArrayList<>();
    if (area instanceof DistrictCode) {
      subdistricts.addAll(run.gazetteer.subdistricts((DistrictCode) area));
    } else if (area instanceof ProvinceCode) {
      for (District district : run.gazetteer.districts((ProvinceCode) area)) {
        subdistricts.addAll(run.gazetteer.subdistricts(district.code()));
      }
    }
    if (subdistricts.isEmpty()) {
      return; // an unknown area is geo.unknown-code's to report
    }
    List<String> missing = subdistricts.stream()
        .map(Subdistrict::code)
        .filter(code -> !covered.contains(code))
        .map(SubdistrictCode::toString)
        .collect(Collectors.toList());
    if (!missing.isEmpty()) {
      String shown = missing.size() <= 10
          ? String.join(", ", missing)
          : String.join(", ", missing.subList(0, 10)) + " and " + (missing.size() - 10) + " more";
      out.report(
          at.field(CLAIMS_FULL_COVERAGE),
          "Network " + network.id() + " claims full coverage of " + area.level().label() + " " + area + ", but "
              + missing.size() + " of its " + subdistricts.size() + " sub-districts " + (missing.size() == 1 ? "has" : "have")
              + " no active council on "
              + run.registry.asOf() + ": " + shown);
    }
  }

  private static void chairNotMember(Run run, RuleContext out, Network network, Pointer at, LocalDate asOf) {
    List<Integer> chairs = new ArrayList<>();
    for (int p = 0; p < network.posts().size(); p++) {
      Post post = network.posts().get(p);
      if (post.role() == PostRole.CHAIR && !post.isVacant() && post.isActiveOn(asOf)) {
        chairs.add(p);
      }
    }
    if (chairs.isEmpty()) {
      return;
    }
    // Each chair is looked for among the members, rather than every member put in a set:
    // the national network would otherwise hash every member of the country.
    List<Council> councils = councilsOf(run.registry, network);
    for (int p : chairs) {
      PersonId holder = network.posts().get(p).holder().get();
      if (!sitsOnAny(councils, holder, asOf)) {
        out.report(
            at.field(POSTS).index(p).field(HOLDER),
            "The chair of network " + network.id() + ", person " + run.person(holder) + ", sits on none of the network's "
                + "councils on " + asOf);
      }
    }
  }

  private static boolean sitsOnAny(List<Council> councils, PersonId person, LocalDate asOf) {
    for (Council council : councils) {
      for (Membership member : council.members()) {
        if (member.person().equals(person) && member.isActiveOn(asOf)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The councils of a network, directly and through its member networks, each once. */
  private static List<Council> councilsOf(Registry registry, Network top) {
    List<Council> councils = new ArrayList<>();
    Set<BodyId> seen = new HashSet<>();
    Deque<Network> todo = new ArrayDeque<>();
    todo.add(top);
    seen.add(top.id());
    while (!todo.isEmpty()) {
      Network network = todo.removeFirst();
      network.councils().forEach(id -> registry.council(id).ifPresent(councils::add));
      for (BodyId id : network.networks()) {
        if (seen.add(id)) {
          registry.network(id).ifPresent(todo::add);
        }
      }
    }
    return councils;
  }
}
