package io.github.sapha.jackson;

import static java.util.Objects.requireNonNull;

import io.github.sapha.calendar.FiscalYear;
import io.github.sapha.calendar.FiscalYearRange;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CitizenId;
import io.github.sapha.council.Community;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.Id;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Network;
import io.github.sapha.council.Organization;
import io.github.sapha.council.Person;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PersonName;
import io.github.sapha.council.PhoneNumber;
import io.github.sapha.council.Post;
import io.github.sapha.council.Registration;
import io.github.sapha.council.RegistrationNumber;
import io.github.sapha.council.Term;
import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.LocalGovernment;
import io.github.sapha.geography.ProvinceCode;
import io.github.sapha.geography.SubdistrictCode;
import io.github.sapha.jackson.internal.JsonEnums;
import io.github.sapha.jackson.ser.CommunitySerializer;
import io.github.sapha.jackson.ser.CouncilAreaSerializer;
import io.github.sapha.jackson.ser.CouncilSerializer;
import io.github.sapha.jackson.ser.EnumSerializer;
import io.github.sapha.jackson.ser.FiscalYearRangeSerializer;
import io.github.sapha.jackson.ser.FiscalYearSerializer;
import io.github.sapha.jackson.ser.FundingSerializer;
import io.github.sapha.jackson.ser.LocalGovernmentSerializer;
import io.github.sapha.jackson.ser.MeetingSerializer;
import io.github.sapha.jackson.ser.MembershipSerializer;
import io.github.sapha.jackson.ser.NetworkSerializer;
import io.github.sapha.jackson.ser.OrganizationSerializer;
import io.github.sapha.jackson.ser.ParticipantSerializer;
import io.github.sapha.jackson.ser.PersonNameSerializer;
import io.github.sapha.jackson.ser.PersonSerializer;
import io.github.sapha.jackson.ser.PlanSerializer;
import io.github.sapha.jackson.ser.PostSerializer;
import io.github.sapha.jackson.ser.ProjectSerializer;
import io.github.sapha.jackson.ser.RegistrationSerializer;
import io.github.sapha.jackson.ser.RegistrySerializer;
import io.github.sapha.jackson.ser.ResolutionSerializer;
import io.github.sapha.jackson.ser.SaphaSerializer;
import io.github.sapha.jackson.ser.ScalarSerializer;
import io.github.sapha.jackson.ser.SourceLinkSerializer;
import io.github.sapha.jackson.ser.TargetSerializer;
import io.github.sapha.jackson.ser.TermSerializer;
import io.github.sapha.jackson.ser.VenueSerializer;
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
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;

/**
 * The serializers of the {@link SaphaModule}: one for every model type that
 * format v1 holds, from {@code Registry} down to {@code Id}, {@code Baht} and
 * the enums. They write fields in the order of the format, straight to the
 * generator.
 *
 * <p>A serializer is found by the value's class or, for the model's
 * generated implementation classes, by its public abstract superclass.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SaphaSerializers extends Serializers.Base {
  private final Map<Class<?>, ValueSerializer<?>> byType;

  /**
   * Creates the serializers for a set of enabled features.
   *
   * @param enabled the enabled features, not null
   */
  public SaphaSerializers(Set<SaphaFeature> enabled) {
    boolean empty = requireNonNull(enabled, "enabled").contains(SaphaFeature.WRITE_EMPTY_COLLECTIONS);
    Map<Class<?>, ValueSerializer<?>> map = new HashMap<>();
    add(map, new RegistrySerializer(empty));
    add(map, new CouncilSerializer(empty));
    add(map, new CouncilAreaSerializer(empty));
    add(map, new RegistrationSerializer(empty));
    add(map, new CommunitySerializer(empty));
    add(map, new MembershipSerializer(empty));
    add(map, new TermSerializer(empty));
    add(map, new PostSerializer(empty));
    add(map, new NetworkSerializer(empty));
    add(map, new OrganizationSerializer(empty));
    add(map, new LocalGovernmentSerializer(empty));
    add(map, new PersonSerializer(empty));
    add(map, new PersonNameSerializer(empty));
    add(map, new MeetingSerializer(empty));
    add(map, new VenueSerializer(empty));
    add(map, new ParticipantSerializer(empty));
    add(map, new ResolutionSerializer(empty));
    add(map, new SourceLinkSerializer(empty));
    add(map, new PlanSerializer(empty));
    add(map, new FiscalYearRangeSerializer(empty));
    add(map, new ProjectSerializer(empty));
    add(map, new FundingSerializer(empty));
    add(map, new TargetSerializer(empty));
    add(map, new io.github.sapha.jackson.ser.DesignationSerializer(empty));
    // Every id type (PersonId, BodyId, ...) is found through its superclass.
    add(map, new ScalarSerializer<>(Id.class, Id::value));
    add(map, new ScalarSerializer<>(AreaCode.class, AreaCode::value));
    add(map, new ScalarSerializer<>(ProvinceCode.class, ProvinceCode::value));
    add(map, new ScalarSerializer<>(DistrictCode.class, DistrictCode::value));
    add(map, new ScalarSerializer<>(SubdistrictCode.class, SubdistrictCode::value));
    add(map, new ScalarSerializer<>(Baht.class, Baht::toString));
    add(map, new ScalarSerializer<>(RegistrationNumber.class, RegistrationNumber::value));
    add(map, new ScalarSerializer<>(PhoneNumber.class, PhoneNumber::value));
    add(map, new ScalarSerializer<>(CitizenId.class, CitizenId::value));
    add(map, new FiscalYearSerializer());
    for (Class<? extends Enum<?>> type : JsonEnums.MODEL_ENUMS) {
      add(map, enumSerializer(type));
    }
    this.byType = Map.copyOf(map);
  }

  private static void add(Map<Class<?>, ValueSerializer<?>> map, SaphaSerializer<?> serializer) {
    map.put(serializer.handledType(), serializer);
  }

  // Java cannot name Class<E extends Enum<E>> for an element of a list of enum classes; every
  // element of MODEL_ENUMS is an enum class, so the cast is safe.
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static SaphaSerializer<?> enumSerializer(Class<? extends Enum<?>> type) {
    return new EnumSerializer(type);
  }

  @Override
  public ValueSerializer<?> findSerializer(
      SerializationConfig config,
      JavaType type,
      BeanDescription.Supplier beanDescRef,
      com.fasterxml.jackson.annotation.JsonFormat.Value formatOverrides) {
    return find(type.getRawClass());
  }

  @Override
  public ValueSerializer<?> findEnumSerializer(
      SerializationConfig config,
      JavaType type,
      BeanDescription.Supplier beanDescRef,
      com.fasterxml.jackson.annotation.JsonFormat.Value formatOverrides) {
    return find(type.getRawClass());
  }

  /** Finds the serializer of a class or of its nearest superclass, such as Council for ImmutableCouncil. */
  private ValueSerializer<?> find(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      ValueSerializer<?> serializer = byType.get(c);
      if (serializer != null) {
        return serializer;
      }
    }
    return null;
  }
}
