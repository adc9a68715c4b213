package io.github.sapha.validation;

import io.github.sapha.council.DesignationId;
import io.github.sapha.designation.Designation;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.plan.Plan;
import java.util.List;

/**
 * The checks on designations and the references to them: geo.unknown-code
 * and geo.retired-code for a designation's areas, reference.dangling for a
 * plan's designation that the registry does not hold.
 */
final class DesignationChecks {
  static final Pointer DESIGNATIONS = Pointer.ROOT.field("designations");

  private DesignationChecks() {}

  static void run(Run run) {
    List<Designation> designations = run.registry.designations();
    for (int i = 0; i < designations.size(); i++) {
      Pointer areas = DESIGNATIONS.index(i).field("areas");
      int j = 0;
      for (AreaCode code : designations.get(i).areas()) {
        GeographyChecks.known(run, areas.index(j++), code);
      }
    }
    List<Plan> plans = run.registry.plans();
    for (int i = 0; i < plans.size(); i++) {
      List<DesignationId> ids = plans.get(i).designations();
      for (int k = 0; k < ids.size(); k++) {
        if (run.registry.designation(ids.get(k)).isEmpty()) {
          run.report(
              Rules.REFERENCE_DANGLING,
              Paths.plan(i).field("designations").index(k),
              "No designation has the id " + ids.get(k));
        }
      }
    }
  }
}
