package org.switchboard.app.settings;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.device.AudioProcessing;

/**
 * The voice processing switches (echo cancellation, noise suppression, automatic gain) of one
 * microphone at a time, the one selected in the microphone list; each microphone keeps its own. A
 * microphone never switched gets none ({@link AudioProcessing#NONE}). Plain {@code javafx.beans};
 * JavaFX application thread.
 */
public final class ProcessingViewModel {
  private final Map<String, AudioProcessing> byDevice = new HashMap<>();
  private final BooleanProperty echoCancellation = new SimpleBooleanProperty();
  private final BooleanProperty noiseSuppression = new SimpleBooleanProperty();
  private final BooleanProperty automaticGain = new SimpleBooleanProperty();
  private final BooleanProperty available = new SimpleBooleanProperty();
  private @Nullable String device;
  private boolean showing;

  ProcessingViewModel() {
    echoCancellation.addListener((o, was, now) -> store());
    noiseSuppression.addListener((o, was, now) -> store());
    automaticGain.addListener((o, was, now) -> store());
  }

  public BooleanProperty echoCancellationProperty() {
    return echoCancellation;
  }

  public BooleanProperty noiseSuppressionProperty() {
    return noiseSuppression;
  }

  public BooleanProperty automaticGainProperty() {
    return automaticGain;
  }

  /** Whether a microphone is selected, so that the switches apply to one. */
  public ObservableBooleanValue availableProperty() {
    return available;
  }

  /** Shows the switches of microphone {@code id}; null when none is selected. */
  void show(@Nullable String id) {
    device = id;
    available.set(id != null);
    AudioProcessing p = id == null ? AudioProcessing.NONE : of(id);
    showing = true;
    try {
      echoCancellation.set(p.echoCancellation());
      noiseSuppression.set(p.noiseSuppression());
      automaticGain.set(p.automaticGain());
    } finally {
      showing = false;
    }
  }

  void setAll(Map<String, AudioProcessing> saved) {
    byDevice.clear();
    byDevice.putAll(saved);
    show(device);
  }

  /** The processing per microphone; microphones with none are left out. */
  Map<String, AudioProcessing> all() {
    Map<String, AudioProcessing> any = new HashMap<>();
    byDevice.forEach(
        (id, p) -> {
          if (p.any()) {
            any.put(id, p);
          }
        });
    return any;
  }

  private AudioProcessing of(String id) {
    return byDevice.getOrDefault(id, AudioProcessing.NONE);
  }

  private void store() {
    String id = device;
    if (showing || id == null) {
      return;
    }
    byDevice.put(
        id,
        new AudioProcessing(echoCancellation.get(), noiseSuppression.get(), automaticGain.get()));
  }
}
