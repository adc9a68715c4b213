package io.github.sapha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerCommandTest {

  @Test
  void test_code_printsPath() {
    CliRun run = new CliRun("gazetteer", "๕๗๐๙๐๘");
    assertThat(run.code).isZero();
    assertThat(run.out).startsWith("570908 sub-district เชียงราย › แม่สาย › บ้านด้าย").contains("Chiang Rai › Mae Sai › Ban Dai");
  }

  @Test
  void test_name_inEnglishOverSeveralWords() {
    CliRun run = new CliRun("gazetteer", "Amphoe", "Mae", "Sai");
    assertThat(run.code).isZero();
    assertThat(run.out).startsWith("5709   district     เชียงราย › แม่สาย");
  }

  @Test
  void test_nearMiss_suggestsAndExitsOne() {
    CliRun run = new CliRun("gazetteer", "หเวยไคร้");
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out)
        .startsWith("No area has the name \"หเวยไคร้\".")
        .contains("Did you mean:")
        .contains("570902 sub-district เชียงราย › แม่สาย › ห้วยไคร้");
  }

  @Test
  void test_unknownCode_exitsOne() {
    CliRun run = new CliRun("gazetteer", "570907");
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).isEqualTo("No area has the code \"570907\"." + System.lineSeparator());
  }

  @Test
  void test_noQuery_exitsTwo() {
    CliRun run = new CliRun("gazetteer");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("Missing required parameter: 'QUERY'");
  }
}
