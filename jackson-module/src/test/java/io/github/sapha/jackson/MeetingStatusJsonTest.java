package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sapha.meeting.MeetingStatus;
import io.github.sapha.registry.Registry;
import org.junit.jupiter.api.Test;

/** The optional meeting status: held when absent, written only when not held. */
class MeetingStatusJsonTest {
  private static final SaphaJson JSON = SaphaJson.defaults();

  private static String document(String status) {
    return "{\"schemaVersion\":1,\"asOf\":\"2017-05-18\",\"meetings\":[{\"id\":\"meeting-1\","
        + "\"titleTh\":\"ประชุมสภาองค์กรชุมชน\",\"date\":\"2017-06-01\",\"level\":\"council\"" + status + "}]}";
  }

  @Test
  void test_read_aMeetingWithoutStatusIsHeldAndIsWrittenBackWithout() {
    String v1 = document("");
    Registry registry = JSON.read(v1);
    assertThat(registry.meetings().get(0).status()).isEqualTo(MeetingStatus.HELD);
    String written = JSON.writeString(registry);
    assertThat(written).doesNotContain("status");
    assertThat(JSON.read(written)).isEqualTo(registry);
  }

  @Test
  void test_write_aPlannedMeetingCarriesItsStatusAfterItsLevelAndReadsBack() {
    String planned = document(",\"status\":\"planned\"");
    Registry registry = JSON.read(planned);
    assertThat(registry.meetings().get(0).status()).isEqualTo(MeetingStatus.PLANNED);
    String written = JSON.writeString(registry);
    assertThat(written).contains("\"level\":\"council\",\"status\":\"planned\",");
    assertThat(JSON.read(written)).isEqualTo(registry);
    Registry cancelled = JSON.read(document(",\"status\":\"cancelled\""));
    assertThat(JSON.writeString(cancelled)).contains("\"status\":\"cancelled\"");
  }

  @Test
  void test_read_anExplicitHeldStatusReadsAsHeld() {
    assertThat(JSON.read(document(",\"status\":\"held\"")).meetings().get(0).status()).isEqualTo(MeetingStatus.HELD);
  }

  @Test
  void test_read_anUnknownStatusIsRefusedNamingTheValues() {
    SaphaJsonException e =
        catchThrowableOfType(SaphaJsonException.class, () -> JSON.read(document(",\"status\":\"postponed\"")));
    assertThat(e.getPointer()).isEqualTo("/meetings/0/status");
    assertThat(e.getDetail())
        .isEqualTo("Unknown meeting status \"postponed\": expected one of: planned, held, cancelled");
  }
}
