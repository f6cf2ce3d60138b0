package org.switchboard.audio.internal.routing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.ActiveDeviceListener;
import org.switchboard.core.device.ActiveDeviceListener.Reason;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioProcessing;
import org.switchboard.core.device.DevicePreferences;

/**
 * The device in use per role, and the routed streams that follow it. Inputs: the preferences,
 * {@link #switchTo} requests, the present devices ({@link #devicesChanged}, from the device watch)
 * and streams that broke. After each input the router settles: it chooses each role's device
 * ({@link RouteChooser}), moves every routed stream onto its device, passes over devices the server
 * refuses (logging a warning naming each) and tells listeners what changed and why.
 *
 * <p>Thread-safe: one lock; opening a stream under it takes a server round trip (milliseconds),
 * never done by the clock thread, which only reads each routed stream's current device stream.
 * Listeners run on the {@code events} executor ({@code switchboard-audio-events}).
 */
public final class DeviceRouter {
  private static final Logger LOG = LoggerFactory.getLogger(DeviceRouter.class);
  private static final int MAX_ROUNDS = 8;

  private final AudioBackend backend;
  private final Executor events;
  private final Executor work;
  private final List<ActiveDeviceListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<AudioDeviceRole, String> requested = new EnumMap<>(AudioDeviceRole.class);
  private final Map<AudioDeviceRole, AudioDevice> active = new EnumMap<>(AudioDeviceRole.class);
  private final Map<AudioDeviceRole, Set<String>> refused = new EnumMap<>(AudioDeviceRole.class);
  private final Set<RoutedStream<?>> streams = new LinkedHashSet<>();
  private DevicePreferences preferences = DevicePreferences.SYSTEM_DEFAULTS;
  private DeviceSnapshot present = DeviceSnapshot.EMPTY;

  /**
   * @param events runs listeners
   * @param work re-routes after a stream broke (the device watch's thread)
   */
  public DeviceRouter(AudioBackend backend, Executor events, Executor work) {
    this.backend = backend;
    this.events = events;
    this.work = work;
  }

  private record Change(AudioDeviceRole role, @Nullable AudioDevice device, Reason reason) {}

  /** The devices present changed: forgets requests and refusals of devices that left. */
  public synchronized void devicesChanged(DeviceSnapshot now) {
    present = now;
    for (AudioDeviceRole role : AudioDeviceRole.values()) {
      String asked = requested.get(role);
      if (asked != null && now.find(role, asked).isEmpty()) {
        requested.remove(role);
      }
      refusedFor(role).removeIf(id -> now.find(role, id).isEmpty());
    }
    settle(null);
  }

  /** The devices present as last reported. */
  public synchronized DeviceSnapshot present() {
    return present;
  }

  public synchronized void setPreferences(DevicePreferences newPreferences) {
    preferences = Objects.requireNonNull(newPreferences, "preferences");
    requested.clear();
    settle(Reason.PREFERENCES);
  }

  public synchronized DevicePreferences preferences() {
    return preferences;
  }

  public synchronized @Nullable AudioDevice active(AudioDeviceRole role) {
    return active.get(role);
  }

  /**
   * Uses {@code deviceId} for {@code role} until the preferences change or it disappears.
   *
   * @throws IllegalArgumentException naming the id when no such device is present
   */
  public synchronized void switchTo(AudioDeviceRole role, String deviceId) {
    if (present.find(role, deviceId).isEmpty()) {
      throw new IllegalArgumentException(
          "no "
              + role.name().toLowerCase(java.util.Locale.ROOT)
              + " device '"
              + deviceId
              + "' is present; present: "
              + ids(present.list(role)));
    }
    requested.put(role, deviceId);
    refusedFor(role).remove(deviceId);
    settle(Reason.REQUESTED);
  }

  /** Registers a listener, called on the events executor. */
  public Subscription onActiveDeviceChanged(ActiveDeviceListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return () -> listeners.remove(listener);
  }

  /** A call's microphone at {@code sampleRate}; {@code pinned} (or null) goes before the choice. */
  public synchronized RoutedCapture openCapture(int sampleRate, @Nullable String pinned) {
    RoutedCapture capture = new RoutedCapture(this, sampleRate, pinned);
    streams.add(capture);
    settle(null);
    return capture;
  }

  /** A call's earpiece at {@code sampleRate}; {@code pinned} (or null) goes before the choice. */
  public synchronized RoutedPlayback openPlayback(int sampleRate, @Nullable String pinned) {
    return openOutput(AudioDeviceRole.PLAYBACK, StreamPurpose.CALL, sampleRate, pinned);
  }

  /**
   * The ringtone's outputs: with {@code ringOnAllPresent}, one on each present preferred ringer
   * device (falling back to the routed ringer when none is present or opens); otherwise one that
   * follows the ringer role's device.
   */
  public synchronized List<FrameOutput> openRingers(int sampleRate) {
    List<FrameOutput> outputs = new ArrayList<>();
    if (preferences.ringOnAllPresent()) {
      for (String id : new LinkedHashSet<>(preferences.ringer())) {
        if (present.find(AudioDeviceRole.RINGER, id).isPresent()
            && !refusedFor(AudioDeviceRole.RINGER).contains(id)) {
          try {
            outputs.add(
                backend.openPlayback(
                    new StreamRequest(id, sampleRate, AudioProcessing.NONE, StreamPurpose.RING)));
          } catch (DeviceRefusedException e) {
            LOG.warn("{}; not ringing there", e.getMessage());
          }
        }
      }
    }
    if (outputs.isEmpty()) {
      outputs.add(openOutput(AudioDeviceRole.RINGER, StreamPurpose.RING, sampleRate, null));
    }
    return List.copyOf(outputs);
  }

  private RoutedPlayback openOutput(
      AudioDeviceRole role, StreamPurpose purpose, int sampleRate, @Nullable String pinned) {
    RoutedPlayback playback = new RoutedPlayback(this, role, purpose, sampleRate, pinned);
    streams.add(playback);
    settle(null);
    return playback;
  }

  /** A routed stream closed. */
  synchronized void forget(RoutedStream<?> stream) {
    streams.remove(stream);
    stream.closeStream();
  }

  /** A routed stream's device stream broke: re-route on the work executor. */
  void streamFailed() {
    work.execute(
        () -> {
          synchronized (this) {
            settle(null);
          }
        });
  }

  /** Under the lock: chooses, moves streams, passes over refusals, then tells listeners. */
  private void settle(@Nullable Reason reason) {
    List<Change> changes = new ArrayList<>();
    Reason why = reason;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      chooseActive(why, changes);
      if (!moveStreams()) {
        break;
      }
      why = Reason.DEVICE_LOST; // a device was refused: what follows is a fallback
    }
    for (Change change : changes) {
      for (ActiveDeviceListener listener : listeners) {
        events.execute(
            () -> listener.onActiveDeviceChanged(change.role(), change.device(), change.reason()));
      }
    }
  }

  private void chooseActive(@Nullable Reason reason, List<Change> changes) {
    for (AudioDeviceRole role : AudioDeviceRole.values()) {
      AudioDevice before = active.get(role);
      AudioDevice now =
          RouteChooser.choose(role, preferences, requested.get(role), present, refusedFor(role));
      if (!Objects.equals(idOf(before), idOf(now))) {
        if (now == null) {
          active.remove(role);
        } else {
          active.put(role, now);
        }
        Reason why = reason != null ? reason : inferred(role, before);
        LOG.info("{} device: {} -> {} ({})", role, idOf(before), idOf(now), why);
        changes.add(new Change(role, now, why));
      }
    }
  }

  private Reason inferred(AudioDeviceRole role, @Nullable AudioDevice before) {
    if (before != null
        && (present.find(role, before.id()).isEmpty() || refusedFor(role).contains(before.id()))) {
      return Reason.DEVICE_LOST;
    }
    return Reason.PREFERRED_APPEARED;
  }

  /** Moves every stream to its device; true when a device was refused (and is now passed over). */
  private boolean moveStreams() {
    boolean refusal = false;
    for (RoutedStream<?> stream : List.copyOf(streams)) {
      String target = targetOf(stream);
      if (!stream.routeTo(backend, target, processingOf(stream, target))) {
        if (target == null) {
          LOG.error(
              "no {} device could be opened, not even the system default: silent", stream.role());
          stream.silence();
        } else {
          refusedFor(stream.role()).add(target);
          refusal = true;
        }
      }
    }
    return refusal;
  }

  private @Nullable String targetOf(RoutedStream<?> stream) {
    String pinned = stream.pinned();
    if (pinned != null
        && present.find(stream.role(), pinned).isPresent()
        && !refusedFor(stream.role()).contains(pinned)) {
      return pinned;
    }
    return idOf(active.get(stream.role()));
  }

  /**
   * A call's microphone gets its device's processing; the call's earpiece gets the processing of
   * the microphone in use, because the echo canceller needs both ends of the call.
   */
  private AudioProcessing processingOf(RoutedStream<?> stream, @Nullable String target) {
    if (stream.purpose() != StreamPurpose.CALL) {
      return AudioProcessing.NONE;
    }
    String capture =
        stream.role() == AudioDeviceRole.CAPTURE
            ? target
            : idOf(active.get(AudioDeviceRole.CAPTURE));
    return preferences.processingFor(capture == null ? "" : capture);
  }

  private Set<String> refusedFor(AudioDeviceRole role) {
    return refused.computeIfAbsent(role, r -> new HashSet<>());
  }

  private static @Nullable String idOf(@Nullable AudioDevice device) {
    return device == null ? null : device.id();
  }

  private static List<String> ids(List<AudioDevice> devices) {
    return devices.stream().map(AudioDevice::id).toList();
  }
}
