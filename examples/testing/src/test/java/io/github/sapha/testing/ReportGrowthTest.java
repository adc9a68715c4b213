package io.github.sapha.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Network;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PersonName;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.Registration;
import io.github.sapha.council.Term;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.Subdistrict;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.plan.Plan;
import io.github.sapha.plan.PlanLevel;
import io.github.sapha.registry.Registry;
import io.github.sapha.validation.RuleInfo;
import io.github.sapha.validation.Rules;
import io.github.sapha.validation.Validator;
import io.github.sapha.validation.Violation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Linear in everything, messages included: for each rule of the catalogue, a
 * registry that breaks it n times and one that breaks it 10n times give
 * reports of that rule (violations, and characters of their messages and
 * suggestions) at most 10 times and a bit as large. Counted, never timed. A
 * rule added to the catalogue without a mutation in the tester kit that
 * triggers it fails here.
 */
class ReportGrowthTest {
  /** The smaller registry breaks each rule this many times, the larger ten times as many. */
  private static final int N = 1;
  /**
   * The bit above 10 times: messages name ids, areas and amounts whose lengths
   * differ from one target to another. A message that lists what other
   * violations also name (a whole cycle, every duplicate) grows 100 times.
   */
  private static final double A_BIT = 1.15;
  private static final long SEED = 7;
  /**
   * Small districts of 14 provinces, the 13 districts where codes were
   * retired among them: enough district networks, provincial networks,
   * local governments and retired codes for ten of every mutation, and small
   * enough to validate twice per rule in well under a second.
   */
  private static final Registry BASE =
      SyntheticRegistry.generate(
          9,
          Stream.of(
                  "1022", "1027", "1032", "1033", "1047", "1050", "3006", "3009", "3012", "3017", "3403", "5003",
                  "5303", "2306", "2410", "3311", "5107", "5515", "8419", "8505", "9107", "9507")
              .map(DistrictCode::parse)
              .toList());
  /** For each rule, the mutation that triggers it with the fewest other violations beside. */
  private static final Map<String, String> TRIGGERS = triggers();

  private static Map<String, String> triggers() {
    Map<String, String> triggers = new HashMap<>();
    Map<String, Integer> sizes = new HashMap<>();
    for (String name : Mutations.names()) {
      List<ExpectedViolation> expected = Mutations.apply(BASE, name, 1, SEED).expected().stream().toList();
      for (ExpectedViolation e : expected) {
        if (expected.size() < sizes.getOrDefault(e.rule(), Integer.MAX_VALUE)) {
          triggers.put(e.rule(), name);
          sizes.put(e.rule(), expected.size());
        }
      }
    }
    return triggers;
  }

  static List<String> rules() {
    return Rules.catalogue().stream().map(RuleInfo::id).sorted(Comparator.naturalOrder()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void test_reportOfEachRuleGrowsLinearly(String rule) {
    assertThat(TRIGGERS).as("a mutation in the tester kit that triggers %s", rule).containsKey(rule);
    String mutation = TRIGGERS.get(rule);
    Size small = size(rule, Mutations.apply(BASE, mutation, N, SEED));
    Size large = size(rule, Mutations.apply(BASE, mutation, 10 * N, SEED));
    String what = rule + " broken by " + mutation + " " + N + " and " + 10 * N + " times: " + small + " and " + large;
    assertThat(small.violations).as(what).isGreaterThanOrEqualTo(N);
    assertThat(large.violations).as(what).isGreaterThanOrEqualTo(10 * N);
    assertThat((double) large.violations).as(what).isLessThanOrEqualTo(10 * A_BIT * small.violations);
    assertThat((double) large.characters).as(what).isLessThanOrEqualTo(10 * A_BIT * small.characters);
  }

  /**
   * Rules whose one finding gathers several objects, each broken by a
   * registry with one group of n + 1 objects (n + 1 people with one citizen
   * id, one person in n + 1 councils) or one cycle of n objects: the case that
   * once gave every plan of a cycle a message listing the whole cycle.
   */
  static Stream<Arguments> groups() {
    return Stream.of(
        Arguments.of(Rules.PLAN_CYCLE, (IntFunction<Registry>) ReportGrowthTest::planCycle),
        Arguments.of(Rules.NETWORK_CYCLE, (IntFunction<Registry>) ReportGrowthTest::networkCycle),
        Arguments.of(Rules.PERSON_DUPLICATE_CITIZEN_ID, (IntFunction<Registry>) ReportGrowthTest::oneCitizenId),
        Arguments.of(Rules.COUNCIL_DUPLICATE_REGISTRATION_NUMBER, (IntFunction<Registry>) n -> councils(n + 1, true, false)),
        Arguments.of(Rules.COUNCIL_DUPLICATE_AREA, (IntFunction<Registry>) n -> councils(n + 1, false, false)),
        Arguments.of(Rules.COUNCIL_MEMBER_IN_TWO_COUNCILS, (IntFunction<Registry>) n -> councils(n + 1, false, true)),
        Arguments.of(Rules.NETWORK_COUNCIL_IN_TWO_NETWORKS, (IntFunction<Registry>) ReportGrowthTest::oneCouncilInNetworks));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("groups")
  void test_reportOfOneGrowingGroupGrowsLinearly(String rule, IntFunction<Registry> group) {
    int n = 5;
    Size small = size(rule, group.apply(n));
    Size large = size(rule, group.apply(10 * n));
    String what = rule + " broken by one group of " + n + " and of " + 10 * n + ": " + small + " and " + large;
    assertThat(small.violations).as(what).isPositive();
    assertThat((double) large.violations).as(what).isLessThanOrEqualTo(10 * A_BIT * small.violations);
    assertThat((double) large.characters).as(what).isLessThanOrEqualTo(10 * A_BIT * small.characters);
  }

  private static final LocalDate REGISTERED = LocalDate.of(2015, 1, 1);
  private static final SubdistrictCode BAN_DAI = SubdistrictCode.parse("570908");

  /** n district plans of Mae Sai, each the parent of the next, the last of the first. */
  private static Registry planCycle(int n) {
    Registry.Builder registry = Registry.builder().asOf(SyntheticRegistry.AS_OF);
    for (int i = 0; i < n; i++) {
      registry.addPlan(Plan.builder()
          .id(PlanId.of("plan-" + i))
          .titleTh("แผน " + i)
          .level(PlanLevel.DISTRICT)
          .owner(BodyId.of("network-5709"))
          .area(BAN_DAI.district())
          .period(FiscalYearRange.parse("2561-2564"))
          .parent(PlanId.of("plan-" + (i + 1) % n))
          .build());
    }
    return registry.build();
  }

  /** n provincial networks, each listing the next, the last the first. */
  private static Registry networkCycle(int n) {
    Registry.Builder registry = Registry.builder().asOf(SyntheticRegistry.AS_OF);
    for (int i = 0; i < n; i++) {
      registry.addNetwork(Network.builder()
          .id(BodyId.of("network-" + i))
          .level(NetworkLevel.PROVINCIAL)
          .nameTh("เครือข่าย " + i)
          .area(BAN_DAI.province())
          .addNetwork(BodyId.of("network-" + (i + 1) % n))
          .build());
    }
    return registry.build();
  }

  /** n + 1 people with one citizen id. */
  private static Registry oneCitizenId(int n) {
    Registry.Builder registry = Registry.builder().asOf(SyntheticRegistry.AS_OF);
    for (int i = 0; i <= n; i++) {
      registry.addPerson(Person.builder()
          .id(PersonId.of("person-" + i))
          .name(PersonName.of("สมมติ", "ทดสอบ"))
          .citizenId(CitizenId.parse("1101700230708"))
          .build());
    }
    return registry.build();
  }

  /**
   * Councils of Ban Dai: with one registration number or each its own, each
   * on its own sub-district of Mae Sai or all on Ban Dai, with one person as
   * a qualified member of each or with no members.
   */
  private static Registry councils(int count, boolean oneNumber, boolean onePerson) {
    Registry.Builder registry = Registry.builder().asOf(SyntheticRegistry.AS_OF);
    registry.addPerson(Person.builder().id(PersonId.of("person-1")).name(PersonName.of("สมมติ", "ทดสอบ")).build());
    List<Subdistrict> maeSai = Gazetteer.thailand().subdistricts(BAN_DAI.district());
    for (int i = 0; i < count; i++) {
      // Separate areas where the group is not of one area: more councils than Mae Sai's eight share none.
      SubdistrictCode area = oneNumber || onePerson ? maeSai.get(i % maeSai.size()).code() : BAN_DAI;
      Council.Builder council = Council.builder()
          .id(BodyId.of("council-" + i))
          .nameTh("สภาองค์กรชุมชน " + i)
          .area(CouncilArea.subdistrict(area))
          .registration(Registration.of(oneNumber ? "พอช.1/2558" : "พอช." + i + "/2558", REGISTERED));
      if (onePerson) {
        council.addMember(Membership.qualifiedPerson(PersonId.of("person-1"), Term.from(REGISTERED)));
      }
      registry.addCouncil(council.build());
    }
    return registry.build();
  }

  /** One council of Ban Dai listed by n + 1 district networks of Mae Sai. */
  private static Registry oneCouncilInNetworks(int n) {
    Registry.Builder registry = Registry.builder().asOf(SyntheticRegistry.AS_OF);
    registry.addCouncil(Council.builder()
        .id(BodyId.of("council-570908"))
        .nameTh("สภาองค์กรชุมชนตำบลบ้านด้าย")
        .area(CouncilArea.subdistrict(BAN_DAI))
        .registration(Registration.of("พอช.1/2558", REGISTERED))
        .build());
    for (int i = 0; i <= n; i++) {
      registry.addNetwork(Network.builder()
          .id(BodyId.of("network-" + i))
          .level(NetworkLevel.DISTRICT)
          .nameTh("เครือข่าย " + i)
          .area(BAN_DAI.district())
          .addCouncil(BodyId.of("council-570908"))
          .build());
    }
    return registry.build();
  }

  /** The violations of one rule and the characters of their messages and suggestions. */
  private record Size(long violations, long characters) {
    @Override
    public String toString() {
      return violations + " violations of " + characters + " characters";
    }
  }

  private static Size size(String rule, MutatedRegistry mutated) {
    return size(rule, mutated.registry());
  }

  private static Size size(String rule, Registry registry) {
    List<Violation> violations =
        Validator.defaults().validate(registry).violations().stream()
            .filter(v -> v.rule().equals(rule))
            .toList();
    return new Size(
        violations.size(),
        violations.stream().mapToLong(v -> v.message().length() + v.suggestion().map(String::length).orElse(0)).sum());
  }
}
