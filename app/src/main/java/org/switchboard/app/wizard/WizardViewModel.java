package org.switchboard.app.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.app.settings.SettingsViewModel;

/**
 * The first-run wizard's state: the page shown, whether Back, Next and Finish may be pressed (Next
 * not while the page is invalid; the account page also needs a password), and finishing, which
 * saves the settings and the password through the settings screen's {@link SettingsViewModel}.
 * Plain {@code javafx.beans}; JavaFX application thread.
 */
public final class WizardViewModel {
  private static final List<WizardPage> PAGES = List.of(WizardPage.values());

  private final SettingsViewModel form;
  private final Localizer localizer;
  private final ReadOnlyObjectWrapper<WizardPage> page =
      new ReadOnlyObjectWrapper<>(this, "page", WizardPage.LANGUAGE);
  private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
  private final ReadOnlyBooleanWrapper finishing = new ReadOnlyBooleanWrapper(this, "finishing");
  private final BooleanBinding pageValid;
  private final BooleanBinding canGoNext;
  private final BooleanBinding canGoBack;
  private final BooleanBinding lastPage;
  private final BooleanBinding canFinish;
  private final StringBinding problems;

  /**
   * @param form the settings screen's view model, built as for the screen (with the keychain); the
   *     wizard fills it and saves it
   */
  public WizardViewModel(SettingsViewModel form, Localizer localizer) {
    this.form = form;
    this.localizer = localizer;
    pageValid =
        Bindings.createBooleanBinding(
            () -> pageProblems().isEmpty(),
            page,
            form.account().problemsProperty(),
            form.account().passwordPresentProperty(),
            form.crm().problemsProperty(),
            form.validProperty());
    lastPage = Bindings.createBooleanBinding(() -> page.get() == WizardPage.DONE, page);
    canGoNext = lastPage.not().and(pageValid);
    canGoBack =
        Bindings.createBooleanBinding(
            () -> index() > 0 && !finishing.get() && !finished.get(), page, finishing, finished);
    canFinish = lastPage.and(form.canSaveProperty()).and(finishing.not()).and(finished.not());
    problems =
        Bindings.createStringBinding(
            () -> String.join("\n", pageProblems()),
            page,
            form.account().problemsProperty(),
            form.account().passwordPresentProperty(),
            form.crm().problemsProperty(),
            form.problemsTextProperty(),
            localizer.languageProperty());
  }

  /** Whether the wizard is due: there is no settings file yet. Reads the file system. */
  public static boolean needed(SettingsStore store) {
    return !store.exists();
  }

  /** The settings the wizard fills in. */
  public SettingsViewModel form() {
    return form;
  }

  public ReadOnlyObjectProperty<WizardPage> pageProperty() {
    return page.getReadOnlyProperty();
  }

  /** {@code Step 2 of 5: Account}, localised. */
  public ObservableStringValue stepProperty() {
    return Bindings.createStringBinding(
        () ->
            localizer.get(
                "wizard.step", index() + 1, PAGES.size(), localizer.get(page.get().titleKey())),
        page,
        localizer.languageProperty());
  }

  /** What keeps Next (or Finish) disabled on this page, each naming its field; empty if nothing. */
  public ObservableStringValue problemsProperty() {
    return problems;
  }

  public ObservableBooleanValue pageValidProperty() {
    return pageValid;
  }

  public ObservableBooleanValue canGoNextProperty() {
    return canGoNext;
  }

  public ObservableBooleanValue canGoBackProperty() {
    return canGoBack;
  }

  /** Whether this is the last page (Finish instead of Next). */
  public ObservableBooleanValue lastPageProperty() {
    return lastPage;
  }

  public ObservableBooleanValue canFinishProperty() {
    return canFinish;
  }

  /** True once Finish has saved the settings; the composition root then shows the desktop. */
  public ReadOnlyBooleanProperty finishedProperty() {
    return finished.getReadOnlyProperty();
  }

  /** Goes to the next page when this one is valid. */
  public void next() {
    if (canGoNext.get()) {
      go(PAGES.get(index() + 1));
    }
  }

  public void back() {
    if (canGoBack.get()) {
      go(PAGES.get(index() - 1));
    }
  }

  /**
   * Saves the settings and the password. Completes on the JavaFX thread: true once saved (then
   * {@link #finishedProperty()} holds); false when nothing was saved (the form's status says why
   * and Finish may be pressed again).
   */
  public CompletionStage<Boolean> finish() {
    if (!canFinish.get()) {
      return CompletableFuture.completedFuture(false);
    }
    finishing.set(true);
    return form.save()
        .thenApply(
            saved -> {
              finishing.set(false);
              if (saved) {
                form.audio().stopMeter();
                finished.set(true);
              }
              return saved;
            });
  }

  private void go(WizardPage next) {
    if (next == WizardPage.AUDIO) {
      form.audio().refresh();
      form.audio().startMeter();
    } else {
      form.audio().stopMeter();
    }
    page.set(next);
  }

  private int index() {
    return PAGES.indexOf(page.get());
  }

  private List<String> pageProblems() {
    List<String> found = new ArrayList<>();
    switch (page.get()) {
      case ACCOUNT:
        found.addAll(form.account().problemsProperty().getValue());
        if (!form.account().passwordPresentProperty().get()) {
          found.add(
              localizer.get(
                  "settings.fieldProblem",
                  localizer.get("settings.password"),
                  localizer.get("validation.required")));
        }
        break;
      case CRM:
        found.addAll(form.crm().problemsProperty().getValue());
        break;
      case DONE:
        String all = form.problemsTextProperty().get();
        if (!all.isEmpty()) {
          found.addAll(List.of(all.split("\n")));
        }
        break;
      case LANGUAGE:
      case AUDIO:
      default:
        break;
    }
    return found;
  }
}
