package org.switchboard.app.settings;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.ProvisionedSettings.Problem;

/**
 * What central configuration means for the settings screens: the fields locked, and why a
 * provisioning source was not used as it stands, localised. Plain {@code javafx.beans}; JavaFX
 * application thread.
 */
final class ProvisioningStatus {
  private final FieldLocks locks = new FieldLocks();
  private final ObjectProperty<List<Problem>> problems =
      new SimpleObjectProperty<>(this, "problems", List.of());
  private final StringBinding text;
  private final Localizer localizer;

  ProvisioningStatus(Localizer localizer) {
    this.localizer = localizer;
    this.text = Bindings.createStringBinding(this::lines, problems, localizer.languageProperty());
  }

  FieldLocks locks() {
    return locks;
  }

  /** One line per source not used as it stands; empty when all was well. */
  ObservableStringValue text() {
    return text;
  }

  /** Shows what {@code administrator} set and met. */
  void show(ProvisionedSettings administrator) {
    locks.set(administrator.locks());
    problems.set(administrator.problems());
  }

  private String lines() {
    List<String> lines = new ArrayList<>();
    for (Problem p : problems.get()) {
      String key =
          p.lastGoodCopy() ? "settings.provisioning.lastGood" : "settings.provisioning.defaults";
      lines.add(localizer.get(key, p.source(), p.detail()));
    }
    return String.join("\n", lines);
  }
}
