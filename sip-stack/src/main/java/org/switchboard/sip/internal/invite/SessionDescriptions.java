package org.switchboard.sip.internal.invite;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Message;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.sip.internal.sdp.LocalMedia;
import org.switchboard.sip.internal.sdp.RemoteMedia;
import org.switchboard.sip.internal.sdp.SdpReader;
import org.switchboard.sip.internal.sdp.SdpWriter;
import org.switchboard.sip.internal.sdp.UnusableSdpException;

/** Puts SDP bodies into messages and takes them out. Used on {@code sip-events}. */
final class SessionDescriptions {
  private SessionDescriptions() {}

  /** Our SDP for {@code call}, with a new origin version. */
  static String local(Call call, List<AudioCodec> formats, MediaDirection direction) {
    call.sdpVersion++;
    return SdpWriter.write(
        new LocalMedia(
            call.media.localEndpoint(), formats, direction, call.sdpSessionId, call.sdpVersion));
  }

  /** Sets {@code sdp} as the body of {@code message}. */
  static void attach(Message message, String sdp, HeaderFactory headers) throws ParseException {
    message.setContent(sdp, headers.createContentTypeHeader("application", "sdp"));
  }

  /** Whether {@code message} carries a body (of any type). */
  static boolean hasBody(Message message) {
    byte[] raw = message.getRawContent();
    return raw != null && raw.length > 0;
  }

  /**
   * The SDP in {@code message}, or null when it has no body.
   *
   * @throws UnusableSdpException when the body is not usable SDP
   */
  static @Nullable RemoteMedia read(Message message) throws UnusableSdpException {
    if (!hasBody(message)) {
      return null;
    }
    ContentTypeHeader type = (ContentTypeHeader) message.getHeader(ContentTypeHeader.NAME);
    if (type == null
        || !"application".equalsIgnoreCase(type.getContentType())
        || !"sdp".equalsIgnoreCase(type.getContentSubType())) {
      throw new UnusableSdpException("body is not application/sdp");
    }
    return SdpReader.read(new String(message.getRawContent(), StandardCharsets.UTF_8));
  }
}
