/**
 * The RTP engine: one clock thread paces every call's sending and playout, one receive thread reads
 * every call's sockets, listeners run on the events thread. See ADR 22 and docs/threading.md.
 */
@NullMarked
package org.switchboard.audio.internal.engine;

import org.jspecify.annotations.NullMarked;
