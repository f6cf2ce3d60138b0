package org.switchboard.sip.internal.sdp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Vector;
import javax.sdp.Attribute;
import javax.sdp.Connection;
import javax.sdp.MediaDescription;
import javax.sdp.SdpException;
import javax.sdp.SdpFactory;
import javax.sdp.SessionDescription;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaEndpoint;
import org.switchboard.sip.internal.log.JainSipLogging;

/**
 * Reads a peer's SDP with JAIN-SIP's {@code javax.sdp} and extracts its first active audio stream.
 * The body is untrusted: anything unexpected becomes an {@link UnusableSdpException}, never another
 * exception. Pure; any thread.
 */
@SuppressWarnings("JdkObsolete") // javax.sdp speaks Vector
public final class SdpReader {
  private static final int MAX_SDP_LENGTH = 16_384;
  private static final Map<Integer, AudioCodec> STATIC_TYPES =
      Map.of(
          0, AudioCodec.PCMU,
          3, new AudioCodec("GSM", 8000, 3),
          8, new AudioCodec("PCMA", 8000, 8),
          9, new AudioCodec("G722", 8000, 9),
          18, new AudioCodec("G729", 8000, 18));

  private SdpReader() {}

  /** The audio stream described by {@code text}. */
  public static RemoteMedia read(String text) throws UnusableSdpException {
    if (text.length() > MAX_SDP_LENGTH) {
      throw new UnusableSdpException("SDP too long");
    }
    JainSipLogging.install();
    try {
      SessionDescription session = SdpFactory.getInstance().createSessionDescription(text);
      return readAudio(session);
    } catch (SdpException e) {
      throw new UnusableSdpException("SDP not understood", e);
    } catch (RuntimeException e) {
      throw new UnusableSdpException("SDP not understood", e);
    }
  }

  private static RemoteMedia readAudio(SessionDescription session)
      throws SdpException, UnusableSdpException {
    Vector<?> descriptions = session.getMediaDescriptions(false);
    if (descriptions != null) {
      for (Object o : descriptions) {
        if (o instanceof MediaDescription media
            && "audio".equalsIgnoreCase(media.getMedia().getMediaType())
            && media.getMedia().getMediaPort() > 0) {
          return readStream(session, media);
        }
      }
    }
    throw new UnusableSdpException("SDP has no active audio stream");
  }

  private static RemoteMedia readStream(SessionDescription session, MediaDescription media)
      throws SdpException, UnusableSdpException {
    String address = connectionAddress(session, media);
    int port = media.getMedia().getMediaPort();
    if (port > 65535) {
      throw new UnusableSdpException("SDP audio port out of range");
    }
    Map<Integer, AudioCodec> rtpmaps = rtpmaps(media.getAttributes(false));
    List<AudioCodec> codecs = new ArrayList<>();
    AudioCodec telephoneEvent = null;
    Vector<?> formats = media.getMedia().getMediaFormats(false);
    for (Object f : formats == null ? new Vector<>() : formats) {
      Integer pt = parsePayloadType(String.valueOf(f).trim());
      if (pt == null) {
        continue;
      }
      AudioCodec codec = rtpmaps.getOrDefault(pt, STATIC_TYPES.get(pt));
      if (codec == null) {
        continue;
      }
      if (codec.sameFormat(AudioCodec.TELEPHONE_EVENT)) {
        telephoneEvent = telephoneEvent == null ? codec : telephoneEvent;
      } else {
        codecs.add(codec);
      }
    }
    MediaDirection direction =
        direction(media.getAttributes(false), direction(session.getAttributes(false), null));
    return new RemoteMedia(
        new MediaEndpoint(address, port),
        codecs,
        telephoneEvent,
        direction == null ? MediaDirection.SENDRECV : direction,
        address.equals("0.0.0.0"),
        SecurityAttributes.read(
            media.getMedia().getProtocol(),
            media.getAttributes(false),
            session.getAttributes(false)),
        hasFlag(media.getAttributes(false), "rtcp-mux"));
  }

  /** Whether {@code attributes} hold the property attribute {@code name} (RFC 4566 a=name). */
  private static boolean hasFlag(@Nullable Vector<?> attributes, String name) throws SdpException {
    if (attributes != null) {
      for (Object o : attributes) {
        if (o instanceof Attribute a
            && a.getName() != null
            && name.equalsIgnoreCase(a.getName().trim())) {
          return true;
        }
      }
    }
    return false;
  }

  private static String connectionAddress(SessionDescription session, MediaDescription media)
      throws SdpException, UnusableSdpException {
    Connection connection = media.getConnection();
    if (connection == null) {
      connection = session.getConnection();
    }
    if (connection == null || connection.getAddress() == null) {
      throw new UnusableSdpException("SDP has no connection address");
    }
    String address = connection.getAddress().trim();
    int ttl = address.indexOf('/');
    address = ttl >= 0 ? address.substring(0, ttl) : address;
    if (!address.matches("[0-9A-Za-z.:\\-]{1,255}")) {
      throw new UnusableSdpException("SDP connection address is malformed");
    }
    return address;
  }

  private static Map<Integer, AudioCodec> rtpmaps(@Nullable Vector<?> attributes)
      throws SdpException {
    Map<Integer, AudioCodec> found = new HashMap<>();
    if (attributes == null) {
      return found;
    }
    for (Object o : attributes) {
      if (o instanceof Attribute a && "rtpmap".equalsIgnoreCase(a.getName()) && a.hasValue()) {
        parseRtpmap(a.getValue()).ifPresent(c -> found.putIfAbsent(c.payloadType(), c));
      }
    }
    return found;
  }

  private static java.util.Optional<AudioCodec> parseRtpmap(String value) {
    // "<pt> <name>/<rate>[/<channels>]"
    String[] parts = value.trim().split("\\s+", 2);
    if (parts.length != 2) {
      return java.util.Optional.empty();
    }
    Integer pt = parsePayloadType(parts[0]);
    String[] encoding = parts[1].split("/");
    if (pt == null || encoding.length < 2 || !encoding[0].matches("[A-Za-z0-9._+\\-]{1,32}")) {
      return java.util.Optional.empty();
    }
    try {
      int rate = Integer.parseInt(encoding[1].trim());
      return rate > 0
          ? java.util.Optional.of(new AudioCodec(encoding[0], rate, pt))
          : java.util.Optional.empty();
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }

  private static @Nullable Integer parsePayloadType(String text) {
    if (!text.matches("[0-9]{1,3}")) {
      return null;
    }
    int pt = Integer.parseInt(text);
    return pt <= 127 ? pt : null;
  }

  private static @Nullable MediaDirection direction(
      @Nullable Vector<?> attributes, @Nullable MediaDirection fallback) throws SdpException {
    if (attributes != null) {
      for (Object o : attributes) {
        if (o instanceof Attribute a) {
          String name = a.getName() == null ? "" : a.getName().trim().toUpperCase(Locale.ROOT);
          for (MediaDirection d : MediaDirection.values()) {
            if (d.name().equals(name)) {
              return d;
            }
          }
        }
      }
    }
    return fallback;
  }
}
