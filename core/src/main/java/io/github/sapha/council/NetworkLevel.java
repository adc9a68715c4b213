package io.github.sapha.council;

/**
 * The levels at which councils link up.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum NetworkLevel {
  /** เครือข่ายสภาองค์กรชุมชนอำเภอ: links the councils of one district. */
  DISTRICT("เครือข่ายสภาองค์กรชุมชนอำเภอ", "district network"),
  /** เครือข่ายสภาองค์กรชุมชนจังหวัด: links the district networks of one province. */
  PROVINCIAL("เครือข่ายสภาองค์กรชุมชนจังหวัด", "provincial network"),
  /** การประชุมระดับชาติ: the national meeting of council representatives, as a body. */
  NATIONAL("การประชุมระดับชาติ", "national meeting");

  private final String thai;
  private final String english;

  NetworkLevel(String thai, String english) {
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
