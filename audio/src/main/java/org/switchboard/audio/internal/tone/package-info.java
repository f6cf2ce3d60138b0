/**
 * Call tones generated locally ({@link org.switchboard.core.media.CallTone}): each a {@link
 * org.switchboard.audio.internal.frame.FrameInput} of one or two sines switched by its cadence, in
 * the ITU-T/CEPT or the North American tone plan.
 */
@NullMarked
package org.switchboard.audio.internal.tone;

import org.jspecify.annotations.NullMarked;
