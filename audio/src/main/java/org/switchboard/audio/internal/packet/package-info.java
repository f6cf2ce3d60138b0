/**
 * The RTP engine's packet-level parts, free of sockets and timers: RTP header parsing and writing,
 * demultiplexing (RFC 7983), RTCP reports (RFC 3550), reception statistics and round trip, the
 * E-model's MOS estimate (ITU-T G.107), RFC 4733 telephone events and the jitter buffer.
 *
 * <p>Threads: the engine's {@code switchboard-rtp-receive} thread parses what arrives and feeds
 * {@link org.switchboard.audio.internal.packet.ReceptionStatistics}, {@link
 * org.switchboard.audio.internal.packet.RoundTrip}, {@link
 * org.switchboard.audio.internal.packet.TelephoneEventReceiver} and {@link
 * org.switchboard.audio.internal.packet.JitterBuffer#put}; {@code switchboard-media-clock} writes
 * headers and RTCP, runs {@link org.switchboard.audio.internal.packet.TelephoneEventSender} and
 * {@link org.switchboard.audio.internal.packet.JitterBuffer#take}. Each class's Javadoc says which
 * of its methods run where; the few shared by both threads are thread-safe. Parsers never throw for
 * malformed input: they answer {@code false}, {@code null} or "ignored".
 */
@NullMarked
package org.switchboard.audio.internal.packet;

import org.jspecify.annotations.NullMarked;
