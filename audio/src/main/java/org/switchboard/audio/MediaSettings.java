package org.switchboard.audio;

import java.util.Objects;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;

/**
 * How the media engine runs.
 *
 * @param localAddress the local IP address RTP binds to and advertises
 * @param rtpPortMin the lowest even port RTP may use
 * @param rtpPortMax the highest port RTP/RTCP may use
 * @param source where sent audio comes from
 * @param sink where received audio goes
 */
public record MediaSettings(
    String localAddress, int rtpPortMin, int rtpPortMax, AudioSource source, AudioSink sink) {
  public MediaSettings {
    Objects.requireNonNull(localAddress, "localAddress");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    if (rtpPortMin < 1024 || rtpPortMax > 65535 || rtpPortMax - rtpPortMin < 3) {
      throw new IllegalArgumentException(
          "RTP port range must lie in 1024-65535 and hold at least two port pairs");
    }
  }
}
