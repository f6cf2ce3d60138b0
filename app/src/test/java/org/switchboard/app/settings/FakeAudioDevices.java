package org.switchboard.app.settings;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioDevices;

/** Audio devices the test plugs in and out. */
public final class FakeAudioDevices implements AudioDevices {
  public final List<AudioDevice> devices = new CopyOnWriteArrayList<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  /** A headset (microphone and speaker) and a desk speaker (speaker and ringer). */
  public static FakeAudioDevices sample() {
    FakeAudioDevices fake = new FakeAudioDevices();
    fake.devices.add(new AudioDevice("usb-headset-in", "USB Headset", AudioDeviceRole.CAPTURE));
    fake.devices.add(new AudioDevice("usb-headset-out", "USB Headset", AudioDeviceRole.PLAYBACK));
    fake.devices.add(new AudioDevice("desk-out", "Desk speaker", AudioDeviceRole.PLAYBACK));
    fake.devices.add(new AudioDevice("desk-ring", "Desk speaker", AudioDeviceRole.RINGER));
    return fake;
  }

  @Override
  public List<AudioDevice> list(AudioDeviceRole role) {
    return devices.stream().filter(d -> d.role() == role).toList();
  }

  @Override
  public Subscription addChangeListener(Runnable onChange) {
    listeners.add(onChange);
    return () -> listeners.remove(onChange);
  }

  /** Plugs {@code device} in and tells the listeners. */
  public void plug(AudioDevice device) {
    devices.add(device);
    listeners.forEach(Runnable::run);
  }

  /** Unplugs the device {@code id} and tells the listeners. */
  public void unplug(String id) {
    devices.removeIf(d -> d.id().equals(id));
    listeners.forEach(Runnable::run);
  }

  public int listeners() {
    return listeners.size();
  }
}
