package org.switchboard.audio.internal.engine;

import java.util.concurrent.Executor;
import org.switchboard.audio.internal.srtp.DtlsCertificate;
import org.switchboard.audio.internal.srtp.SdesKeys;

/**
 * What every call's session shares with the engine.
 *
 * @param clock the 20 ms clock thread
 * @param receiver the receive thread
 * @param events the thread listeners run on ({@code switchboard-audio-events})
 * @param io where audio comes from and goes to
 * @param localAddress the address advertised in SDP
 * @param cname the RTCP canonical name of this endpoint
 * @param certificate the engine's DTLS certificate (its fingerprint goes into SDP)
 * @param sdesKeys where calls' SDES keys come from
 */
public record EngineContext(
    MediaClock clock,
    ReceiveLoop receiver,
    Executor events,
    MediaIo io,
    String localAddress,
    String cname,
    DtlsCertificate certificate,
    SdesKeys sdesKeys) {}
