package org.switchboard.sip.internal.tls;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A plain socket that counts the bytes read from it, so keep-alive can tell whether the server
 * answered a CRLF ping: JAIN-SIP's own pong detection misreads every second pong as a ping. TLS
 * runs layered over it, so encrypted bytes count too. Counted on JAIN-SIP's reader thread; read
 * from any thread.
 */
final class WatchedSocket extends Socket {
  private final AtomicLong received = new AtomicLong();
  private volatile @Nullable InputStream counting;

  /** Bytes read from the peer so far. */
  long received() {
    return received.get();
  }

  @Override
  public InputStream getInputStream() throws IOException {
    InputStream in = counting;
    if (in == null) {
      synchronized (received) {
        in = counting;
        if (in == null) {
          in = new Counting(super.getInputStream(), received);
          counting = in;
        }
      }
    }
    return in;
  }

  private static final class Counting extends FilterInputStream {
    private final AtomicLong received;

    Counting(InputStream in, AtomicLong received) {
      super(in);
      this.received = received;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        received.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        received.addAndGet(n);
      }
      return n;
    }
  }
}
