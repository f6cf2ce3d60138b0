/**
 * What a call receives, recorded below libjitsi's decoder: a packet hook takes each received PCMU
 * payload, decodes G.711 mu-law itself and hands the samples to a per-call writer thread that keeps
 * a WAV file (8 kHz mono 16-bit) whose header is finalised on close.
 */
@NullMarked
package org.switchboard.audio.internal.sink;

import org.jspecify.annotations.NullMarked;
