package org.switchboard.queue.protocol;

/**
 * The service's heartbeat, carrying the latest sequence so a quiet client can notice a gap.
 *
 * @param lastSequence the last sequenced event the service sent on this stream
 */
public record Heartbeat(long lastSequence) {}
