package org.switchboard.audio.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import org.junit.jupiter.api.Test;
import org.switchboard.core.media.MediaException;

class ChannelAllocatorTest {
  private static InetAddress loopback() throws Exception {
    return InetAddress.getByName("127.0.0.1");
  }

  @Test
  void bindsEvenRtpPortsWithRtcpOnTheNext() throws Exception {
    ChannelAllocator ports = new ChannelAllocator(loopback(), 42001, 42010);
    ChannelPair pair = ports.bind();
    try {
      assertThat(pair.port()).isEven().isBetween(42002, 42009);
      assertThat(pair.rtcp().socket().getLocalPort()).isEqualTo(pair.port() + 1);
      assertThat(pair.rtp().isBlocking()).isFalse();
    } finally {
      pair.close();
    }
  }

  @Test
  void skipsPortsSomeoneHoldsAndDoesNotReuseAJustReleasedPair() throws Exception {
    ChannelAllocator ports = new ChannelAllocator(loopback(), 42020, 42027);
    try (DatagramChannel taken = DatagramChannel.open()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 42021));
      ChannelPair first = ports.bind();
      assertThat(first.port()).isEqualTo(42022);
      first.close();
      ChannelPair second = ports.bind();
      assertThat(second.port()).isEqualTo(42024);
      second.close();
    }
  }

  @Test
  void aFullRangeIsReportedWithTheRange() throws Exception {
    ChannelAllocator ports = new ChannelAllocator(loopback(), 42030, 42031);
    ChannelPair only = ports.bind();
    try {
      assertThatThrownBy(ports::bind)
          .isInstanceOf(MediaException.class)
          .hasMessageContaining("42030-42031");
    } finally {
      only.close();
    }
  }

  @Test
  void aRangeWithoutAPairIsRefused() {
    assertThatThrownBy(() -> new ChannelAllocator(loopback(), 42041, 42041))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
