package org.switchboard.audio;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.checks.DeviceCheckRunner;
import org.switchboard.audio.internal.engine.DeviceStreams;
import org.switchboard.audio.internal.frame.FrameInput;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.audio.internal.pulse.PulseBackend;
import org.switchboard.audio.internal.routing.DeviceRouter;
import org.switchboard.audio.internal.routing.DeviceSnapshot;
import org.switchboard.audio.internal.routing.DeviceWatch;
import org.switchboard.audio.internal.runtime.CallbackThread;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.ActiveDeviceListener;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioDevices;
import org.switchboard.core.device.DeviceChecks;
import org.switchboard.core.device.DevicePreferences;
import org.switchboard.core.device.DeviceRouting;

/**
 * The agent's audio devices on PulseAudio, without libjitsi's media service (ADR 24): the device
 * lists per role, the device in use per role ({@link DeviceRouting}) following preferences,
 * requests and hot-plugging, the headset checks ({@link DeviceChecks}), and the routed streams the
 * media engine's calls and the ringtone use ({@link #capture}, {@link #playback}, {@link
 * #ringers}).
 *
 * <p>Ids are PulseAudio's device names (e.g. {@code alsa_output.usb-Plantronics_...}), which stay
 * the same across re-plugs and reboots; names are the server's descriptions. Monitor sources and
 * echo-cancel filter devices are not listed. The system default is not marked (the binding cannot
 * ask the server for it): lists are in the server's order and a null device means the default.
 *
 * <p>Thread-safe. Threads: {@code switchboard-audio-devices} re-lists the devices every 500 ms and
 * moves streams; listeners run on {@code switchboard-audio-events}; checks are paced on {@code
 * switchboard-audio-checks}; libpulse runs its own main-loop thread.
 */
public final class PulseAudioDevices
    implements AudioDevices, DeviceRouting, DeviceChecks, DeviceStreams, AutoCloseable {
  /** How often the device list is re-read to follow hot-plugging. */
  public static final Duration WATCH_PERIOD = Duration.ofMillis(500);

  private static final Duration SERVER_TIMEOUT = Duration.ofSeconds(5);

  private final PulseBackend backend;
  private final CallbackThread events = new CallbackThread();
  private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
  private final DeviceRouter router;
  private final DeviceWatch watch;
  private final DeviceCheckRunner checks;

  private PulseAudioDevices(PulseBackend backend) {
    this.backend = backend;
    this.watch = new DeviceWatch(backend, WATCH_PERIOD);
    this.router = new DeviceRouter(backend, events, watch);
    this.checks = new DeviceCheckRunner(backend, router::present, events);
    watch.start(this::devicesChanged);
  }

  /**
   * Connects to the PulseAudio server at {@code server} ({@code unix:/path}; null: {@code
   * PULSE_SERVER} or the user's server) and lists its devices.
   *
   * @throws org.switchboard.core.media.MediaException naming the server when it does not answer
   *     within 5 s or libpulse cannot be loaded. Once connected, a server that goes away and comes
   *     back (a restart) is reconnected to; in between, no devices are listed and calls are silent.
   */
  public static PulseAudioDevices connect(@Nullable String server) {
    return new PulseAudioDevices(new PulseBackend(server, "Switchboard", SERVER_TIMEOUT));
  }

  private void devicesChanged(DeviceSnapshot now) {
    router.devicesChanged(now);
    for (Runnable listener : changeListeners) {
      events.execute(listener);
    }
  }

  @Override
  public List<AudioDevice> list(AudioDeviceRole role) {
    return router.present().list(role);
  }

  /** {@inheritDoc} Called on {@code switchboard-audio-events} after the list changed. */
  @Override
  public Subscription addChangeListener(Runnable onChange) {
    changeListeners.add(onChange);
    return () -> changeListeners.remove(onChange);
  }

  @Override
  public void setPreferences(DevicePreferences preferences) {
    router.setPreferences(preferences);
  }

  @Override
  public DevicePreferences preferences() {
    return router.preferences();
  }

  @Override
  public @Nullable AudioDevice active(AudioDeviceRole role) {
    return router.active(role);
  }

  @Override
  public void switchTo(AudioDeviceRole role, String deviceId) {
    router.switchTo(role, deviceId);
  }

  /** {@inheritDoc} Listeners are called on {@code switchboard-audio-events}. */
  @Override
  public Subscription onActiveDeviceChanged(ActiveDeviceListener listener) {
    return router.onActiveDeviceChanged(listener);
  }

  /**
   * A call's microphone at {@code sampleRate} (8000, 16000 or 48000 Hz): the capture device in use,
   * or {@code deviceId} while it is present; it follows switches and hot-plugging underneath. Never
   * fails for a missing device: it falls back, and reads silence if nothing opens. Read it from the
   * engine's clock thread only.
   */
  @Override
  public FrameInput capture(int sampleRate, @Nullable String deviceId) {
    return router.openCapture(sampleRate, deviceId);
  }

  /** A call's earpiece, routed like {@link #capture}. Write it from the clock thread only. */
  @Override
  public FrameOutput playback(int sampleRate, @Nullable String deviceId) {
    return router.openPlayback(sampleRate, deviceId);
  }

  /**
   * Outputs for the ringtone: one per present preferred ringer device when the preferences say
   * {@code ringOnAllPresent}, else one following the ringer role's device. Write each 20 ms from
   * one thread; close them when the ringing stops.
   */
  public List<FrameOutput> ringers(int sampleRate) {
    return router.openRingers(sampleRate);
  }

  @Override
  public Subscription inputLevel(String deviceId, DoubleConsumer level) {
    return checks.inputLevel(deviceId, level);
  }

  @Override
  public Subscription outputLevel(String deviceId, DoubleConsumer level) {
    return checks.outputLevel(deviceId, level);
  }

  @Override
  public CompletableFuture<Void> microphoneTest(
      String captureId, String playbackId, Duration length) {
    return checks.microphoneTest(captureId, playbackId, length);
  }

  @Override
  public CompletableFuture<Void> speakerTest(String deviceId) {
    return checks.speakerTest(deviceId);
  }

  /** Stops watching, ends checks and disconnects. Streams still open go silent. Idempotent. */
  @Override
  public void close() {
    watch.close();
    checks.close();
    backend.close();
    events.close();
  }
}
