package org.switchboard.app.settings;

/** The settings screen's audio ports as fakes: the sample devices, routing and checks. */
public final class FakeAudio {
  public final FakeAudioDevices devices = FakeAudioDevices.sample();
  public final FakeDeviceRouting routing = new FakeDeviceRouting(devices);
  public final FakeDeviceChecks checks = new FakeDeviceChecks();

  public AudioPorts ports() {
    return new AudioPorts(devices, routing, checks);
  }
}
