package io.github.sapha.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.registry.Registry;
import io.github.sapha.testing.SyntheticRegistry.Scale;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SyntheticProgressTest {

  @ParameterizedTest
  @EnumSource(value = Scale.class, names = {"DISTRICT", "PROVINCE"})
  void progressStartsAtZeroAndEndsAtItsTotalWhichIsTheNumberOfCouncils(Scale scale) {
    List<int[]> calls = new ArrayList<>();
    Registry registry = SyntheticRegistry.generate(11, scale, (done, total) -> calls.add(new int[] {done, total}));
    int total = registry.councils().size();
    assertThat(calls).isNotEmpty();
    assertThat(calls.get(0)).containsExactly(0, total);
    assertThat(calls.get(calls.size() - 1)).containsExactly(total, total);
    assertThat(calls).allSatisfy(call -> assertThat(call[1]).isEqualTo(total));
    for (int i = 1; i < calls.size(); i++) {
      assertThat(calls.get(i)[0]).isGreaterThanOrEqualTo(calls.get(i - 1)[0]);
    }
  }
}
