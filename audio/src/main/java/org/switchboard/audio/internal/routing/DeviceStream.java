package org.switchboard.audio.internal.routing;

/** What routing needs of any device stream: whether it broke, and closing it. */
public interface DeviceStream extends AutoCloseable {
  /** Whether the device stream broke (the server dropped it). Safe from any thread. */
  boolean failed();

  /** Releases the stream. Idempotent; never throws. */
  @Override
  void close();
}
