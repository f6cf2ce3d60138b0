package org.switchboard.core.call;

import java.util.Map;
import java.util.Objects;

/**
 * What happened to a call. Listeners receive these on the {@code sip-events} thread (see
 * docs/threading.md) and must return quickly.
 */
public sealed interface CallEvent {
  /** The call this event is about. */
  CallId callId();

  /**
   * A call is offered to this agent.
   *
   * @param headers the INVITE's {@code X-} headers (e.g. {@code X-Switchboard-Interaction}) and its
   *     {@code Call-Info} and {@code Alert-Info}: untrusted text, already cleaned (no control or
   *     bidi characters, at most 32 headers of at most 1024 characters; ADR 19)
   * @param dialled the user part of the INVITE's Request-URI (the dialled number, DNIS), e.g.
   *     {@code 100} for {@code sip:100@service}; untrusted text, cleaned like the headers; empty
   *     when the Request-URI has no user part
   */
  record Incoming(CallId callId, RemoteParty caller, Map<String, String> headers, String dialled)
      implements CallEvent {
    public Incoming {
      headers = Map.copyOf(headers);
      Objects.requireNonNull(dialled, "dialled");
    }

    /** An incoming call whose dialled number is not known (empty). */
    public Incoming(CallId callId, RemoteParty caller, Map<String, String> headers) {
      this(callId, caller, headers, "");
    }
  }

  /** An outbound call has been sent towards {@code callee}. */
  record Dialing(CallId callId, RemoteParty callee) implements CallEvent {}

  /** The callee is alerting; {@code earlyMedia} when the peer sent 183 with media. */
  record RemoteRinging(CallId callId, boolean earlyMedia) implements CallEvent {}

  /** The call is established and media flows. */
  record Answered(CallId callId) implements CallEvent {}

  /**
   * The call's hold state changed and the call is still held: {@code side} says who holds it now
   * (e.g. {@code BOTH} when the peer holds a call this agent already held, {@code REMOTE} when this
   * agent resumes a call both held).
   */
  record Held(CallId callId, HoldSide side) implements CallEvent {}

  /** Neither side holds the call any more. */
  record Resumed(CallId callId) implements CallEvent {}

  /**
   * Progress of a transfer this side asked for: the SIP status the transfer target answered with
   * (from the NOTIFY's sipfrag). 2xx means the transfer succeeded.
   */
  record TransferProgress(CallId callId, int status) implements CallEvent {}

  /**
   * A transfer of this call did not happen and the call is back with the agent: still up, and
   * resumed if it was on hold for the transfer. Fired for both roles: as transferor when the REFER
   * was refused, the target failed or no final NOTIFY came; as transferee when the call to the
   * target failed.
   *
   * @param status the SIP status that ended the attempt (408 when nothing came in time)
   * @param detail a short human-readable cause, free of personal data
   */
  record TransferFailed(CallId callId, int status, String detail) implements CallEvent {
    public TransferFailed {
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * The peer asked this side to transfer the call (a REFER): {@code newCall} is the call to the
   * transfer target; when it is answered this call is {@link Replaced} by it.
   */
  record TransferRequested(CallId callId, CallId newCall) implements CallEvent {}

  /**
   * This call is replaced by {@code replacement} and is about to end: the peer was transferred to
   * it (an INVITE with Replaces, RFC 3891), or the transfer this side carried out as transferee
   * succeeded.
   */
  record Replaced(CallId callId, CallId replacement) implements CallEvent {}

  /** The peer sent a DTMF digit. */
  record DtmfReceived(CallId callId, char digit) implements CallEvent {}

  /** The microphone of this side was muted or unmuted. */
  record Muted(CallId callId, boolean muted) implements CallEvent {}

  /** This call was joined with {@code other} in a three-way conference mixed on this side. */
  record Conferenced(CallId callId, CallId other) implements CallEvent {}

  /** A fresh measure of the call's audio quality, a few seconds apart while media flows. */
  record QualityChanged(CallId callId, CallQuality quality) implements CallEvent {
    public QualityChanged {
      Objects.requireNonNull(quality, "quality");
    }
  }

  /**
   * The call is over.
   *
   * @param sipStatus the final SIP status that ended it, or 0 when none applies (e.g. BYE)
   * @param detail a short human-readable cause, free of personal data
   */
  record Ended(CallId callId, EndReason reason, int sipStatus, String detail) implements CallEvent {
    public Ended {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
