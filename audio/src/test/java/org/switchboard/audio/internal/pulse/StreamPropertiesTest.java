package org.switchboard.audio.internal.pulse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.switchboard.audio.internal.routing.StreamPurpose;
import org.switchboard.audio.internal.routing.StreamRequest;
import org.switchboard.core.device.AudioProcessing;

class StreamPropertiesTest {
  @Test
  void aCallWithProcessingWantsTheEchoCancelFilterWithItsOptions() {
    var properties =
        StreamProperties.of(
            new StreamRequest(
                "mic", 16000, new AudioProcessing(true, false, true), StreamPurpose.CALL),
            true);

    assertThat(properties)
        .containsEntry("media.role", "phone")
        .containsEntry("filter.want", "echo-cancel")
        .containsEntry(
            "filter.apply.echo-cancel.parameters",
            "aec_method=webrtc aec_args=\"analog_gain_control=0 digital_gain_control=1"
                + " noise_suppression=0\"")
        .doesNotContainKey("filter.suppress");
  }

  @Test
  void withoutProcessingTheFilterIsSuppressed() {
    var properties =
        StreamProperties.of(
            new StreamRequest(null, 8000, AudioProcessing.NONE, StreamPurpose.CALL), false);

    assertThat(properties)
        .containsEntry("filter.suppress", "echo-cancel")
        .doesNotContainKey("filter.want");
  }

  @Test
  void aRingtoneIsAnEvent() {
    assertThat(
            StreamProperties.of(
                new StreamRequest("spk", 48000, AudioProcessing.ALL, StreamPurpose.RING), false))
        .containsEntry("media.role", "event")
        .doesNotContainKey("filter.want");
  }
}
