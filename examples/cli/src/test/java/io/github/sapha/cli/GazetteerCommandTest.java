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
  void test_correctedData_findsBangNaNueaPhonCharoenAndKanlayaniwatthana() {
    assertThat(new CliRun("gazetteer", "บางนาเหนือ").out)
        .startsWith("104702 sub-district กรุงเทพมหานคร › เขตบางนา › บางนาเหนือ");
    assertThat(new CliRun("gazetteer", "3802").out).startsWith("3802   district     บึงกาฬ › พรเจริญ");
    CliRun kanlayaniwatthana = new CliRun("gazetteer", "กัลยาณิวัฒนา");
    assertThat(kanlayaniwatthana.code).isZero();
    assertThat(kanlayaniwatthana.out).startsWith("5025   district     เชียงใหม่ › กัลยาณิวัฒนา");
  }

  @Test
  void test_retiredCode_answersWithItsReplacementsAndExitsOne() {
    CliRun split = new CliRun("gazetteer", "104701");
    assertThat(split.code).isEqualTo(1);
    assertThat(split.out)
        .startsWith("Sub-district code 104701 (บางนา) is retired; it was split into:" + System.lineSeparator()
            + "104702 sub-district กรุงเทพมหานคร › เขตบางนา › บางนาเหนือ")
        .contains("104703 sub-district กรุงเทพมหานคร › เขตบางนา › บางนาใต้");
    assertThat(new CliRun("gazetteer", "300602").out)
        .startsWith("Sub-district code 300602 (ท่าช้าง) is retired; it was renumbered as:" + System.lineSeparator()
            + "303202 sub-district นครราชสีมา › เฉลิมพระเกียรติ › ท่าช้าง");
  }

  @Test
  void test_version_namesTheGazetteersEdition() {
    CliRun run = new CliRun("gazetteer", "--version");
    assertThat(run.code).isZero();
    assertThat(run.out)
        .contains("gazetteer: edition 2026-12-02, DOPA geocodes via kongvut/thai-province-data api/v1 (2022, MIT licence)")
        .contains("77 provinces, 928 districts, 7436 sub-districts, 39 retired sub-district codes");
  }

  @Test
  void test_severalCodes_eachAnsweredInTurn() {
    CliRun run = new CliRun("gazetteer", "5703", "๕๗๐๘");
    assertThat(run.code).isZero();
    assertThat(run.out).startsWith("5703   district     เชียงราย › เชียงของ")
        .contains(System.lineSeparator() + System.lineSeparator() + "5708   district     เชียงราย › เชียงแสน")
        .doesNotContain("No area");
  }

  @Test
  void test_severalCodes_oneUnknown_answersTheOthersAndExitsOne() {
    CliRun run = new CliRun("gazetteer", "5709", "570907");
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).startsWith("5709   district     เชียงราย › แม่สาย")
        .endsWith("No area has the code \"570907\"." + System.lineSeparator());
  }

  @Test
  void test_codesAndNameTogether_exitTwoWithReason() {
    CliRun run = new CliRun("gazetteer", "5709", "Mae", "Sai");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).startsWith("Give either codes or one name, not both: 5709 Mae Sai");
  }

  @Test
  void test_noQuery_exitsTwo() {
    CliRun run = new CliRun("gazetteer");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("Missing required parameter: 'QUERY'");
  }
}
