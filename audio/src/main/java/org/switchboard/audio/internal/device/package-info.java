/**
 * Builds each call's libjitsi media device from the configured source and sink (our frame capture
 * device or a real capture device; libjitsi's renderer or no player at all), and gives devices
 * stable ids.
 */
@NullMarked
package org.switchboard.audio.internal.device;

import org.jspecify.annotations.NullMarked;
