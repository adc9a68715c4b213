package io.github.sapha.validation;

import static io.github.sapha.validation.Fixtures.COUNCIL_BAN_DAI;
import static io.github.sapha.validation.Fixtures.MEETING;
import static io.github.sapha.validation.Fixtures.base;
import static io.github.sapha.validation.Fixtures.withCouncil;
import static io.github.sapha.validation.Fixtures.withMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.council.Council;
import io.github.sapha.geography.Gazetteer;
import io.github.sapha.geography.Subdistrict;
import io.github.sapha.registry.Registry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A rule of one's own, through the public Rule interface only. */
class CustomRuleTest {
  private static final String ID = "acme.council-english-name";
  private static final String REFERENCE = "Acme data handbook, s.2";

  /** Councils without an English name; suggests one from the gazetteer's name of the council's area. */
  private static final Rule ENGLISH_NAME = new Rule() {
    @Override
    public String id() {
      return ID;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public Optional<String> reference() {
      return Optional.of(REFERENCE);
    }

    @Override
    public void check(Registry registry, RuleContext context) {
      for (int i = 0; i < registry.councils().size(); i++) {
        Council council = registry.councils().get(i);
        if (council.nameEn().isEmpty()) {
          Pointer at = Pointer.ROOT.field("councils").index(i).field("nameEn");
          String message = "Council " + council.id() + " has no English name";
          Optional<Subdistrict> area = context.gazetteer().subdistrict(council.area().subdistricts().first());
          if (area.isPresent()) {
            context.report(at, message, area.get().nameEn() + " Community Organization Council");
          } else {
            context.report(at, message);
          }
        }
      }
    }
  };

  /** The base with Ban Dai's council (index 2) without an English name. */
  private static final Registry NO_ENGLISH_NAME = withCouncil(base(), COUNCIL_BAN_DAI, c -> c.nameEn(Optional.empty()));

  private static final Violation EXPECTED =
      new Violation(ID, Severity.INFO, Pointer.parse("/councils/2/nameEn"), "Council council-570908 has no English name",
          Optional.of("Ban Dai Community Organization Council"), Optional.of(REFERENCE));

  @Test
  void test_customRule_reportedWithItsIdDefaultSeverityAndReference() {
    Validator validator = Validator.builder().addRule(ENGLISH_NAME).build();
    ValidationReport report = validator.validate(NO_ENGLISH_NAME);
    assertThat(report.violations()).containsExactly(EXPECTED);
    assertThat(report.isValid(Severity.WARNING)).isTrue();
    assertThat(report.isValid(Severity.INFO)).isFalse();
    assertThat(validator.validate(base()).violations()).isEmpty();
    assertThat(validator.customRules()).containsExactly(ENGLISH_NAME);
  }

  @Test
  void test_customRule_withoutSuggestionOrReference() {
    Rule plain = new Rule() {
      @Override
      public String id() {
        return "acme.plain";
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.WARNING;
      }

      @Override
      public void check(Registry registry, RuleContext context) {
        context.report(Pointer.ROOT, "The registry is as of " + registry.asOf());
      }
    };
    assertThat(Validator.builder().addRule(plain).build().validate(base()).violations())
        .containsExactly(
            new Violation("acme.plain", Severity.WARNING, Pointer.ROOT, "The registry is as of 2017-05-18",
                Optional.empty(), Optional.empty()));
  }

  @Test
  void test_customRule_switchedOffIsNeitherCheckedNorReported() {
    AtomicInteger checks = new AtomicInteger();
    Rule counting = new Rule() {
      @Override
      public String id() {
        return ID;
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.INFO;
      }

      @Override
      public void check(Registry registry, RuleContext context) {
        checks.incrementAndGet();
        ENGLISH_NAME.check(registry, context);
      }
    };
    Validator on = Validator.builder().addRule(counting).build();
    assertThat(on.validate(NO_ENGLISH_NAME).rules()).containsExactly(ID);
    assertThat(checks).hasValue(1);

    Validator off = Validator.builder().addRule(counting).policy(Policy.builder().disable(ID).build()).build();
    assertThat(off.validate(NO_ENGLISH_NAME).violations()).isEmpty();
    assertThat(checks).hasValue(1);
  }

  @Test
  void test_customRule_regradedByThePolicy() {
    Validator validator =
        Validator.builder().addRule(ENGLISH_NAME).policy(Policy.builder().severity(ID, Severity.ERROR).build()).build();
    ValidationReport report = validator.validate(NO_ENGLISH_NAME);
    assertThat(report.violations())
        .containsExactly(
            new Violation(ID, Severity.ERROR, EXPECTED.path(), EXPECTED.message(), EXPECTED.suggestion(),
                EXPECTED.reference()));
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void test_customRule_seesTheValidatorsGazetteerAndPolicy() {
    Policy policy = Policy.builder().quorumShare(BigDecimal.ONE).build();
    Gazetteer gazetteer = Gazetteer.thailand();
    AtomicInteger seen = new AtomicInteger();
    Rule inspecting = new Rule() {
      @Override
      public String id() {
        return "acme.inspect";
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.INFO;
      }

      @Override
      public void check(Registry registry, RuleContext context) {
        if (context.policy().equals(policy) && context.gazetteer() == gazetteer) {
          seen.incrementAndGet();
        }
      }
    };
    Validator.builder().gazetteer(gazetteer).policy(policy).addRule(inspecting).build().validate(base());
    assertThat(seen).hasValue(1);
  }

  @Test
  void test_customRule_sortedAmongBuiltInViolations() {
    // A quorum violation at /meetings/0/attendance comes after the custom rule's /councils/2/nameEn.
    Registry registry = withMeeting(NO_ENGLISH_NAME, MEETING, m -> m.attendance(1));
    List<Violation> violations = Validator.builder().addRule(ENGLISH_NAME).build().validate(registry).violations();
    assertThat(violations).extracting(Violation::rule).containsExactly(ID, Rules.MEETING_QUORUM);
  }

  @Test
  void test_customRules_runInTheOrderAddedAndEachReportsUnderItsOwnId() {
    Rule second = new Rule() {
      @Override
      public String id() {
        return "acme.second";
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.WARNING;
      }

      @Override
      public void check(Registry registry, RuleContext context) {
        context.report(Pointer.ROOT.field("councils").index(2).field("nameEn"), "Second look at council-570908");
      }
    };
    Validator validator = Validator.builder().addRule(ENGLISH_NAME).addRule(second).build();
    assertThat(validator.customRules()).containsExactly(ENGLISH_NAME, second);
    assertThat(validator.validate(NO_ENGLISH_NAME).violations())
        .extracting(v -> v.rule() + " " + v.severity() + " " + v.reference().orElse("-"))
        .containsExactly("acme.council-english-name INFO " + REFERENCE, "acme.second WARNING -");
  }
}
