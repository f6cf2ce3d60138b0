package org.switchboard.app.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;

/** The Support section's decisions, without a toolkit. */
class SupportViewModelTest {
  @TempDir Path root;
  private BundleFixture fixture;
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final List<Path> suggested = new ArrayList<>();
  private final List<Runnable> ioQueue = new ArrayList<>();
  private final Executor io = ioQueue::add;

  @BeforeEach
  void plant() throws IOException {
    fixture = new BundleFixture(root);
  }

  private SupportViewModel model(Optional<Path> choice) {
    SaveLocationChooser chooser =
        s -> {
          suggested.add(s);
          return choice;
        };
    return new SupportViewModel(
        fixture.bundle(), chooser, root.resolve("home"), localizer, io, Runnable::run);
  }

  private void runIo() {
    List<Runnable> tasks = new ArrayList<>(ioQueue);
    ioQueue.clear();
    tasks.forEach(Runnable::run);
  }

  @Test
  void theChooserIsOfferedTheDefaultNameInTheHomeDirectory() {
    model(Optional.empty()).createBundle();

    assertThat(suggested)
        .containsExactly(
            root.resolve("home").resolve("switchboard-diagnostics-20261123-101530.zip"));
  }

  @Test
  void theBundleIsWrittenOffTheUiThreadAndItsPathShown() {
    Path target = root.resolve("ticket.zip");
    SupportViewModel vm = model(Optional.of(target));

    vm.createBundle();

    assertThat(target).doesNotExist();
    assertThat(vm.busyProperty().get()).isTrue();
    assertThat(vm.statusProperty().get()).isEqualTo("Creating the diagnostics bundle…");
    runIo();
    assertThat(target).isRegularFile();
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(vm.statusProperty().get()).isEqualTo("Diagnostics bundle saved:\n" + target);
    assertThat(vm.statusIsProblemProperty().get()).isFalse();
  }

  @Test
  void aSecondPressWhileWritingDoesNothing() {
    SupportViewModel vm = model(Optional.of(root.resolve("ticket.zip")));

    vm.createBundle();
    vm.createBundle();

    assertThat(ioQueue).hasSize(1);
    assertThat(suggested).hasSize(1);
  }

  @Test
  void cancellingTheChooserWritesNothing() {
    SupportViewModel vm = model(Optional.empty());

    vm.createBundle();

    assertThat(ioQueue).isEmpty();
    assertThat(vm.statusProperty().get()).isEmpty();
  }

  @Test
  void aFailureIsShownAsAProblemNamingTheFile() throws IOException {
    Path blocked = Files.writeString(root.resolve("plain"), "x").resolve("ticket.zip");
    SupportViewModel vm = model(Optional.of(blocked));

    vm.createBundle();
    runIo();

    assertThat(vm.statusProperty().get())
        .startsWith("Could not save the diagnostics bundle to " + blocked + ":\n");
    assertThat(vm.statusIsProblemProperty().get()).isTrue();
    assertThat(vm.busyProperty().get()).isFalse();
  }

  @Test
  void theOutcomeFollowsTheLanguage() {
    Path target = root.resolve("ticket.zip");
    SupportViewModel vm = model(Optional.of(target));
    vm.createBundle();
    runIo();

    localizer.languageProperty().set(Language.RUSSIAN);

    assertThat(vm.statusProperty().get()).isEqualTo("Диагностический пакет сохранён:\n" + target);
  }
}
