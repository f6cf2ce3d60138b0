package org.switchboard.audio.internal.pulse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.internal.routing.AudioBackend;
import org.switchboard.audio.internal.routing.DeviceInput;
import org.switchboard.audio.internal.routing.DeviceOutput;
import org.switchboard.audio.internal.routing.DeviceSnapshot;
import org.switchboard.audio.internal.routing.StreamRequest;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.media.MediaException;

/**
 * PulseAudio as the routing's {@link AudioBackend}: sinks are playback and ringer devices, sources
 * (monitors excepted) are microphones; ids are the server's device names, names its descriptions.
 *
 * <p>When the server goes away (a restart, a crash), listings fail, so routing sees no devices and
 * its streams break; each listing then tries, at most every two seconds, to connect again. Once it
 * succeeds the old connection is closed and routing re-opens its streams on the new one.
 *
 * <p>Thread-safe. Each call is one server round trip, bounded by {@code timeout}.
 */
public final class PulseBackend implements AudioBackend, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PulseBackend.class);
  private static final long RETRY_NANOS = Duration.ofSeconds(2).toNanos();

  private final @Nullable String server;
  private final String appName;
  private final Duration timeout;
  private volatile PulseConnection connection;
  private long nextRetry; // guarded by this
  private boolean closed; // guarded by this

  /** Connects to {@code server} (null: libpulse's choice); see {@link PulseConnection#connect}. */
  public PulseBackend(@Nullable String server, String appName, Duration timeout) {
    this.server = server;
    this.appName = appName;
    this.timeout = timeout;
    this.connection = PulseConnection.connect(server, appName, timeout);
  }

  @Override
  public DeviceSnapshot devices() {
    List<AudioDevice> capture = new ArrayList<>();
    List<AudioDevice> outputs = new ArrayList<>();
    for (PulseDeviceInfo device : PulseDeviceList.read(liveConnection(), timeout)) {
      if (device.sink()) {
        outputs.add(new AudioDevice(device.name(), device.description(), AudioDeviceRole.PLAYBACK));
      } else {
        capture.add(new AudioDevice(device.name(), device.description(), AudioDeviceRole.CAPTURE));
      }
    }
    return new DeviceSnapshot(capture, outputs);
  }

  /** The connection, replaced by a new one when the server stopped answering and answers again. */
  private synchronized PulseConnection liveConnection() {
    PulseConnection current = connection;
    if (closed || current.isReady() || System.nanoTime() - nextRetry < 0) {
      return current;
    }
    nextRetry = System.nanoTime() + RETRY_NANOS;
    try {
      PulseConnection fresh = PulseConnection.connect(server, appName, timeout);
      connection = fresh;
      current.close();
      LOG.info("reconnected to {}", fresh.where());
      return fresh;
    } catch (MediaException e) {
      LOG.debug("still no sound server: {}", e.getMessage());
      return current;
    }
  }

  @Override
  public DeviceInput openCapture(StreamRequest request) {
    PulseConnection current = connection;
    PulseStream stream = PulseStream.open(current, request, true, timeout);
    return new PulseCapture(current, stream, request.sampleRate());
  }

  @Override
  public DeviceOutput openPlayback(StreamRequest request) {
    PulseConnection current = connection;
    PulseStream stream = PulseStream.open(current, request, false, timeout);
    return new PulsePlayback(current, stream, request.sampleRate());
  }

  /** Disconnects for good. Idempotent. */
  @Override
  public synchronized void close() {
    closed = true;
    connection.close();
  }
}
