package io.github.sapha.jackson.internal;

import io.github.sapha.council.CommunityKind;
import io.github.sapha.council.MemberKind;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.council.OrganizationKind;
import io.github.sapha.council.PostRole;
import io.github.sapha.designation.DesignationKind;
import io.github.sapha.designation.SourceCertainty;
import io.github.sapha.geography.LocalGovernmentKind;
import io.github.sapha.meeting.MeetingLevel;
import io.github.sapha.meeting.MeetingStatus;
import io.github.sapha.meeting.ParticipantRole;
import io.github.sapha.meeting.ResolutionOutcome;
import io.github.sapha.plan.FundingSource;
import io.github.sapha.plan.PlanLevel;
import io.github.sapha.plan.PlanStatus;
import io.github.sapha.plan.ProjectStatus;
import io.github.sapha.plan.Theme;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one mapping between the model's enum constants and their JSON values:
 * the constant's name in lower case with {@code _} replaced by {@code -}, so
 * {@code COMMUNITY_REPRESENTATIVE} is {@code "community-representative"}.
 * Serializers, deserializers, the schema test and the docs all rely on this
 * rule, so it lives here only.
 *
 * <p>Internal: not exported from the module. This class is immutable and
 * thread-safe.
 */
public final class JsonEnums {

  /** The model's enums that format v1 holds, each bound by the module. */
  public static final List<Class<? extends Enum<?>>> MODEL_ENUMS =
      List.of(
          CommunityKind.class,
          MemberKind.class,
          NetworkLevel.class,
          OrganizationKind.class,
          PostRole.class,
          LocalGovernmentKind.class,
          MeetingLevel.class,
          MeetingStatus.class,
          ParticipantRole.class,
          ResolutionOutcome.class,
          PlanLevel.class,
          PlanStatus.class,
          ProjectStatus.class,
          FundingSource.class,
          Theme.class,
          DesignationKind.class,
          SourceCertainty.class);

  // Computed once per enum class: reading a value is a map look-up, not a scan.
  private static final ClassValue<Map<String, Enum<?>>> BY_JSON =
      new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
          Map<String, Enum<?>> map = new LinkedHashMap<>();
          for (Object constant : type.getEnumConstants()) {
            Enum<?> e = (Enum<?>) constant;
            map.put(toJson(e), e);
          }
          return Collections.unmodifiableMap(map);
        }
      };

  private JsonEnums() {}

  /**
   * Gets the JSON value of a constant, such as "vice-chair" for {@code VICE_CHAIR}.
   *
   * @param constant the constant, not null
   * @return the JSON value, not null
   */
  public static String toJson(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Finds the constant of an enum whose JSON value is the given text.
   *
   * @param <E> the enum type
   * @param type the enum class, not null
   * @param json the JSON value, not null
   * @return the constant, or empty if no constant has that JSON value
   */
  public static <E extends Enum<E>> Optional<E> fromJson(Class<E> type, String json) {
    return Optional.ofNullable(type.cast(BY_JSON.get(type).get(json)));
  }

  /**
   * Gets the JSON values of an enum in declaration order, for messages and the schema.
   *
   * @param type the enum class, not null
   * @return the values, not null
   */
  public static List<String> values(Class<? extends Enum<?>> type) {
    return List.copyOf(BY_JSON.get(type).keySet());
  }

  /**
   * Names the values of an enum for messages, from its simple name: "post
   * role" for {@code PostRole}, "local government kind" for {@code
   * LocalGovernmentKind}.
   *
   * @param type the enum class, not null
   * @return the name in lower case, not null
   */
  public static String kindOf(Class<? extends Enum<?>> type) {
    return type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * Puts "a" or "an" before a noun for messages: "an organization kind".
   *
   * @param noun the noun, not empty
   * @return the noun with its article, not null
   */
  public static String withArticle(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /**
   * Gets the JSON values of an enum as a comma-separated list, for messages.
   *
   * @param type the enum class, not null
   * @return the values, such as "chair, vice-chair, secretary", not null
   */
  public static String describe(Class<? extends Enum<?>> type) {
    return values(type).stream().collect(Collectors.joining(", "));
  }
}
