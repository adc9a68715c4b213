package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.LOCAL_GOVERNMENT;
import static io.github.sapha.jackson.internal.Fields.NAME;
import static io.github.sapha.jackson.internal.Fields.SUBDISTRICTS;

import io.github.sapha.council.BodyId;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.geography.SubdistrictCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@link CouncilArea}: {@code subdistricts} (one code for a
 * sub-district council, one or more for a local government's area), the
 * optional {@code localGovernment} and the optional place {@code name}.
 * Codes may come in any order and are written back ordered; a code given
 * twice is refused.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class CouncilAreaDeserializer extends SaphaDeserializer<CouncilArea> {
  static final Shape SHAPE =
      Shape.of("a council area", SUBDISTRICTS, LOCAL_GOVERNMENT, NAME).required(SUBDISTRICTS);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public CouncilAreaDeserializer(ReadOptions options) {
    super(CouncilArea.class, SHAPE.what(), options, false);
  }

  @Override
  protected CouncilArea readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a council area at the current token.
   *
   * @param in the reading position, not null
   * @return the area, not null
   */
  public static CouncilArea read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    List<SubdistrictCode> codes = new ArrayList<>();
    BodyId localGovernment = null;
    String name = null;
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case SUBDISTRICTS -> codes = subdistricts(in);
        case LOCAL_GOVERNMENT -> localGovernment = Scalars.bodyId(in);
        case NAME -> name = Scalars.text(in);
        default -> throw new AssertionError(field);
      }
    }
    List<SubdistrictCode> subdistricts = codes;
    BodyId lg = localGovernment;
    String placeName = name;
    return object.build(
        () -> {
          CouncilArea area;
          if (lg == null) {
            if (subdistricts.size() != 1) {
              throw new IllegalArgumentException(
                  "council area: without a localGovernment the area is one sub-district, but "
                      + subdistricts.size() + " are given");
            }
            area = CouncilArea.subdistrict(subdistricts.get(0));
          } else {
            area = CouncilArea.localGovernment(lg, subdistricts);
          }
          return placeName == null ? area : area.withName(placeName);
        });
  }

  /** Reads an array of sub-district codes, refusing one given twice. */
  static List<SubdistrictCode> subdistricts(JsonIn in) {
    List<SubdistrictCode> codes = new ArrayList<>();
    Set<SubdistrictCode> seen = new HashSet<>();
    in.array(
        () -> {
          SubdistrictCode code = Scalars.subdistrict(in);
          if (!seen.add(code)) {
            throw in.error("duplicate sub-district code " + code);
          }
          codes.add(code);
        });
    return codes;
  }
}
