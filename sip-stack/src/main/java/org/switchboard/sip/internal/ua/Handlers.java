package org.switchboard.sip.internal.ua;

import org.switchboard.sip.internal.invite.DtmfSignals;
import org.switchboard.sip.internal.invite.Hangups;
import org.switchboard.sip.internal.invite.InboundCalls;
import org.switchboard.sip.internal.invite.Microphones;
import org.switchboard.sip.internal.invite.SessionUpdates;
import org.switchboard.sip.internal.timer.SessionTimers;
import org.switchboard.sip.internal.transfer.ReplacesTarget;
import org.switchboard.sip.internal.transfer.Transferee;
import org.switchboard.sip.internal.transfer.Transferor;

/** The request handlers of each protocol layer, for the {@link MessageRouter}. */
public record Handlers(
    InboundCalls inbound,
    Hangups hangups,
    SessionUpdates updates,
    DtmfSignals dtmf,
    Transferor transfers,
    Microphones microphones,
    OptionsResponder options,
    Transferee transferee,
    ReplacesTarget replacesTarget,
    SessionTimers sessionTimers) {}
