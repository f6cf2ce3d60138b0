package org.switchboard.audio.internal.plane;

import org.switchboard.audio.internal.frame.FrameOutput;

/**
 * A leg's playout: what its caller says goes into the leg's ring, for a leg bridged to it. Nothing
 * is played locally. Media-clock thread only, except construction.
 */
final class LegOutput implements FrameOutput {
  private final Leg leg;
  private final FrameRing ring;

  LegOutput(Leg leg, int sampleRate) {
    this.leg = leg;
    this.ring = new FrameRing(sampleRate);
  }

  @Override
  public int sampleRate() {
    return ring.sampleRate();
  }

  @Override
  public void write(short[] frame) {
    if (leg.received != ring) {
      leg.received = ring; // the first frame after (re)opening publishes the new ring
    }
    ring.push(frame);
  }

  @Override
  public void close() {
    if (leg.received == ring) {
      leg.received = null;
    }
  }
}
