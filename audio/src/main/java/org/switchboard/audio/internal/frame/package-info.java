/**
 * The one audio format inside the engine: 20 ms frames of signed 16-bit mono samples at the rate of
 * the call's codec (8, 16 or 48 kHz), read from a {@link
 * org.switchboard.audio.internal.frame.FrameInput} and written to a {@link
 * org.switchboard.audio.internal.frame.FrameOutput}.
 */
@NullMarked
package org.switchboard.audio.internal.frame;

import org.jspecify.annotations.NullMarked;
