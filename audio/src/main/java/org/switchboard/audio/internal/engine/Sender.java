package org.switchboard.audio.internal.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends datagrams on a call's channel. Send errors (the peer's port unreachable, a full buffer) are
 * counted and logged once at debug: media must keep going. Used on one thread at a time.
 */
final class Sender {
  private static final Logger LOG = LoggerFactory.getLogger(Sender.class);

  private final DatagramChannel channel;
  private long failures;

  Sender(DatagramChannel channel) {
    this.channel = channel;
  }

  void send(byte[] data, int length, InetSocketAddress to) {
    try {
      channel.send(ByteBuffer.wrap(data, 0, length), to);
    } catch (IOException e) {
      if (failures++ == 0) {
        LOG.debug("sending to {} failed: {}", to, e.toString());
      }
    }
  }

  long failures() {
    return failures;
  }
}
