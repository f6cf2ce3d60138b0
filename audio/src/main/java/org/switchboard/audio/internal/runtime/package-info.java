/**
 * The serial thread our media listeners run on ({@code switchboard-audio-events}), so that no
 * listener ever runs on the clock, receive or device threads.
 */
@NullMarked
package org.switchboard.audio.internal.runtime;

import org.jspecify.annotations.NullMarked;
