package org.switchboard.audio.internal.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.switchboard.audio.internal.rtp.PortAllocator.RtpSockets;
import org.switchboard.core.media.MediaException;

class PortAllocatorTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  @Test
  void bindsAnEvenRtpPortAndRtcpOnTheNext() {
    RtpSockets sockets = new PortAllocator(LOOPBACK, 30011, 30019).bind();
    try {
      assertThat(sockets.port()).isEqualTo(30012);
      assertThat(sockets.rtcp().getLocalPort()).isEqualTo(30013);
    } finally {
      sockets.close();
    }
  }

  @Test
  void skipsABusyRtpPortAndABusyRtcpPort() throws Exception {
    try (DatagramSocket busyRtp = new DatagramSocket(new InetSocketAddress(LOOPBACK, 30020));
        DatagramSocket busyRtcp = new DatagramSocket(new InetSocketAddress(LOOPBACK, 30023))) {
      RtpSockets sockets = new PortAllocator(LOOPBACK, 30020, 30029).bind();
      try {
        assertThat(sockets.port()).isEqualTo(30024);
      } finally {
        sockets.close();
      }
    }
  }

  @Test
  void doesNotReuseAJustReleasedPairAtOnce() {
    PortAllocator ports = new PortAllocator(LOOPBACK, 30030, 30039);
    RtpSockets first = ports.bind();
    int firstPort = first.port();
    first.close();
    RtpSockets second = ports.bind();
    try {
      assertThat(second.port()).isEqualTo(firstPort + 2);
    } finally {
      second.close();
    }
  }

  @Test
  void failsWhenEveryPairIsBusy() throws Exception {
    try (DatagramSocket busy = new DatagramSocket(new InetSocketAddress(LOOPBACK, 30041))) {
      PortAllocator ports = new PortAllocator(LOOPBACK, 30040, 30041);
      assertThatThrownBy(ports::bind)
          .isInstanceOf(MediaException.class)
          .hasMessageContaining("no free RTP port pair");
    }
  }

  @Test
  void namesTheCauseWhenTheAddressIsNotThisHosts() throws Exception {
    PortAllocator ports = new PortAllocator(InetAddress.getByName("192.0.2.1"), 30050, 30053);
    assertThatThrownBy(ports::bind)
        .isInstanceOf(MediaException.class)
        .hasMessageContaining("192.0.2.1")
        .hasMessageContaining("Cannot assign requested address");
  }
}
