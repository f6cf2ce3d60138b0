package org.switchboard.sip.internal.sdp;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaSecurity;
import org.switchboard.core.media.NegotiatedMedia;

/**
 * The RFC 3264 rules for one audio stream. Pure; any thread.
 *
 * <p>What we offer: the media session's codecs in its order, then PCMU and telephone-event/8000
 * (payload 101) when it did not list them. What we accept in an answer to a peer's offer: the
 * session's codecs and PCMU; telephone-event only when the session lists it, since agreeing to it
 * means the session must send RFC 4733 events.
 *
 * <p>RTCP multiplexing (RFC 5761): we offer {@code a=rtcp-mux} always and take it when the answer
 * repeats it; we answer with it exactly when the offer has it. RTCP then shares the RTP port both
 * ways; without it RTCP uses the RTP port + 1.
 */
public final class OfferAnswer {
  private OfferAnswer() {}

  /** The formats we offer, given the media session's {@code sessionCodecs}. */
  public static List<AudioCodec> offerCodecs(List<AudioCodec> sessionCodecs) {
    List<AudioCodec> offer = new ArrayList<>();
    for (AudioCodec c : sessionCodecs) {
      addIfNew(offer, c);
    }
    addIfNew(offer, AudioCodec.PCMU);
    addIfNew(offer, AudioCodec.TELEPHONE_EVENT);
    return offer;
  }

  private static void addIfNew(List<AudioCodec> list, AudioCodec codec) {
    boolean known =
        list.stream().anyMatch(c -> c.sameFormat(codec) || c.payloadType() == codec.payloadType());
    if (!known) {
      list.add(codec);
    }
  }

  /**
   * Answers a peer's {@code offer}.
   *
   * @param localHold whether we hold the call (we then send at most, never receive)
   * @throws UnusableSdpException when no offered audio codec is one we accept (answer 488)
   */
  public static Answer answer(RemoteMedia offer, List<AudioCodec> sessionCodecs, boolean localHold)
      throws UnusableSdpException {
    return answer(offer, sessionCodecs, localHold, SecurityRules.OFF);
  }

  /**
   * Answers a peer's {@code offer}, its media encryption included.
   *
   * @param localHold whether we hold the call (we then send at most, never receive)
   * @param rules the account's encryption policy and the session's keys
   * @throws UnusableSdpException when no offered audio codec is one we accept, or the offer's
   *     encryption does not meet the policy (answer 488)
   */
  public static Answer answer(
      RemoteMedia offer, List<AudioCodec> sessionCodecs, boolean localHold, SecurityRules rules)
      throws UnusableSdpException {
    SecurityNegotiation.Answered security = SecurityNegotiation.answer(offer.security(), rules);
    List<AudioCodec> accepted = new ArrayList<>(sessionCodecs);
    addIfNew(accepted, AudioCodec.PCMU);
    AudioCodec chosen = null;
    for (AudioCodec offered : offer.codecs()) {
      if (accepted.stream().anyMatch(offered::sameFormat)) {
        chosen = offered;
        break;
      }
    }
    if (chosen == null) {
      throw new UnusableSdpException("no common audio codec");
    }
    AudioCodec telephoneEvent =
        offer.telephoneEvent() != null
                && sessionCodecs.stream().anyMatch(AudioCodec.TELEPHONE_EVENT::sameFormat)
            ? offer.telephoneEvent()
            : null;
    MediaDirection ours = offer.direction().reverse();
    if (localHold) {
      ours = intersect(ours, MediaDirection.SENDONLY);
    }
    if (offer.holdAddress()) {
      ours = intersect(ours, MediaDirection.RECVONLY);
    }
    List<AudioCodec> formats = new ArrayList<>(List.of(chosen));
    if (telephoneEvent != null) {
      formats.add(telephoneEvent);
    }
    return new Answer(
        new NegotiatedMedia(
            offer.endpoint(), chosen, telephoneEvent, ours, security.security(), offer.rtcpMux()),
        formats,
        ours,
        security.sdp());
  }

  /**
   * The outcome of our offer, given the peer's {@code answer}.
   *
   * @param offered the formats we offered
   * @param offeredDirection the direction we offered
   * @throws UnusableSdpException when the answer names no codec we offered
   */
  public static NegotiatedMedia accept(
      RemoteMedia answer, List<AudioCodec> offered, MediaDirection offeredDirection)
      throws UnusableSdpException {
    return accept(answer, offered, offeredDirection, SdpSecurity.PLAIN, SecurityRules.OFF);
  }

  /**
   * The outcome of our offer, its media encryption included.
   *
   * @param offeredSecurity the security part of our offer
   * @param rules the account's encryption policy and the session's keys
   * @throws UnusableSdpException when the answer names no codec we offered, or lacks encryption the
   *     policy or our offer requires
   */
  public static NegotiatedMedia accept(
      RemoteMedia answer,
      List<AudioCodec> offered,
      MediaDirection offeredDirection,
      SdpSecurity offeredSecurity,
      SecurityRules rules)
      throws UnusableSdpException {
    MediaSecurity security = SecurityNegotiation.accept(answer.security(), offeredSecurity, rules);
    AudioCodec chosen = null;
    for (AudioCodec c : answer.codecs()) {
      if (offered.stream().anyMatch(c::sameFormat)) {
        chosen = c;
        break;
      }
    }
    if (chosen == null) {
      throw new UnusableSdpException("the answer has no codec we offered");
    }
    @Nullable AudioCodec telephoneEvent =
        offered.stream().anyMatch(AudioCodec.TELEPHONE_EVENT::sameFormat)
            ? answer.telephoneEvent()
            : null;
    MediaDirection ours = intersect(offeredDirection, answer.direction().reverse());
    if (answer.holdAddress()) {
      ours = intersect(ours, MediaDirection.RECVONLY);
    }
    // We always offer rtcp-mux, so the answer alone decides (RFC 5761 section 5.1.1).
    return new NegotiatedMedia(
        answer.endpoint(), chosen, telephoneEvent, ours, security, answer.rtcpMux());
  }

  /** The direction that sends only if both do and receives only if both do. */
  public static MediaDirection intersect(MediaDirection a, MediaDirection b) {
    boolean sends = a.sends() && b.sends();
    boolean receives = a.receives() && b.receives();
    if (sends && receives) {
      return MediaDirection.SENDRECV;
    } else if (sends) {
      return MediaDirection.SENDONLY;
    } else if (receives) {
      return MediaDirection.RECVONLY;
    }
    return MediaDirection.INACTIVE;
  }

  /**
   * Our answer to an offer.
   *
   * @param media what to start or update the media session with
   * @param formats the formats to put in the answer's m-line (the peer's payload numbers)
   * @param direction the direction to state in the answer
   * @param security the profile and encryption attributes to state in the answer
   */
  public record Answer(
      NegotiatedMedia media,
      List<AudioCodec> formats,
      MediaDirection direction,
      SdpSecurity security) {
    public Answer {
      formats = List.copyOf(formats);
    }
  }
}
