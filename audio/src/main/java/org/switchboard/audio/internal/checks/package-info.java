/**
 * The agent's headset checks behind {@link org.switchboard.core.device.DeviceChecks}: a level
 * meter, a microphone test (record, then play back) and a speaker test (a short tone), each on a
 * device stream from the routing's {@link org.switchboard.audio.internal.routing.AudioBackend},
 * paced 20 ms at a time by one {@code switchboard-audio-checks} thread.
 */
@NullMarked
package org.switchboard.audio.internal.checks;

import org.jspecify.annotations.NullMarked;
