package org.switchboard.audio.internal.packet;

/**
 * What a {@link JitterBuffer} did since it was made (a reset keeps the counts).
 *
 * @param malformed payloads refused as oversized or out of the buffer's bounds
 * @param late packets that arrived after their turn to play
 * @param duplicates packets already held
 * @param restarts sequence jumps beyond its reach that started it over
 * @param lost turns whose packet never came (concealed)
 * @param underruns times it ran dry and stopped playing until refilled
 * @param slips concealed frames inserted to grow the delay toward the target
 * @param skips frames dropped to shrink the delay toward the target
 */
public record JitterBufferCounts(
    long malformed,
    long late,
    long duplicates,
    long restarts,
    long lost,
    long underruns,
    long slips,
    long skips) {}
