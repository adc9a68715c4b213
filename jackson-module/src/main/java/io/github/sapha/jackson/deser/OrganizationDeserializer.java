package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.AREA;
import static io.github.sapha.jackson.internal.Fields.ID;
import static io.github.sapha.jackson.internal.Fields.KIND;
import static io.github.sapha.jackson.internal.Fields.LOCAL_GOVERNMENT;
import static io.github.sapha.jackson.internal.Fields.NAME_EN;
import static io.github.sapha.jackson.internal.Fields.NAME_TH;
import static io.github.sapha.jackson.internal.Fields.PARENT;
import static io.github.sapha.jackson.internal.Fields.POSTS;

import io.github.sapha.council.Organization;
import io.github.sapha.council.OrganizationKind;

/**
 * Reads an {@link Organization}: {@code id}, {@code kind}, {@code nameTh},
 * optional {@code nameEn}, {@code parent}, {@code localGovernment} and {@code
 * area}, and {@code posts}.
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class OrganizationDeserializer extends SaphaDeserializer<Organization> {
  static final Shape SHAPE =
      Shape.of("an organization", ID, KIND, NAME_TH, NAME_EN, PARENT, LOCAL_GOVERNMENT, AREA, POSTS)
          .required(ID, KIND, NAME_TH);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public OrganizationDeserializer(ReadOptions options) {
    super(Organization.class, SHAPE.what(), options, false);
  }

  @Override
  protected Organization readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads an organisation at the current token.
   *
   * @param in the reading position, not null
   * @return the organisation, not null
   */
  public static Organization read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    Organization.Builder organization = Organization.builder();
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ID -> organization.id(Scalars.bodyId(in));
        case KIND -> organization.kind(Scalars.enumValue(in, OrganizationKind.class));
        case NAME_TH -> organization.nameTh(Scalars.text(in));
        case NAME_EN -> organization.nameEn(Scalars.text(in));
        case PARENT -> organization.parent(Scalars.bodyId(in));
        case LOCAL_GOVERNMENT -> organization.localGovernment(LocalGovernmentDeserializer.read(in));
        case AREA -> organization.area(Scalars.areaCode(in));
        case POSTS -> in.array(() -> organization.addPost(PostDeserializer.read(in)));
        default -> throw new AssertionError(field);
      }
    }
    return object.build(organization::build);
  }
}
