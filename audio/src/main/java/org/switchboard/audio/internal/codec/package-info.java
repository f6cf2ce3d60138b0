/** The audio codecs: PCMU, PCMA, G.722 and Opus, each turning 20 ms frames into RTP payloads. */
@NullMarked
package org.switchboard.audio.internal.codec;

import org.jspecify.annotations.NullMarked;
