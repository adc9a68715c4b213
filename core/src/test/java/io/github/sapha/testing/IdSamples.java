package io.github.sapha.testing;

import com.google.common.testing.NullPointerTester;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.DesignationId;
import io.github.sapha.council.MeetingId;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.ProjectId;

/** Sample ids of every type, for {@link NullPointerTester}, which cannot make them itself. */
public final class IdSamples {
  private IdSamples() {}

  /** Gets a null tester that knows a sample of each id type. */
  public static NullPointerTester nullTester() {
    return new NullPointerTester()
        .setDefault(PersonId.class, PersonId.of("p-sample"))
        .setDefault(CommunityId.class, CommunityId.of("c-sample"))
        .setDefault(BodyId.class, BodyId.of("b-sample"))
        .setDefault(MeetingId.class, MeetingId.of("m-sample"))
        .setDefault(PlanId.class, PlanId.of("plan-sample"))
        .setDefault(ProjectId.class, ProjectId.of("project-sample"))
        .setDefault(DesignationId.class, DesignationId.of("designation-sample"));
  }
}
