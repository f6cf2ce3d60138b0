package org.switchboard.app.call;

import atlantafx.base.theme.Styles;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.call.CallQuality;

/**
 * The call-quality indicator of one call: a dot and the grade ("Good", "Fair", "Poor") coloured by
 * the theme (success, warning, danger), the figures (MOS, loss, jitter, round trip) in a tooltip,
 * and "Call quality: Good · MOS 4.2 · ..." as the accessible name. Hidden until the call has been
 * measured. Used on the JavaFX application thread.
 */
final class QualityIndicator {
  private final Label root = new Label();
  private final Label dot = new Label("\u25CF");
  private final Tooltip tip = new Tooltip();
  private final Localizer text;
  private final InvalidationListener regrade = o -> colour();
  private @Nullable CallRow row;

  QualityIndicator(Localizer text) {
    this.text = text;
    root.setGraphic(dot);
    root.setAccessibleRole(AccessibleRole.TEXT);
    root.setTooltip(tip);
    show(null);
  }

  Label root() {
    return root;
  }

  /** Follows {@code row}'s quality; null hides the indicator. */
  void show(@Nullable CallRow next) {
    CallRow before = row;
    if (before != null) {
      before.gradeProperty().removeListener(regrade);
    }
    row = next;
    root.textProperty().unbind();
    root.accessibleTextProperty().unbind();
    tip.textProperty().unbind();
    root.visibleProperty().unbind();
    if (next == null) {
      root.setText("");
      root.setVisible(false);
    } else {
      root.textProperty().bind(next.qualityTextProperty());
      root.accessibleTextProperty()
          .bind(
              Bindings.createStringBinding(
                  () ->
                      text.get("callpanel.quality.label", next.qualityTextProperty().get())
                          + " · "
                          + next.qualityDetailProperty().get(),
                  next.qualityTextProperty(),
                  next.qualityDetailProperty(),
                  text.languageProperty()));
      tip.textProperty().bind(next.qualityDetailProperty());
      root.visibleProperty().bind(Bindings.isNotNull(next.gradeProperty()));
      next.gradeProperty().addListener(regrade);
    }
    root.managedProperty().bind(root.visibleProperty());
    colour();
  }

  private void colour() {
    CallRow shown = row;
    CallQuality.Grade grade = shown == null ? null : shown.gradeProperty().get();
    for (Label l : new Label[] {root, dot}) {
      l.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
      if (grade != null) {
        l.getStyleClass().add(styleOf(grade));
      }
    }
  }

  private static String styleOf(CallQuality.Grade grade) {
    switch (grade) {
      case GOOD:
        return Styles.SUCCESS;
      case FAIR:
        return Styles.WARNING;
      default:
        return Styles.DANGER;
    }
  }
}
