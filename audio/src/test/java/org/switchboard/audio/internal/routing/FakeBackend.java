package org.switchboard.audio.internal.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;

/** A backend with scripted devices, refusals and breakable streams, for routing's rules. */
final class FakeBackend implements AudioBackend {
  final List<AudioDevice> capture = new ArrayList<>();
  final List<AudioDevice> outputs = new ArrayList<>();
  final Set<String> refusing = new HashSet<>();
  final List<FakeStream> opened = new ArrayList<>();

  void addOutput(String id) {
    outputs.add(
        new AudioDevice(id, id.toUpperCase(java.util.Locale.ROOT), AudioDeviceRole.PLAYBACK));
  }

  void addCapture(String id) {
    capture.add(new AudioDevice(id, id, AudioDeviceRole.CAPTURE));
  }

  void remove(String id) {
    outputs.removeIf(d -> d.id().equals(id));
    capture.removeIf(d -> d.id().equals(id));
  }

  @Override
  public DeviceSnapshot devices() {
    return new DeviceSnapshot(capture, outputs);
  }

  @Override
  public DeviceInput openCapture(StreamRequest request) {
    return open(request);
  }

  @Override
  public DeviceOutput openPlayback(StreamRequest request) {
    return open(request);
  }

  private FakeStream open(StreamRequest request) {
    if (request.deviceId() != null && refusing.contains(request.deviceId())) {
      throw new DeviceRefusedException("refused " + request.deviceForMessages());
    }
    FakeStream stream = new FakeStream(request);
    opened.add(stream);
    return stream;
  }

  /** The newest stream opened on {@code deviceId} (null: the default). */
  FakeStream last() {
    return opened.get(opened.size() - 1);
  }

  static final class FakeStream implements DeviceInput, DeviceOutput {
    final StreamRequest request;
    volatile boolean closed;
    volatile boolean broken;
    int written;

    FakeStream(StreamRequest request) {
      this.request = request;
    }

    @Override
    public int sampleRate() {
      return request.sampleRate();
    }

    @Override
    public void read(short[] frame) {
      java.util.Arrays.fill(frame, (short) 1);
    }

    @Override
    public void write(short[] frame) {
      written++;
    }

    @Override
    public boolean failed() {
      return broken;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
