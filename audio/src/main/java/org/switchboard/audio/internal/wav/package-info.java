/**
 * WAV files: {@link org.switchboard.audio.internal.wav.WavInput} plays one in a loop as a call's
 * source, {@link org.switchboard.audio.internal.wav.CallRecording} records both directions of a
 * call into one stereo file on its own writer thread.
 */
@NullMarked
package org.switchboard.audio.internal.wav;

import org.jspecify.annotations.NullMarked;
