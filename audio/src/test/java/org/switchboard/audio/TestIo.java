package org.switchboard.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.engine.CallTap;
import org.switchboard.audio.internal.engine.MediaIo;
import org.switchboard.audio.internal.frame.FrameInput;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.core.call.CallId;
import org.switchboard.testkit.ToneAnalysis;

/** A {@link MediaIo} for tests: sends a sine, keeps what it plays out in memory. */
final class TestIo implements MediaIo {
  private final double toneHz;
  private final List<Short> played = new ArrayList<>();
  private final List<Short> recordedSent = new ArrayList<>();
  private final List<Short> recordedReceived = new ArrayList<>();
  final AtomicInteger openInputs = new AtomicInteger();
  private volatile int rate = 8000;

  TestIo(double toneHz) {
    this.toneHz = toneHz;
  }

  @Override
  public FrameInput openInput(CallId call, int sampleRate) {
    openInputs.incrementAndGet();
    return new FrameInput() {
      private long n;
      private boolean closed;

      @Override
      public int sampleRate() {
        return sampleRate;
      }

      @Override
      public void read(short[] frame) {
        for (int i = 0; i < frame.length; i++) {
          frame[i] = (short) (8000 * Math.sin(2 * Math.PI * toneHz * n++ / sampleRate));
        }
      }

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          openInputs.decrementAndGet();
        }
      }
    };
  }

  @Override
  public FrameOutput openOutput(CallId call, int sampleRate) {
    rate = sampleRate;
    return new FrameOutput() {
      @Override
      public int sampleRate() {
        return sampleRate;
      }

      @Override
      public void write(short[] frame) {
        synchronized (played) {
          for (short s : frame) {
            played.add(s);
          }
        }
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public @Nullable CallTap openRecording(CallId call, int sampleRate) {
    return new CallTap() {
      @Override
      public void sent(short[] frame) {
        synchronized (recordedSent) {
          for (short s : frame) {
            recordedSent.add(s);
          }
        }
      }

      @Override
      public void received(short[] frame) {
        synchronized (recordedReceived) {
          for (short s : frame) {
            recordedReceived.add(s);
          }
        }
      }

      @Override
      public void close() {}
    };
  }

  /** Forgets what was played so far. */
  void clearPlayed() {
    synchronized (played) {
      played.clear();
    }
  }

  /** What was played, analysed. */
  ToneAnalysis played() {
    return analyse(played);
  }

  ToneAnalysis recordedSent() {
    return analyse(recordedSent);
  }

  ToneAnalysis recordedReceived() {
    return analyse(recordedReceived);
  }

  private ToneAnalysis analyse(List<Short> samples) {
    double[] copy;
    synchronized (samples) {
      copy = new double[samples.size()];
      for (int i = 0; i < copy.length; i++) {
        copy[i] = samples.get(i) / 32768.0;
      }
    }
    return ToneAnalysis.of(copy, rate);
  }
}
