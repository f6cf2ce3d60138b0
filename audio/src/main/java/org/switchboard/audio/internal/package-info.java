/**
 * Machinery behind {@link org.switchboard.audio.LibjitsiMediaEngine}: libjitsi start-up, port
 * allocation, frame sources, the capture device that plays them into libjitsi, and the packet tap
 * that records received audio. Not an API; may change at any time.
 */
@NullMarked
package org.switchboard.audio.internal;

import org.jspecify.annotations.NullMarked;
