package org.switchboard.testkit.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Packets through a real relay on loopback: loss as drawn, reordering by jitter, both ways. */
class MediaRelayTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private DatagramSocket endA;
  private DatagramSocket endB;

  @BeforeEach
  void ends() throws IOException {
    endA = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
    endB = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
    for (DatagramSocket end : List.of(endA, endB)) {
      end.setReceiveBufferSize(1 << 22);
      end.setSoTimeout(2000);
    }
  }

  @AfterEach
  void close() {
    endA.close();
    endB.close();
  }

  @Test
  void tenPercentLossDropsAboutOnePacketInTenAndTheRestArrive() throws Exception {
    Impairment impairment = new Impairment(10, Duration.ZERO, Duration.ZERO, 7);
    try (MediaRelay relay = relay(impairment)) {
      int count = 3000;
      for (int batch = 0; batch < count / 100; batch++) {
        // In batches, so that no socket buffer on the way overflows and loses packets itself.
        send(endA, relay.portFacingA(), batch * 100, 100);
        awaitRelayed(relay, (batch + 1) * 100);
      }

      List<Integer> arrived = receive(endB, count);

      assertThat(relay.lossPercentAToB()).isBetween(8.5, 11.5);
      assertThat(arrived.size())
          .isEqualTo(count - Math.round(relay.lossPercentAToB() * count / 100));
      assertThat(arrived).doesNotHaveDuplicates().allMatch(i -> i >= 0 && i < count);
    }
  }

  @Test
  void eachEndSeesThePacketsComeFromTheRelayPortItSendsTo() throws Exception {
    try (MediaRelay relay = relay(Impairment.none())) {
      send(endA, relay.portFacingA(), 1);
      DatagramPacket atB = receiveOne(endB);
      send(endB, relay.portFacingB(), 1);
      DatagramPacket atA = receiveOne(endA);

      assertThat(atB.getPort()).isEqualTo(relay.portFacingB());
      assertThat(atA.getPort()).isEqualTo(relay.portFacingA());
    }
  }

  @Test
  void jitterLetsPacketsOvertakeEachOtherButLosesNone() throws Exception {
    Impairment impairment = new Impairment(0, Duration.ofMillis(20), Duration.ofMillis(15), 3);
    try (MediaRelay relay = relay(impairment)) {
      int count = 200;
      send(endB, relay.portFacingB(), count);

      List<Integer> arrived = receive(endA, count);

      assertThat(arrived).hasSize(count).doesNotHaveDuplicates();
      assertThat(arrived).as("arrival order").isNotEqualTo(arrived.stream().sorted().toList());
    }
  }

  private MediaRelay relay(Impairment impairment) {
    MediaRelay relay = new MediaRelay(LOOPBACK, 0, 0, impairment);
    relay.sideAAt(new InetSocketAddress(LOOPBACK, endA.getLocalPort()));
    relay.sideBAt(new InetSocketAddress(LOOPBACK, endB.getLocalPort()));
    return relay;
  }

  private static void awaitRelayed(MediaRelay relay, long packets) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (relay.rtpFromA() < packets && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(relay.rtpFromA()).as("packets the relay read").isEqualTo(packets);
  }

  /** Sends {@code count} packets numbered from 0 to the relay's {@code port}. */
  private static void send(DatagramSocket from, int port, int count) throws IOException {
    send(from, port, 0, count);
  }

  /** Sends {@code count} packets numbered from {@code first} to the relay's {@code port}. */
  private static void send(DatagramSocket from, int port, int first, int count) throws IOException {
    for (int i = first; i < first + count; i++) {
      byte[] packet = ByteBuffer.allocate(172).putInt(i).array();
      from.send(new DatagramPacket(packet, packet.length, LOOPBACK, port));
    }
  }

  /** The numbers of the packets that arrive, until {@code count} or a 2 s silence. */
  private static List<Integer> receive(DatagramSocket at, int count) throws IOException {
    List<Integer> numbers = new ArrayList<>();
    try {
      while (numbers.size() < count) {
        numbers.add(ByteBuffer.wrap(receiveOne(at).getData()).getInt());
      }
    } catch (SocketTimeoutException e) {
      // the rest were lost
    }
    return numbers;
  }

  private static DatagramPacket receiveOne(DatagramSocket at) throws IOException {
    DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
    at.receive(packet);
    return packet;
  }
}
