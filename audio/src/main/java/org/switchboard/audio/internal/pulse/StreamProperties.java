package org.switchboard.audio.internal.pulse;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jitsi.impl.neomedia.pulseaudio.PA;
import org.switchboard.audio.internal.routing.StreamPurpose;
import org.switchboard.audio.internal.routing.StreamRequest;
import org.switchboard.core.device.AudioProcessing;

/**
 * The properties a stream carries to the server. Calls are {@code media.role=phone} (so the server
 * can duck music and route to phone devices). Voice processing is asked for the way PulseAudio's
 * own filter modules expect: {@code filter.want=echo-cancel} on both the call's record and playback
 * streams (module-filter-heuristics turns it into {@code filter.apply} unless the device declares
 * {@code device.intended_roles=phone}, i.e. processes voice itself; module-filter-apply then loads
 * module-echo-cancel between the pair and moves both streams onto it), with the canceller's
 * arguments in {@code filter.apply.echo-cancel.parameters}. Without processing the stream says
 * {@code filter.suppress=echo-cancel}, so no heuristic adds it.
 *
 * <p>PulseAudio's webrtc canceller always cancels echo; noise suppression and gain control are its
 * options. Asking for either without echo cancellation therefore also cancels echo (ADR 24).
 */
final class StreamProperties {
  static final String FILTER_WANT = "filter.want";
  static final String FILTER_SUPPRESS = "filter.suppress";
  static final String ECHO_CANCEL = "echo-cancel";
  static final String ECHO_CANCEL_PARAMETERS = "filter.apply.echo-cancel.parameters";

  private StreamProperties() {}

  /** The properties for {@code request}; {@code capture} tells record from playback. */
  static Map<String, String> of(StreamRequest request, boolean capture) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put(PA.PROP_MEDIA_NAME, mediaName(request.purpose(), capture));
    properties.put(PA.PROP_MEDIA_ROLE, request.purpose() == StreamPurpose.RING ? "event" : "phone");
    if (request.purpose() == StreamPurpose.CALL && request.processing().any()) {
      properties.put(FILTER_WANT, ECHO_CANCEL);
      properties.put(ECHO_CANCEL_PARAMETERS, echoCancelArguments(request.processing()));
    } else {
      properties.put(FILTER_SUPPRESS, ECHO_CANCEL);
    }
    return properties;
  }

  /** module-echo-cancel's arguments: the webrtc canceller with the noise and gain options asked. */
  static String echoCancelArguments(AudioProcessing processing) {
    // analog gain control changes the device's own volume behind the agent's back: never used
    return "aec_method=webrtc aec_args=\"analog_gain_control=0 digital_gain_control="
        + flag(processing.automaticGain())
        + " noise_suppression="
        + flag(processing.noiseSuppression())
        + "\"";
  }

  private static String flag(boolean on) {
    return on ? "1" : "0";
  }

  private static String mediaName(StreamPurpose purpose, boolean capture) {
    return switch (purpose) {
      case CALL -> capture ? "Call microphone" : "Call audio";
      case RING -> "Ringtone";
      case CHECK -> capture ? "Microphone check" : "Speaker check";
    };
  }

  /** A native property list holding {@code properties}; the caller frees it. */
  static long toNative(Map<String, String> properties) {
    long list = PA.proplist_new();
    properties.forEach((key, value) -> PA.proplist_sets(list, key, value));
    return list;
  }
}
