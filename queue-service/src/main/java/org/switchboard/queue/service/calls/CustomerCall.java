package org.switchboard.queue.service.calls;

import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallId;
import org.switchboard.queue.service.definitions.EntryPoint;
import org.switchboard.queue.service.ivr.HoldSession;
import org.switchboard.queue.service.ivr.IvrSession;

/** One customer's call and where it is. Lives on {@code queue-calls}. */
final class CustomerCall {
  /** Where the customer is. */
  enum Phase {
    /** Answered; the IVR is running. */
    IVR,
    /** In a queue, hearing music and announcements. */
    QUEUED,
    /** Bridged to an agent. */
    CONNECTED,
    /** Held by the agent: hearing music. */
    HELD,
    /** Handed to an outside number that answered; the centre is done with it. */
    OUTSIDE,
    /** Gone. */
    ENDED
  }

  final CallId call;
  final String interaction;
  final String ani;
  final String dnis;
  final EntryPoint entry;
  final PlaneCall media;
  Phase phase = Phase.IVR;
  @Nullable IvrSession ivr;
  @Nullable HoldSession hold;
  @Nullable CallId agentLeg;

  /** Whether a consult transfer is open (the customer hears music meanwhile). */
  boolean inConsult;

  /** The consult target's answered leg while the consult lasts. */
  @Nullable CallId consultLeg;

  /** The call to an outside number under way (ringing or, in {@link Phase#OUTSIDE}, answered). */
  @Nullable OutsideLeg outside;

  String language;
  String queue = "";

  CustomerCall(
      CallId call, String interaction, String ani, String dnis, EntryPoint entry, PlaneCall media) {
    this.call = call;
    this.interaction = interaction;
    this.ani = ani;
    this.dnis = dnis;
    this.entry = entry;
    this.media = media;
    this.language = entry.defaultLanguage();
  }

  /** Stops the queue's music and announcements, if they run. */
  void stopHold() {
    HoldSession playing = hold;
    hold = null;
    if (playing != null) {
      playing.stop();
    }
  }
}
