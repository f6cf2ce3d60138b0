/**
 * Machinery behind {@link org.switchboard.audio.LibjitsiMediaEngine}; not an API, may change at any
 * time. {@code runtime} starts libjitsi and owns the callback thread, {@code rtp} is one call's
 * stream, {@code source} and {@code sink} are what it sends and what becomes of what it receives,
 * {@code device} joins them into a libjitsi media device.
 */
@NullMarked
package org.switchboard.audio.internal;

import org.jspecify.annotations.NullMarked;
