package org.switchboard.audio.internal.rtp;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import org.jitsi.service.neomedia.AudioMediaStream;
import org.jitsi.service.neomedia.MediaStreamTarget;
import org.jitsi.service.neomedia.format.MediaFormat;
import org.jitsi.service.neomedia.format.MediaFormatFactory;
import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.sink.ReceivedAudioTap;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaEndpoint;
import org.switchboard.core.media.MediaException;
import org.switchboard.core.media.NegotiatedMedia;

/**
 * Applies an SDP outcome to a running libjitsi stream, changing only what differs from the last
 * one: the PCMU payload type, the telephone-event payload type, the remote endpoint (RTP to its
 * port, RTCP to the next; sent from the sockets we receive on, i.e. symmetric RTP) and the
 * direction. Nothing is torn down, so hold, resume and re-targeting keep the stream, its SSRC and
 * the recording.
 *
 * <p>Not thread-safe; the session calls it under its lock.
 */
final class StreamConfiguration {
  private final MediaFormatFactory formats;

  StreamConfiguration(MediaFormatFactory formats) {
    this.formats = formats;
  }

  /** Only PCMU/8000 is offered, so nothing else can be started. */
  static void requirePcmu(AudioCodec codec) {
    if (!codec.sameFormat(AudioCodec.PCMU)) {
      throw new MediaException(
          "unsupported codec " + codec.encodingName() + "/" + codec.clockRate() + "; only PCMU");
    }
  }

  /** Applies what changed between {@code previous} (null: everything) and {@code next}. */
  void apply(
      AudioMediaStream audio,
      @Nullable ReceivedAudioTap tap,
      NegotiatedMedia next,
      @Nullable NegotiatedMedia previous) {
    if (previous == null || !previous.codec().equals(next.codec())) {
      MediaFormat pcmu = formats.createMediaFormat("PCMU", 8000);
      if (next.codec().payloadType() != AudioCodec.PCMU.payloadType()) {
        audio.addDynamicRTPPayloadType((byte) next.codec().payloadType(), pcmu);
      }
      audio.setFormat(pcmu);
      if (tap != null) {
        tap.setPayloadType(next.codec().payloadType());
      }
    }
    AudioCodec event = next.telephoneEvent();
    if (event != null && (previous == null || !Objects.equals(previous.telephoneEvent(), event))) {
      audio.addDynamicRTPPayloadType(
          (byte) event.payloadType(), formats.createMediaFormat("telephone-event", 8000));
    }
    if (previous == null || !previous.remote().equals(next.remote())) {
      audio.setTarget(target(next.remote()));
    }
    audio.setDirection(toLibjitsi(next.direction()));
    if (tap != null) {
      tap.setReceiving(next.direction().receives());
    }
  }

  private static MediaStreamTarget target(MediaEndpoint remote) {
    try {
      InetAddress address = InetAddress.getByName(remote.address());
      return new MediaStreamTarget(
          new InetSocketAddress(address, remote.port()),
          new InetSocketAddress(address, remote.port() + 1));
    } catch (UnknownHostException e) {
      throw new MediaException("bad remote address " + remote.address(), e);
    }
  }

  private static org.jitsi.service.neomedia.MediaDirection toLibjitsi(MediaDirection direction) {
    return switch (direction) {
      case SENDRECV -> org.jitsi.service.neomedia.MediaDirection.SENDRECV;
      case SENDONLY -> org.jitsi.service.neomedia.MediaDirection.SENDONLY;
      case RECVONLY -> org.jitsi.service.neomedia.MediaDirection.RECVONLY;
      case INACTIVE -> org.jitsi.service.neomedia.MediaDirection.INACTIVE;
    };
  }
}
