package io.github.sapha.registry;

import static io.github.sapha.registry.WiangChai.AS_OF;
import static io.github.sapha.registry.WiangChai.CHIANG_RAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.Sets;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.SubdistrictCode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of coverage answers its counts alike, from its sub-districts and those covered. */
class AreaCoverageTest {
  private static final Gazetteer THAILAND = Gazetteer.thailand();

  static Stream<AreaCoverage> coverages() {
    Registry registry = ProvinceCoverageTest.chiangRaiInSixDistricts();
    return Stream.of(
        registry.coverage(DistrictCode.parse("5709"), AS_OF, THAILAND),
        registry.coverage(DistrictCode.parse("5708"), AS_OF, THAILAND),
        registry.coverage(DistrictCode.parse("5704"), AS_OF, THAILAND),
        registry.coverage(CHIANG_RAI, AS_OF, THAILAND),
        registry.countryCoverage(AS_OF, THAILAND));
  }

  @ParameterizedTest
  @MethodSource("coverages")
  void test_counts_deriveFromTheSubdistrictsAndThoseCovered(AreaCoverage coverage) {
    List<SubdistrictCode> all = coverage.subdistricts();
    assertThat(all).isSorted().doesNotHaveDuplicates();
    assertThat(all).containsAll(coverage.covered());
    assertThat(coverage.uncovered()).isSorted()
        .containsExactlyElementsOf(Sets.difference(Sets.newLinkedHashSet(all), coverage.covered()));
    assertThat(coverage.total()).isEqualTo(all.size());
    assertThat(coverage.coveredCount()).isEqualTo(coverage.covered().size());
    assertThat(coverage.coveredCount() + coverage.uncovered().size()).isEqualTo(coverage.total());
    assertThat(coverage.ratio()).isCloseTo((double) coverage.coveredCount() / coverage.total(), within(1e-12));
    assertThat(coverage.isFull()).isEqualTo(coverage.uncovered().isEmpty());
  }
}
