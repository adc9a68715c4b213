package io.github.sapha.geography;

import io.github.sapha.internal.Checks;
import io.github.sapha.internal.MissingFields;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A named local government (องค์กรปกครองส่วนท้องถิ่น) and the area it covers: one
 * or more sub-districts, or a whole province for a provincial administrative
 * organisation and Bangkok. Councils of the seed's three municipalities in Mae
 * Sai cover such areas.
 *
 * <pre>{@code
 * LocalGovernment maeSaiMittraphap = LocalGovernment.builder()
 *     .kind(LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY)
 *     .nameTh("แม่สายมิตรภาพ")
 *     .nameEn("Mae Sai Mittraphap")
 *     .addArea(SubdistrictCode.parse("570901"))
 *     .build();
 * maeSaiMittraphap.fullNameTh(); // "เทศบาลตำบลแม่สายมิตรภาพ"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LocalGovernment {

  LocalGovernment() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the kind, such as a sub-district municipality} */
  public abstract LocalGovernmentKind kind();

  /** {@return the DLA code of the local government, if known} */
  public abstract Optional<LocalGovernmentCode> code();

  /** {@return the Thai place name without the kind, such as "แม่สายมิตรภาพ"} */
  public abstract String nameTh();

  /** {@return the English place name without the kind, such as "Mae Sai Mittraphap", if known} */
  public abstract Optional<String> nameEn();

  /**
   * Gets the area covered, ordered by code: sub-district codes, or one
   * province code for the kinds that {@linkplain LocalGovernmentKind#coversProvince()
   * cover a province}.
   *
   * @return the codes of the area, never empty
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<AreaCode> area();

  /** {@return the Thai name with its kind, such as "เทศบาลตำบลแม่สายมิตรภาพ"} */
  public String fullNameTh() {
    return kind() == LocalGovernmentKind.BANGKOK || kind() == LocalGovernmentKind.PATTAYA
        ? kind().thai()
        : kind().thai() + nameTh();
  }

  /** {@return the English name with its kind, such as "Mae Sai Mittraphap Subdistrict Municipality"} */
  public Optional<String> fullNameEn() {
    return nameEn().map(name -> name + " " + kind().english());
  }

  /**
   * Checks if the area of this local government contains the given area, or is it.
   *
   * @param code the code, not null
   * @return true if the area of this local government contains the given area, or is it
   */
  public boolean covers(AreaCode code) {
    for (AreaCode part : area()) {
      if (part.contains(code)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  final void check() {
    Checks.text("local government " + kind().english(), "nameTh", nameTh());
    nameEn().ifPresent(name -> Checks.text("local government " + nameTh(), "nameEn", name));
    Set<AreaCode> area = area();
    if (area.isEmpty()) {
      throw new IllegalArgumentException(
          "local government " + nameEn().orElse(kind().english()) + ": area must not be empty");
    }
    for (AreaCode code : area) {
      boolean fits =
          kind().coversProvince()
              ? code instanceof ProvinceCode && area.size() == 1
              : code instanceof SubdistrictCode;
      if (!fits) {
        throw new IllegalArgumentException(
            "local government " + nameEn().orElse(kind().english()) + ": area " + area
                + " must be "
                + (kind().coversProvince() ? "exactly one province code" : "sub-district codes")
                + " for a " + kind().english());
      }
    }
  }

  /** Gets a short form such as "เทศบาลตำบลแม่สายมิตรภาพ [570901]". */
  @Override
  public String toString() {
    return fullNameTh() + " " + area();
  }

  /**
   * Builds a {@link LocalGovernment}; {@code build()} refuses a blank name or an
   * area that does not fit the kind, naming the field.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableLocalGovernment.Builder {
    Builder() {}

    /**
     * Builds the local government.
     *
     * @return the local government, not null
     * @throws IllegalStateException if a required field (kind and nameTh) is not set;
     *     the message names the local government (by its kind when set) and the fields
     * @throws IllegalArgumentException if the local government is refused, as above
     */
    @Override
    public LocalGovernment build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.describe(MissingFields.valueIn(this, "kind").map(k -> "local government " + ((LocalGovernmentKind) k).english()).orElse("local government"));
      }
    }
  }
}
