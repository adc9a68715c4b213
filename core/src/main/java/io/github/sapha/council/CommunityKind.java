package io.github.sapha.council;

/**
 * The kinds of community or community organisation (ชุมชน / องค์กรชุมชน) that
 * register with a council.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CommunityKind {
  /** ชุมชนหมู่บ้าน: a village community (หมู่บ้าน). */
  VILLAGE("ชุมชนหมู่บ้าน", "village community"),
  /** กลุ่มออมทรัพย์: a savings group. */
  SAVINGS_GROUP("กลุ่มออมทรัพย์", "savings group"),
  /** กลุ่มอาชีพ: an occupational group. */
  OCCUPATIONAL_GROUP("กลุ่มอาชีพ", "occupational group"),
  /** กลุ่มสตรี: a women's group. */
  WOMEN("กลุ่มสตรี", "women's group"),
  /** กลุ่มผู้สูงอายุ: an elderly people's group. */
  ELDERLY("กลุ่มผู้สูงอายุ", "elderly group"),
  /** กลุ่มเยาวชน: a youth group. */
  YOUTH("กลุ่มเยาวชน", "youth group"),
  /** กองทุนสวัสดิการชุมชน: a community welfare fund. */
  WELFARE_FUND("กองทุนสวัสดิการชุมชน", "welfare fund"),
  /** กลุ่มทรัพยากรธรรมชาติ: a natural-resources group. */
  NATURAL_RESOURCES("กลุ่มทรัพยากรธรรมชาติ", "natural resources group"),
  /** กลุ่มที่อยู่อาศัย: a housing group. */
  HOUSING("กลุ่มที่อยู่อาศัย", "housing group"),
  /** เครือข่ายองค์กรชุมชน: a network of groups. */
  NETWORK_OF_GROUPS("เครือข่ายองค์กรชุมชน", "network of groups"),
  /** อื่น ๆ: any other kind. */
  OTHER("อื่น ๆ", "other");

  private final String thai;
  private final String english;

  CommunityKind(String thai, String english) {
    this.thai = thai;
    this.english = english;
  }

  /** {@return the Thai label} */
  public String thai() {
    return thai;
  }

  /** {@return the English label} */
  public String english() {
    return english;
  }
}
