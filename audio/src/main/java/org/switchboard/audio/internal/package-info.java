/**
 * Machinery behind {@link org.switchboard.audio.RtpMediaEngine} and {@link
 * org.switchboard.audio.PulseAudioDevices}; not an API, may change at any time. {@code engine} is
 * the RTP pipeline (clock, receive loop, sessions), {@code packet} RTP/RTCP/RFC 4733 and the jitter
 * buffer, {@code codec} the codecs, {@code srtp} media encryption, {@code frame}, {@code tone} and
 * {@code wav} what calls send and record, {@code pulse}, {@code routing} and {@code checks} the
 * devices, {@code runtime} the listeners' thread.
 */
@NullMarked
package org.switchboard.audio.internal;

import org.jspecify.annotations.NullMarked;
