package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.AREAS;
import static io.github.sapha.jackson.internal.Fields.CERTAINTY;
import static io.github.sapha.jackson.internal.Fields.ID;
import static io.github.sapha.jackson.internal.Fields.KIND;
import static io.github.sapha.jackson.internal.Fields.NAME_EN;
import static io.github.sapha.jackson.internal.Fields.NAME_TH;
import static io.github.sapha.jackson.internal.Fields.NOTE;
import static io.github.sapha.jackson.internal.Fields.SOURCES;
import static io.github.sapha.jackson.internal.Fields.VALID_FROM;
import static io.github.sapha.jackson.internal.Fields.VALID_TO;

import io.github.sapha.designation.Designation;
import io.github.sapha.designation.DesignationKind;
import io.github.sapha.designation.SourceCertainty;
import io.github.sapha.geography.AreaCode;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a {@link Designation}: {@code id}, {@code nameTh}, optional {@code
 * nameEn}, {@code kind}, {@code areas} (district or sub-district codes, each
 * once), {@code validFrom}, optional {@code validTo}, {@code sources}, {@code
 * certainty} (unverified when left out) and optional {@code note}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class DesignationDeserializer extends SaphaDeserializer<Designation> {
  static final Shape SHAPE =
      Shape.of("a designation", ID, NAME_TH, NAME_EN, KIND, AREAS, VALID_FROM, VALID_TO, SOURCES, CERTAINTY, NOTE)
          .required(ID, NAME_TH, KIND, AREAS, VALID_FROM);

  /**
   * Creates the deserializer.
   *
   * @param options how strictly to read, and the limits
   */
  public DesignationDeserializer(ReadOptions options) {
    super(Designation.class, SHAPE.what(), options, false);
  }

  @Override
  protected Designation readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a designation at the current token.
   *
   * @param in the reading position, not null
   * @return the designation, not null
   */
  public static Designation read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    Designation.Builder designation = Designation.builder();
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ID -> designation.id(Scalars.designationId(in));
        case NAME_TH -> designation.nameTh(Scalars.text(in));
        case NAME_EN -> designation.nameEn(Scalars.text(in));
        case KIND -> designation.kind(Scalars.enumValue(in, DesignationKind.class));
        case AREAS -> {
          Set<AreaCode> seen = new HashSet<>();
          in.array(
              () -> {
                AreaCode code = Scalars.areaCode(in);
                if (!seen.add(code)) {
                  throw in.error("duplicate area " + JsonIn.quote(code.value()));
                }
                designation.addArea(code);
              });
        }
        case VALID_FROM -> designation.validFrom(Scalars.date(in));
        case VALID_TO -> designation.validTo(Scalars.date(in));
        case SOURCES -> in.array(() -> designation.addSource(SourceLinkDeserializer.read(in)));
        case CERTAINTY -> designation.certainty(Scalars.enumValue(in, SourceCertainty.class));
        case NOTE -> designation.note(Scalars.text(in));
        default -> throw new AssertionError(field);
      }
    }
    return object.build(designation::build);
  }
}
