package org.switchboard.app.call;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.call.CallId;
import org.switchboard.testkit.ManualClock;

/**
 * What the call panel view-model tests share: fakes for the call port and the directory, a manual
 * clock, and the steps they take again and again.
 */
abstract class CallPanelTestSupport {
  private static final Instant T0 = Instant.parse("2025-03-14T09:00:00Z");

  final ManualClock clock = new ManualClock(T0);
  final FakeCallControl control = new FakeCallControl();
  final FakeTransferDirectory directory = new FakeTransferDirectory();
  final Localizer localizer = new Localizer(Language.ENGLISH);
  final CallsModel calls = new CallsModel(control, Runnable::run, clock);
  final CallPanelViewModel vm =
      new CallPanelViewModel(calls, directory, localizer, Runnable::run, clock);

  @BeforeEach
  void start() {
    calls.start();
  }

  static CallId id(String value) {
    return new CallId(value);
  }

  CallRow row(String call) {
    return vm.rows().stream()
        .filter(r -> r.entry().id().value().equals(call))
        .findFirst()
        .orElseThrow(() -> new AssertionError(call + " is not listed"));
  }

  String active() {
    CallRow row = vm.activeRowProperty().get();
    return row == null ? "none" : row.entry().id().value();
  }

  void talkingToAnn() {
    control.talking("c1", "Ann Caller", "+4930901820");
    control.take();
  }

  void search(String text) {
    vm.transfer().searchProperty().set(text);
  }

  void choose(String name) {
    TransferTargetRow target =
        vm.transfer().targets().stream()
            .filter(t -> t.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError(name + " is not offered"));
    vm.transfer().selectedProperty().set(target);
  }

  void consultGrace() {
    talkingToAnn();
    vm.openTransfer();
    search("grace");
    choose("Grace Hopper");
    vm.consult();
  }
}
