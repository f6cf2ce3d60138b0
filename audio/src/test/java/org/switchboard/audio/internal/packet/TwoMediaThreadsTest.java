package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The classes both media threads share, used from two threads at once as the engine does: a
 * receiving thread puts packets and counts them while the test thread takes and reports; every
 * packet comes out once, in order, and the counts add up.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TwoMediaThreadsTest {
  private static final int PACKETS = 10_000;
  private static final long SSRC = 0x7777;

  private final JitterBuffer jitterBuffer = new JitterBuffer(8000);
  private final ReceptionStatistics statistics = new ReceptionStatistics(8000);
  private final AtomicInteger taken = new AtomicInteger();
  private final AtomicReference<@Nullable Throwable> receiveFailure = new AtomicReference<>();

  @Test
  void everyPacketIsPlayedOnceInOrderWhileBothThreadsRun() throws InterruptedException {
    Thread receive = new Thread(this::receive, "switchboard-rtp-receive-test");
    receive.setDaemon(true);
    receive.start();

    List<Integer> played = play();
    receive.join(10_000);

    assertThat(receiveFailure.get()).isNull();
    assertThat(played).hasSize(PACKETS);
    for (int i = 0; i < PACKETS; i++) {
      assertThat(played.get(i)).isEqualTo(i);
    }
    JitterBufferCounts counts = jitterBuffer.counts();
    assertThat(counts.lost()).isZero();
    assertThat(counts.late()).isZero();
    assertThat(statistics.received()).isEqualTo(PACKETS - 1); // the first is on probation
    assertThat(statistics.cumulativeLost()).isZero();
  }

  /** The receive side: stays at most three packets ahead of playout, as a live stream would. */
  private void receive() {
    byte[] payload = new byte[160];
    try {
      for (int seq = 0; seq < PACKETS; seq++) {
        while (seq >= taken.get() + 3) {
          Thread.onSpinWait();
        }
        payload[0] = (byte) (seq >> 8);
        payload[1] = (byte) seq;
        long arrival = seq * 20_000_000L;
        statistics.onRtp(SSRC, seq & 0xffff, 160L * seq, arrival);
        jitterBuffer.put(SSRC, seq & 0xffff, 160L * seq, arrival, payload, 0, payload.length);
      }
    } catch (RuntimeException | Error e) {
      receiveFailure.set(e);
    }
  }

  /** The clock side: takes as fast as it can, reporting now and then. */
  private List<Integer> play() {
    byte[] out = new byte[JitterBuffer.MAX_PAYLOAD];
    List<Integer> played = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (played.size() < PACKETS && System.nanoTime() < deadline) {
      int length = jitterBuffer.take(out);
      if (length >= 0) {
        played.add((out[0] & 0xff) << 8 | (out[1] & 0xff));
        taken.incrementAndGet();
      } else if (length == JitterBuffer.LOST) {
        played.add(-1);
        taken.incrementAndGet();
      }
      if (played.size() % 500 == 0) {
        statistics.report(System.nanoTime());
      }
    }
    return played;
  }
}
