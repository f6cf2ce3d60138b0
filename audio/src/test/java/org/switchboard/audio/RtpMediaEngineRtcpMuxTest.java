package org.switchboard.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallQuality;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaEndpoint;
import org.switchboard.core.media.MediaSecurity;
import org.switchboard.core.media.MediaSession;
import org.switchboard.core.media.NegotiatedMedia;

/** RTCP multiplexed on the RTP port (RFC 5761) in the RTP engine, over loopback. */
@Timeout(60)
class RtpMediaEngineRtcpMuxTest {
  private static final int RTCP_SR = 200;
  private static final int RTCP_RR = 201;

  private final TestIo aliceIo = new TestIo(440);
  private final TestIo bobIo = new TestIo(1000);
  private final RtpMediaEngine alice = RtpMediaEngine.start("127.0.0.1", 41200, 41249, aliceIo);
  private final RtpMediaEngine bob = RtpMediaEngine.start("127.0.0.1", 41250, 41299, bobIo);

  @AfterEach
  void close() {
    alice.close();
    bob.close();
  }

  private static NegotiatedMedia muxed(MediaEndpoint peer) {
    return new NegotiatedMedia(
        peer, AudioCodec.PCMU, null, MediaDirection.SENDRECV, MediaSecurity.NONE, true);
  }

  @Test
  void reportsGoFromOurRtpPortToThePeersRtpPortAndNoneToItsRtcpPort() throws Exception {
    try (DatagramChannel peerRtp = DatagramChannel.open();
        DatagramChannel peerRtcp = DatagramChannel.open()) {
      peerRtp.bind(new InetSocketAddress("127.0.0.1", 41300));
      peerRtcp.bind(new InetSocketAddress("127.0.0.1", 41301));
      peerRtcp.configureBlocking(false);
      MediaSession a = alice.open(CallId.random());
      a.start(muxed(new MediaEndpoint("127.0.0.1", 41300)));

      InetSocketAddress from = awaitRtcp(peerRtp);

      assertThat(from.getPort()).isEqualTo(a.localEndpoint().port());
      assertThat(peerRtcp.receive(ByteBuffer.allocate(1500))).isNull();
    }
  }

  /** The source of the first RTCP report on {@code channel}, skipping RTP. */
  private static InetSocketAddress awaitRtcp(DatagramChannel channel) throws Exception {
    ByteBuffer buffer = ByteBuffer.allocate(1500);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(12);
    while (System.nanoTime() < deadline) {
      buffer.clear();
      InetSocketAddress from = (InetSocketAddress) channel.receive(buffer);
      int type = buffer.get(1) & 0xff;
      if (type == RTCP_SR || type == RTCP_RR) {
        return from;
      }
    }
    throw new AssertionError("no RTCP report on the RTP port within 12 s");
  }

  @Test
  void twoMultiplexingEnginesStillMeasureQuality() throws Exception {
    MediaSession a = alice.open(CallId.random());
    MediaSession b = bob.open(CallId.random());
    a.start(muxed(b.localEndpoint()));
    b.start(muxed(a.localEndpoint()));
    BlockingQueue<CallQuality> reports = new LinkedBlockingQueue<>();
    a.onQualityChanged(reports::add);

    CallQuality first = reports.poll(12, TimeUnit.SECONDS);

    assertThat(first).isNotNull();
    assertThat(first.mos()).isGreaterThan(4.0);
    assertThat(first.lossPercent()).isZero();
    assertThat(bobIo.played().isTone(440, 15)).as("bob hears %s", bobIo.played()).isTrue();
    assertThat(aliceIo.played().isTone(1000, 15)).as("alice hears %s", aliceIo.played()).isTrue();
  }
}
