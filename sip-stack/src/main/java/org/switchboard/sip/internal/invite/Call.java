package org.switchboard.sip.internal.invite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.RemoteParty;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaSession;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.sip.internal.auth.ChallengeRound;
import org.switchboard.sip.internal.sdp.OfferAnswer;
import org.switchboard.sip.internal.sdp.SdpSecurity;

/**
 * One call leg and its SIP state: the dialog, the INVITE transaction, the media session and the
 * offer/answer state. A plain state holder owned by {@code sip-events}; the handlers in this
 * package change it.
 */
public final class Call {
  /** Where the call is; finer than core's CallState because SIP needs more. */
  enum Phase {
    /** Inbound, 180 sent, waiting for the agent. */
    OFFERED,
    /** Inbound, 200 sent, waiting for the ACK. */
    ACCEPTED,
    /** Outbound, INVITE sent. */
    DIALING,
    /** Outbound, a provisional response came. */
    EARLY,
    /** The dialog is confirmed. */
    CONFIRMED,
    /** Over; kept only while a CANCEL race can still bring a 200. */
    ENDED
  }

  final CallId id;
  final CallDirection direction;
  final String sipCallId;
  final RemoteParty remote;
  final MediaSession media;
  final long sdpSessionId;
  Phase phase;
  long sdpVersion;
  @Nullable Dialog dialog;

  // Inbound INVITE.
  @Nullable ServerTransaction inviteServer;
  @Nullable Request invite;
  String localTag = "";
  OfferAnswer.@Nullable Answer pendingAnswer;

  // Outbound INVITE.
  @Nullable ClientTransaction inviteClient;
  final ChallengeRound challenges = new ChallengeRound();
  boolean provisionalSeen;
  boolean cancelRequested;
  boolean cancelSent;
  boolean earlyMediaReported;
  boolean ringingReported;

  /** The To tag of the 2xx we kept (a 2xx with another tag comes from another fork). */
  @Nullable String answeredTag;

  /** The peer's UPDATE renegotiated the early session; the 2xx's SDP, if any, is older. */
  boolean updatedBeforeAnswer;

  // Offer/answer.
  @Nullable NegotiatedMedia negotiated;
  boolean mediaStarted;
  List<AudioCodec> offeredCodecs = List.of();
  MediaDirection offeredDirection = MediaDirection.SENDRECV;
  SdpSecurity offeredSecurity = SdpSecurity.PLAIN;

  /** The m-line profile of the last completed offer/answer (re-offers keep an SRTP one). */
  String agreedProfile = SdpSecurity.AVP;

  /** We sent an offer in a 2xx and expect the answer in the ACK. */
  boolean answerExpectedInAck;

  // Hold.
  boolean localHold;
  boolean remoteHold;
  @Nullable ClientTransaction reInvite;
  boolean reInviteWantsHold;
  int glareRetries;

  /** The challenges answered for the re-INVITE under way (a new round per hold or resume). */
  ChallengeRound reInviteChallenges = new ChallengeRound();

  // Transfer and DTMF.
  boolean transferPending;
  final Deque<Character> infoDigits = new ArrayDeque<>();
  boolean infoInFlight;

  /** The subscription to the media session's RFC 4733 digits while the call is in the table. */
  @Nullable Subscription mediaDtmf;

  /** The subscription to the media session's quality measures while the call is in the table. */
  @Nullable Subscription mediaQuality;

  Call(
      CallId id,
      CallDirection direction,
      String sipCallId,
      RemoteParty remote,
      MediaSession media,
      Phase phase) {
    this.id = id;
    this.direction = direction;
    this.sipCallId = sipCallId;
    this.remote = remote;
    this.media = media;
    this.phase = phase;
    this.sdpSessionId = Math.abs(System.nanoTime() % 1_000_000_000L);
    this.sdpVersion = 0;
  }

  public CallId id() {
    return id;
  }

  /** The dialog, once it exists. */
  public @Nullable Dialog dialog() {
    return dialog;
  }

  /** Whether the dialog is confirmed and the call not over. */
  public boolean isConfirmed() {
    return phase == Phase.CONFIRMED;
  }

  /** Whether this side sent the INVITE. */
  public boolean isOutbound() {
    return direction == CallDirection.OUTBOUND;
  }

  /** Whether the call is before its answer (ringing either way). */
  public boolean isEarly() {
    return phase == Phase.OFFERED || phase == Phase.DIALING || phase == Phase.EARLY;
  }

  /** Whether the call is over. */
  public boolean isEnded() {
    return phase == Phase.ENDED;
  }

  /** Whether this side has put the call on hold. */
  public boolean isLocallyHeld() {
    return localHold;
  }

  /** Our tag in the dialog (From tag outbound, To tag inbound); empty before there is one. */
  public String localTag() {
    Dialog d = dialog;
    if (d != null && d.getLocalTag() != null) {
      return d.getLocalTag();
    }
    return localTag;
  }

  /** Whether the call is not over (in any phase, early dialogs included). */
  public boolean isLive() {
    return phase != Phase.ENDED;
  }

  /**
   * Whether the dialog is up as far as this side is concerned: confirmed, or our 200 is sent and
   * its ACK still on the way (RFC 3261 12.1.1: the UAS's dialog is confirmed by its 2xx), so a
   * request the peer sends right after its ACK is not refused when it overtakes the ACK.
   */
  public boolean isAnsweredOrConfirmed() {
    return phase == Phase.CONFIRMED || phase == Phase.ACCEPTED;
  }

  public boolean isTransferPending() {
    return transferPending;
  }

  public void setTransferPending(boolean pending) {
    transferPending = pending;
  }

  /** Whether this side created the Call-ID (RFC 3261 section 14.1 glare timing). */
  boolean ownsCallId() {
    return direction == CallDirection.OUTBOUND;
  }

  @Override
  public String toString() {
    return "Call[" + id + ", " + direction + ", " + phase + ", " + remote + "]";
  }
}
