package io.github.sapha.jackson;

import static java.util.Objects.requireNonNull;

import io.github.sapha.calendar.FiscalYear;
import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Community;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.MeetingId;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Network;
import io.github.sapha.council.Organization;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PersonName;
import io.github.sapha.council.PhoneNumber;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.Post;
import io.github.sapha.council.ProjectId;
import io.github.sapha.council.Registration;
import io.github.sapha.council.RegistrationNumber;
import io.github.sapha.council.Term;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.LocalGovernment;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.jackson.deser.CommunityDeserializer;
import io.github.sapha.jackson.deser.CouncilAreaDeserializer;
import io.github.sapha.jackson.deser.CouncilDeserializer;
import io.github.sapha.jackson.deser.EnumDeserializer;
import io.github.sapha.jackson.deser.FiscalYearRangeDeserializer;
import io.github.sapha.jackson.deser.FundingDeserializer;
import io.github.sapha.jackson.deser.LocalGovernmentDeserializer;
import io.github.sapha.jackson.deser.MeetingDeserializer;
import io.github.sapha.jackson.deser.MembershipDeserializer;
import io.github.sapha.jackson.deser.NetworkDeserializer;
import io.github.sapha.jackson.deser.OrganizationDeserializer;
import io.github.sapha.jackson.deser.ParticipantDeserializer;
import io.github.sapha.jackson.deser.PersonDeserializer;
import io.github.sapha.jackson.deser.PersonNameDeserializer;
import io.github.sapha.jackson.deser.PlanDeserializer;
import io.github.sapha.jackson.deser.PostDeserializer;
import io.github.sapha.jackson.deser.ReadOptions;
import io.github.sapha.jackson.deser.ProjectDeserializer;
import io.github.sapha.jackson.deser.RegistrationDeserializer;
import io.github.sapha.jackson.deser.RegistryDeserializer;
import io.github.sapha.jackson.deser.ResolutionDeserializer;
import io.github.sapha.jackson.deser.SaphaDeserializer;
import io.github.sapha.jackson.deser.ScalarDeserializer;
import io.github.sapha.jackson.deser.Scalars;
import io.github.sapha.jackson.deser.SourceLinkDeserializer;
import io.github.sapha.jackson.deser.TargetDeserializer;
import io.github.sapha.jackson.deser.TermDeserializer;
import io.github.sapha.jackson.deser.VenueDeserializer;
import io.github.sapha.jackson.internal.JsonEnums;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.Participant;
import io.github.sapha.meeting.Resolution;
import io.github.sapha.meeting.SourceLink;
import io.github.sapha.meeting.Venue;
import io.github.sapha.money.Baht;
import io.github.sapha.plan.Funding;
import io.github.sapha.plan.Plan;
import io.github.sapha.plan.Project;
import io.github.sapha.plan.Target;
import io.github.sapha.registry.Registry;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;

/**
 * The deserializers of the {@link SaphaModule}: one for every model type
 * that format v1 holds, from {@code Registry} down to the ids ({@code
 * PersonId}, {@code BodyId} and the others), {@code Baht} and the enums. They read the token stream straight into the model's
 * builders and factories, so JSON input meets the same structural checks as
 * Java callers, and every problem is a {@link SaphaJsonException}.
 *
 * <p>Types are matched exactly: ask for {@code Council}, {@code
 * AreaCode} or {@code SubdistrictCode}, say. {@code Body} is not bound, since
 * the format never says which kind of body a value is; nor is {@code Id}, since
 * only the field that holds an id says which kind of id it is.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SaphaDeserializers extends Deserializers.Base {
  private final Map<Class<?>, ValueDeserializer<?>> byType;

  /**
   * Creates the deserializers for a set of enabled features.
   *
   * @param enabled the enabled features, not null
   */
  public SaphaDeserializers(Set<SaphaFeature> enabled) {
    this(enabled, SaphaJson.DEFAULT_MAX_ARRAY_LENGTH, SaphaJson.DEFAULT_MAX_ELEMENT_COUNT);
  }

  /**
   * Creates the deserializers for a set of enabled features and limits on arrays.
   *
   * @param enabled the enabled features, not null
   * @param maxArrayLength the most elements of one array, at least 1
   * @param maxElementCount the most array elements, all arrays together, of one value read, at least 1
   */
  public SaphaDeserializers(Set<SaphaFeature> enabled, int maxArrayLength, long maxElementCount) {
    ReadOptions options =
        new ReadOptions(
            requireNonNull(enabled, "enabled").contains(SaphaFeature.FAIL_ON_UNKNOWN_PROPERTIES),
            SaphaJson.positive(maxArrayLength, "maxArrayLength"),
            SaphaJson.positive(maxElementCount, "maxElementCount"));
    Map<Class<?>, ValueDeserializer<?>> map = new HashMap<>();
    add(map, new RegistryDeserializer(options));
    add(map, new CouncilDeserializer(options));
    add(map, new CouncilAreaDeserializer(options));
    add(map, new RegistrationDeserializer(options));
    add(map, new CommunityDeserializer(options));
    add(map, new MembershipDeserializer(options));
    add(map, new TermDeserializer(options));
    add(map, new PostDeserializer(options));
    add(map, new NetworkDeserializer(options));
    add(map, new OrganizationDeserializer(options));
    add(map, new LocalGovernmentDeserializer(options));
    add(map, new PersonDeserializer(options));
    add(map, new PersonNameDeserializer(options));
    add(map, new MeetingDeserializer(options));
    add(map, new VenueDeserializer(options));
    add(map, new ParticipantDeserializer(options));
    add(map, new ResolutionDeserializer(options));
    add(map, new SourceLinkDeserializer(options));
    add(map, new PlanDeserializer(options));
    add(map, new FiscalYearRangeDeserializer(options));
    add(map, new ProjectDeserializer(options));
    add(map, new FundingDeserializer(options));
    add(map, new TargetDeserializer(options));
    add(map, new io.github.sapha.jackson.deser.DesignationDeserializer(options));
    add(map, new ScalarDeserializer<>(PersonId.class, "a person id", false, Scalars::personId));
    add(map, new ScalarDeserializer<>(CommunityId.class, "a community id", false, Scalars::communityId));
    add(map, new ScalarDeserializer<>(BodyId.class, "a body id", false, Scalars::bodyId));
    add(map, new ScalarDeserializer<>(MeetingId.class, "a meeting id", false, Scalars::meetingId));
    add(map, new ScalarDeserializer<>(PlanId.class, "a plan id", false, Scalars::planId));
    add(map, new ScalarDeserializer<>(ProjectId.class, "a project id", false, Scalars::projectId));
    add(map, new ScalarDeserializer<>(
        io.github.sapha.council.DesignationId.class, "a designation id", false, Scalars::designationId));
    add(map, new ScalarDeserializer<>(AreaCode.class, "an area code", false, Scalars::areaCode));
    add(map, new ScalarDeserializer<>(ProvinceCode.class, "a province code", false, Scalars::province));
    add(map, new ScalarDeserializer<>(DistrictCode.class, "a district code", false, Scalars::district));
    add(map, new ScalarDeserializer<>(SubdistrictCode.class, "a sub-district code", false, Scalars::subdistrict));
    add(map, new ScalarDeserializer<>(Baht.class, "an amount", false, Scalars::baht));
    add(map, new ScalarDeserializer<>(FiscalYear.class, "a fiscal year", false, Scalars::fiscalYear));
    add(map, new ScalarDeserializer<>(
        RegistrationNumber.class, "a registration number", false, Scalars::registrationNumber));
    add(map, new ScalarDeserializer<>(PhoneNumber.class, "a phone number", true, Scalars::phone));
    add(map, new ScalarDeserializer<>(CitizenId.class, "a citizen id", true, Scalars::citizenId));
    for (Class<? extends Enum<?>> type : JsonEnums.MODEL_ENUMS) {
      add(map, enumDeserializer(type));
    }
    this.byType = Map.copyOf(map);
  }

  private static void add(Map<Class<?>, ValueDeserializer<?>> map, SaphaDeserializer<?> deserializer) {
    map.put(deserializer.handledType(), deserializer);
  }

  // Java cannot name Class<E extends Enum<E>> for an element of a list of enum classes; every
  // element of MODEL_ENUMS is an enum class, so the cast is safe.
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static SaphaDeserializer<?> enumDeserializer(Class<? extends Enum<?>> type) {
    return new EnumDeserializer(type);
  }

  @Override
  public ValueDeserializer<?> findBeanDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
    return byType.get(type.getRawClass());
  }

  @Override
  public ValueDeserializer<?> findEnumDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
    return byType.get(type.getRawClass());
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return byType.containsKey(valueType);
  }
}
