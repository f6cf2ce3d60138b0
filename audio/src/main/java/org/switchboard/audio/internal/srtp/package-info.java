/** SRTP with SDES keys or DTLS-SRTP, and the per-account encryption policy. */
@NullMarked
package org.switchboard.audio.internal.srtp;

import org.jspecify.annotations.NullMarked;
