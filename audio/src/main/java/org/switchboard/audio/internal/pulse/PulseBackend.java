package org.switchboard.audio.internal.pulse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.audio.internal.routing.AudioBackend;
import org.switchboard.audio.internal.routing.DeviceInput;
import org.switchboard.audio.internal.routing.DeviceOutput;
import org.switchboard.audio.internal.routing.DeviceSnapshot;
import org.switchboard.audio.internal.routing.StreamRequest;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;

/**
 * PulseAudio as the routing's {@link AudioBackend}: sinks are playback and ringer devices, sources
 * (monitors excepted) are microphones; ids are the server's device names, names its descriptions.
 *
 * <p>Thread-safe. Each call is one server round trip, bounded by {@code timeout}.
 */
public final class PulseBackend implements AudioBackend {
  private final PulseConnection connection;
  private final Duration timeout;

  public PulseBackend(PulseConnection connection, Duration timeout) {
    this.connection = connection;
    this.timeout = timeout;
  }

  @Override
  public DeviceSnapshot devices() {
    List<AudioDevice> capture = new ArrayList<>();
    List<AudioDevice> outputs = new ArrayList<>();
    for (PulseDeviceInfo device : PulseDeviceList.read(connection, timeout)) {
      if (device.sink()) {
        outputs.add(new AudioDevice(device.name(), device.description(), AudioDeviceRole.PLAYBACK));
      } else {
        capture.add(new AudioDevice(device.name(), device.description(), AudioDeviceRole.CAPTURE));
      }
    }
    return new DeviceSnapshot(capture, outputs);
  }

  @Override
  public DeviceInput openCapture(StreamRequest request) {
    PulseStream stream = PulseStream.open(connection, request, true, timeout);
    return new PulseCapture(connection, stream, request.sampleRate());
  }

  @Override
  public DeviceOutput openPlayback(StreamRequest request) {
    PulseStream stream = PulseStream.open(connection, request, false, timeout);
    return new PulsePlayback(connection, stream, request.sampleRate());
  }
}
