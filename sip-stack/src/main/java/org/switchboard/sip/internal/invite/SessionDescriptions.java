package org.switchboard.sip.internal.invite;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Message;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaSecurity;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.sip.internal.sdp.LocalMedia;
import org.switchboard.sip.internal.sdp.OfferAnswer;
import org.switchboard.sip.internal.sdp.RemoteMedia;
import org.switchboard.sip.internal.sdp.SdpReader;
import org.switchboard.sip.internal.sdp.SdpSecurity;
import org.switchboard.sip.internal.sdp.SdpWriter;
import org.switchboard.sip.internal.sdp.SecurityNegotiation;
import org.switchboard.sip.internal.sdp.SecurityRules;
import org.switchboard.sip.internal.sdp.UnusableSdpException;

/** Puts SDP bodies into messages and takes them out. Used on {@code sip-events}. */
final class SessionDescriptions {
  private SessionDescriptions() {}

  /** Our plain SDP for {@code call}, with a new origin version. */
  static String local(Call call, List<AudioCodec> formats, MediaDirection direction) {
    return local(call, formats, direction, SdpSecurity.PLAIN, true);
  }

  /**
   * Our SDP for {@code call}, with a new origin version; {@code rtcpMux} states {@code a=rtcp-mux}.
   */
  static String local(
      Call call,
      List<AudioCodec> formats,
      MediaDirection direction,
      SdpSecurity security,
      boolean rtcpMux) {
    call.sdpVersion++;
    return SdpWriter.write(
        new LocalMedia(
            call.media.localEndpoint(),
            formats,
            direction,
            call.sdpSessionId,
            call.sdpVersion,
            security,
            rtcpMux));
  }

  /**
   * Our offer for {@code call} in {@code direction}: the session's codecs and the encryption the
   * account's policy asks for; remembered on the call to read the answer with.
   */
  static String offer(CallContext ctx, Call call, MediaDirection direction) {
    call.offeredCodecs = OfferAnswer.offerCodecs(call.media.codecs());
    call.offeredDirection = direction;
    call.offeredSecurity = SecurityNegotiation.offer(rules(ctx, call));
    return local(call, call.offeredCodecs, direction, call.offeredSecurity, true);
  }

  /** Our SDP for an answer we decided. */
  static String answer(Call call, OfferAnswer.Answer answer) {
    call.agreedProfile = answer.security().profile();
    return local(
        call, answer.formats(), answer.direction(), answer.security(), answer.media().rtcpMux());
  }

  /** The outcome of our last offer, given the peer's {@code answer}. */
  static NegotiatedMedia accept(CallContext ctx, Call call, RemoteMedia answer)
      throws UnusableSdpException {
    NegotiatedMedia media =
        OfferAnswer.accept(
            answer,
            call.offeredCodecs,
            call.offeredDirection,
            call.offeredSecurity,
            rules(ctx, call));
    call.agreedProfile = call.offeredSecurity.profile();
    return media;
  }

  /**
   * The encryption rules for {@code call}: the account's policy, SDES only over TLS signalling (the
   * keys travel in the SDP), the session's keys and how the call is encrypted now.
   */
  static SecurityRules rules(CallContext ctx, Call call) {
    SipAccount account = ctx.requests().account();
    NegotiatedMedia now = call.negotiated;
    return new SecurityRules(
        account.options().srtpPolicy(),
        account.transport() == SipTransport.TLS,
        call.media.localSecurity(),
        now == null ? MediaSecurity.NONE : now.security(),
        call.agreedProfile);
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
