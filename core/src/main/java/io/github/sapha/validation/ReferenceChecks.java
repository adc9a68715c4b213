package io.github.sapha.validation;

import static io.github.sapha.registry.FieldNames.*;

import io.github.sapha.council.Body;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.Council;
import io.github.sapha.council.DesignationId;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Network;
import io.github.sapha.council.Organization;
import io.github.sapha.council.OrganizationKind;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PlanId;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.plan.Plan;
import io.github.sapha.registry.Registry;
import java.util.List;
import java.util.Optional;

/**
 * reference.dangling: every id reference that no other rule covers (meeting
 * participants, organisers and venues are meeting.unknown-participant; plan
 * parents are plan.unknown-parent).
 */
final class ReferenceChecks {
  static final List<Definition> RULES = List.of(
      Definition.of(Rules.REFERENCE_DANGLING, Severity.ERROR,
          "any other id reference that resolves to nothing", ReferenceChecks::dangling));

  private ReferenceChecks() {}

  private static void dangling(Run run, RuleContext out) {
    Registry registry = run.registry;
    List<Council> councils = registry.councils();
    for (int i = 0; i < councils.size(); i++) {
      Council council = councils.get(i);
      Pointer at = Paths.council(i);
      council.area().localGovernment()
          .ifPresent(lg -> localGovernment(run, out, at.field(AREA).field(LOCAL_GOVERNMENT), lg));
      for (int m = 0; m < council.members().size(); m++) {
        Membership member = council.members().get(m);
        // Pointers are built only for what is reported: this loop visits every member of the country.
        if (run.registry.person(member.person()).isEmpty()) {
          person(out, at.field(MEMBERS).index(m).field(PERSON));
        }
        if (member.community().isPresent() && council.community(member.community().get()).isEmpty()) {
          out.report(
              at.field(MEMBERS).index(m).field(COMMUNITY),
              "Council " + council.id() + " has no member community with the id " + member.community().get());
        }
      }
      holders(run, out, council, at);
    }
    List<Network> networks = registry.networks();
    for (int i = 0; i < networks.size(); i++) {
      Network network = networks.get(i);
      Pointer at = Paths.network(i);
      for (int k = 0; k < network.councils().size(); k++) {
        BodyId id = network.councils().get(k);
        if (registry.council(id).isEmpty()) {
          out.report(at.field(COUNCILS).index(k), "No council has the id " + id);
        }
      }
      for (int k = 0; k < network.networks().size(); k++) {
        BodyId id = network.networks().get(k);
        if (registry.network(id).isEmpty()) {
          out.report(at.field(NETWORKS).index(k), "No network has the id " + id);
        }
      }
      holders(run, out, network, at);
    }
    List<Organization> organizations = registry.organizations();
    for (int i = 0; i < organizations.size(); i++) {
      Organization organization = organizations.get(i);
      Pointer at = Paths.organization(i);
      organization.parent()
          .filter(parent -> registry.organization(parent).isEmpty())
          .ifPresent(parent ->
              out.report(at.field(PARENT), "No organization has the id " + parent));
      holders(run, out, organization, at);
    }
    List<Meeting> meetings = registry.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      Pointer at = Paths.meeting(i);
      meetings.get(i).body()
          .filter(body -> registry.body(body).isEmpty())
          .ifPresent(body -> out.report(
              at.field(BODY), "No council, network or organization has the id " + body));
    }
    List<Plan> plans = registry.plans();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      Pointer at = Paths.plan(i);
      Optional<Body> owner = registry.body(plan.owner());
      if (owner.isEmpty()) {
        out.report(at.field(OWNER),
            "No council, network or organization has the id " + plan.owner());
      }
      if (plan.community().isPresent()) {
        Optional<Council> council = owner.filter(Council.class::isInstance).map(Council.class::cast);
        if (council.isPresent() && council.get().community(plan.community().get()).isEmpty()) {
          out.report(at.field(COMMUNITY),
              "Council " + plan.owner() + " has no member community with the id " + plan.community().get());
        }
      }
      plan.localGovernment().ifPresent(lg -> localGovernment(run, out, at.field(LOCAL_GOVERNMENT), lg));
      for (int k = 0; k < plan.alignsWith().size(); k++) {
        PlanId id = plan.alignsWith().get(k);
        if (registry.plan(id).isEmpty()) {
          out.report(at.field(ALIGNS_WITH).index(k), "No plan has the id " + id);
        }
      }
      for (int k = 0; k < plan.designations().size(); k++) {
        DesignationId id = plan.designations().get(k);
        if (registry.designation(id).isEmpty()) {
          out.report(at.field(DESIGNATIONS).index(k), "No designation has the id " + id);
        }
      }
    }
  }

  private static void holders(Run run, RuleContext out, Body body, Pointer at) {
    for (int p = 0; p < body.posts().size(); p++) {
      Optional<PersonId> holder = body.posts().get(p).holder();
      if (holder.isPresent() && run.registry.person(holder.get()).isEmpty()) {
        person(out, at.field(POSTS).index(p).field(HOLDER));
      }
    }
  }

  private static void person(RuleContext out, Pointer at) {
    // The id names no one, so it may be personal data typed in the wrong place: not shown.
    out.report(at, "No person has this id (not shown: it may be personal data)");
  }

  private static void localGovernment(Run run, RuleContext out, Pointer at, BodyId id) {
    boolean found = run.registry.organization(id)
        .filter(o -> o.kind() == OrganizationKind.LOCAL_GOVERNMENT)
        .isPresent();
    if (!found) {
      out.report(at, "No local government organization has the id " + id);
    }
  }
}
