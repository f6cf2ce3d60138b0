package org.switchboard.audio.internal.engine;

import java.io.IOException;
import java.nio.channels.DatagramChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A call's bound, non-blocking RTP channel and its RTCP partner on the next port.
 *
 * @param rtp the RTP channel (even port)
 * @param rtcp the RTCP channel (RTP port + 1)
 */
public record ChannelPair(DatagramChannel rtp, DatagramChannel rtcp) {
  private static final Logger LOG = LoggerFactory.getLogger(ChannelPair.class);

  /** The RTP port. */
  public int port() {
    return rtp.socket().getLocalPort();
  }

  /** Closes both channels. Idempotent; never throws. */
  public void close() {
    closeQuietly(rtp);
    closeQuietly(rtcp);
  }

  private static void closeQuietly(DatagramChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("closing an RTP channel failed", e);
    }
  }
}
