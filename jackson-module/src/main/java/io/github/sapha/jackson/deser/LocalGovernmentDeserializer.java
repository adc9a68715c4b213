package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.AREA;
import static io.github.sapha.jackson.internal.Fields.CODE;
import static io.github.sapha.jackson.internal.Fields.KIND;
import static io.github.sapha.jackson.internal.Fields.NAME_EN;
import static io.github.sapha.jackson.internal.Fields.NAME_TH;

import io.github.sapha.geography.AreaCode;
import io.github.sapha.geography.LocalGovernment;
import io.github.sapha.geography.LocalGovernmentKind;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a {@link LocalGovernment}: {@code kind}, optional {@code code}, {@code nameTh}, optional
 * {@code nameEn}, and {@code area}, an array of codes (sub-districts, or one
 * province); a code given twice is refused.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class LocalGovernmentDeserializer extends SaphaDeserializer<LocalGovernment> {
  static final Shape SHAPE =
      Shape.of("a local government", KIND, CODE, NAME_TH, NAME_EN, AREA).required(KIND, NAME_TH, AREA);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public LocalGovernmentDeserializer(ReadOptions options) {
    super(LocalGovernment.class, SHAPE.what(), options, false);
  }

  @Override
  protected LocalGovernment readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a local government at the current token.
   *
   * @param in the reading position, not null
   * @return the local government, not null
   */
  public static LocalGovernment read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    LocalGovernment.Builder lg = LocalGovernment.builder();
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case KIND -> lg.kind(Scalars.enumValue(in, LocalGovernmentKind.class));
        case CODE -> lg.code(Scalars.localGovernmentCode(in));
        case NAME_TH -> lg.nameTh(Scalars.text(in));
        case NAME_EN -> lg.nameEn(Scalars.text(in));
        case AREA -> {
          Set<AreaCode> seen = new HashSet<>();
          in.array(
              () -> {
                AreaCode code = Scalars.areaCode(in);
                if (!seen.add(code)) {
                  throw in.error("duplicate area code " + code);
                }
                lg.addArea(code);
              });
        }
        default -> throw new AssertionError(field);
      }
    }
    return object.build(lg::build);
  }
}
