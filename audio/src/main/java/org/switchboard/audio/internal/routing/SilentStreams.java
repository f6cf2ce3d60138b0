package org.switchboard.audio.internal.routing;

import java.util.Arrays;

/** Stand-ins while no device stream could be opened: silence in, nothing out. Stateless. */
final class SilentStreams {
  private SilentStreams() {}

  static DeviceInput input(int sampleRate) {
    return new DeviceInput() {
      @Override
      public int sampleRate() {
        return sampleRate;
      }

      @Override
      public void read(short[] frame) {
        Arrays.fill(frame, (short) 0);
      }

      @Override
      public boolean failed() {
        return false;
      }

      @Override
      public void close() {}
    };
  }

  static DeviceOutput output(int sampleRate) {
    return new DeviceOutput() {
      @Override
      public int sampleRate() {
        return sampleRate;
      }

      @Override
      public void write(short[] frame) {}

      @Override
      public boolean failed() {
        return false;
      }

      @Override
      public void close() {}
    };
  }
}
