package io.github.sapha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.validation.Rules;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SaphaCommandTest {

  /** What one run of the command line printed and returned. */
  private static final class Run {
    final int code;
    final String out;
    final String err;

    Run(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      this.code = SaphaCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
      this.out = out.toString();
      this.err = err.toString();
    }
  }

  @Test
  void test_demo_printsMaeSaiPathSubdistrictsAndFiscalYear() {
    Run run = new Run("demo");
    assertThat(run.code).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .contains("District 5709 อำเภอแม่สาย (Mae Sai)")
        .contains("Path: เชียงราย › แม่สาย")
        .contains("Chiang Rai › Mae Sai")
        .contains("Sub-districts (8):")
        .contains("570902  ห้วยไคร้")
        .contains("Huai Khrai         postal code 57220")
        .contains("570908  บ้านด้าย")
        .contains("Forum date: 18 พฤษภาคม 2560 (2017-05-18), fiscal year 2560 (2016-10-01 to 2017-09-30)")
        .contains("Coverage: 8 of 8 sub-districts have an active council (100%): full district (เต็มอำเภอ)")
        .contains("  council-570908  sub-district  สภาองค์กรชุมชนตำบลบ้านด้าย")
        .contains("    welcomed  รองนายกเทศมนตรี, เทศบาลตำบลแม่สายมิตรภาพ")
        .contains("    opened    พัฒนาการอำเภอ, สำนักงานพัฒนาชุมชนอำเภอแม่สาย")
        .contains("    spoke     chair, เครือข่ายสภาองค์กรชุมชนจังหวัดเชียงราย")
        .contains("    reported  สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน) สำนักงานภาคเหนือ")
        .contains("    plan-5709 แผนยุทธศาสตร์การพัฒนาอำเภอแม่สาย [district plan, FY 2561-2564] 550,000.00 baht, progress 36.73%")
        .contains("Mae Sai strategy by funding source: CODI 500,000.00, local government 30,000.00, community's own funds 20,000.00")
        .contains("Integration area (พื้นที่บูรณาการ): 570908 บ้านด้าย (Ban Dai)")
        .contains("Sub-district plans linked into the strategy: plan-5709: 8 of 8 councils linked")
        .contains("  sez-chiang-rai เขตพัฒนาเศรษฐกิจพิเศษเชียงราย (Chiang Rai special economic zone),"
            + " special economic zone, in force from 2015-01-01")
        .contains("    Districts: 5703 Chiang Khong, 5708 Chiang Saen, 5709 Mae Sai")
        .contains("    Source (news reports): Thai government public relations news")
        .contains("the exact sub-district list and date are from news reports, not the official announcement")
        .contains("    Councils inside: 8 active councils cover 8 of the zone's 21 sub-districts")
        .contains("    Plan responding to it: plan-5709 แผนยุทธศาสตร์การพัฒนาอำเภอแม่สาย")
        .contains("Validation (default policy, " + Rules.catalogue().size() + " rules): errors 0, warnings 1, info 0: valid")
        .containsPattern("JSON \\(format v1\\): wrote [0-9,]+ bytes; read back an equal registry; writing it again gives the same bytes")
        .contains("  WARNING geo.name-mismatch at /councils/1/area/name: Council council-570902 names its area \"หเวยไคร้\", but the gazetteer's name of sub-district 570902 is \"ห้วยไคร้\" (Huai Khrai) (suggestion: ห้วยไคร้)");
    // Names are personal data: the demo shows posts, never the people's names.
    assertThat(run.out).doesNotContain("อุบล").doesNotContain("ประนอม").doesNotContain("ธนภณ");
    assertThat(run.out.lines().filter(line -> line.startsWith("  5709"))).hasSize(8);
  }

  @Test
  void test_noCommand_runsTheDemo() {
    assertThat(new Run().out).isEqualTo(new Run("demo").out);
  }

  @Test
  void test_unknownCommand_exitsTwoWithReasonOnStderr() {
    Run run = new Run("frobnicate");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("Unmatched argument at index 0: 'frobnicate'");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"demo", "validate", "coverage", "generate", "gazetteer"})
  void test_help_everyCommandHasIt(String command) {
    Run run = new Run(command, "--help");
    assertThat(run.code).isZero();
    assertThat(run.out).startsWith("Usage: sapha " + command);
    assertThat(run.err).isEmpty();
  }

  @Test
  void test_help_listsTheDemo() {
    Run run = new Run("--help");
    assertThat(run.code).isZero();
    assertThat(run.out).contains("Usage: sapha").contains("demo");
  }
}
