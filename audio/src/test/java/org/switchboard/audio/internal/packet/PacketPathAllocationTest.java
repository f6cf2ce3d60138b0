package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The per-packet work of both media threads allocates nothing once warm, so a call makes no garbage
 * at 50 packets a second each way (the engine's CPU budget is 2x baresip's).
 */
class PacketPathAllocationTest {
  private static final long SSRC = 0x77;
  private static final int PACKETS = 100_000;

  private final RtpHeader header = new RtpHeader();
  private final ReceptionStatistics statistics = new ReceptionStatistics(8000);
  private final JitterBuffer jitterBuffer = new JitterBuffer(8000);
  private final TelephoneEventReceiver events = new TelephoneEventReceiver();
  private final TelephoneEventSender sender = new TelephoneEventSender(8000);
  private final SendStatistics sent = new SendStatistics();
  private final byte[] packet = new byte[12 + 160];
  private final byte[] decoded = new byte[JitterBuffer.MAX_PAYLOAD];

  @Test
  void sendingAndReceivingAPacketAllocatesNothing() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    runPackets(0, PACKETS); // warm up: the JIT compiles the loop and the slot arrays are made
    long before = threads.getCurrentThreadAllocatedBytes();

    runPackets(PACKETS, PACKETS);

    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(allocated).as("bytes allocated for %s packets", PACKETS).isLessThan(1024);
  }

  private void runPackets(int first, int count) {
    for (int i = first; i < first + count; i++) {
      // switchboard-media-clock: DTMF check, header, count
      sender.tick(160L * i, packet, 12);
      RtpHeader.write(packet, 0, 0, false, i & 0xffff, 160L * i, SSRC);
      sent.onSent(160);
      // switchboard-rtp-receive: demux, parse, statistics, jitter buffer
      RtpDemux.kind(packet, packet.length);
      header.parse(packet, 0, packet.length);
      long arrival = 20_000_000L * i;
      statistics.onRtp(header.ssrc(), header.sequence(), header.timestamp(), arrival);
      events.onPayload(header.timestamp(), packet, header.payloadOffset(), 0);
      jitterBuffer.put(
          header.ssrc(),
          header.sequence(),
          header.timestamp(),
          arrival,
          packet,
          header.payloadOffset(),
          header.payloadLength());
      // switchboard-media-clock: playout
      jitterBuffer.take(decoded);
    }
  }
}
