package org.switchboard.app.boot;

import java.util.Map;
import javafx.application.Platform;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.testcall.TestCallTarget;
import org.switchboard.app.testcall.TestCallViewModel;
import org.switchboard.app.testcall.TestCallWindow;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;

/**
 * The workspace's "Test call": the customer's phone and its window, built when first opened. The
 * phone sends a 440 Hz tone as the customer's voice (so the agent hears someone) and plays what the
 * customer hears (the IVR's prompts, music on hold) on the speakers when there is a sound server.
 * It calls the local centre's entry number by default ({@code sip:100@127.0.0.1:5070}, the port
 * from {@code SWITCHBOARD_LOCAL_CENTRE_SIP_PORT} when the local-centre launcher set it). Used on
 * the JavaFX application thread.
 */
final class DesktopTestCall {
  /** The customer's RTP ports: beside the desktop's own 40000-40999. */
  static final int RTP_MIN = 41000;

  static final int RTP_MAX = 41099;

  private final Localizer text;
  private final Window owner;
  private final AudioParts audio;
  private final Map<String, String> env;
  private @Nullable SipCustomerPhone phone;
  private @Nullable TestCallWindow window;

  DesktopTestCall(Localizer text, Window owner, AudioParts audio, Map<String, String> env) {
    this.text = text;
    this.owner = owner;
    this.audio = audio;
    this.env = env;
  }

  /** Opens the window (or brings it forward). */
  void show() {
    TestCallWindow shown = window;
    if (shown == null) {
      AudioSink ear = audio.calls() == null ? new AudioSink.Discard() : new AudioSink.Device(null);
      SipCustomerPhone started =
          new SipCustomerPhone(
              new SipCustomerPhone.Settings(
                  0, RTP_MIN, RTP_MAX, new AudioSource.Tone(440), ear, audio.calls()));
      phone = started;
      TestCallViewModel vm =
          new TestCallViewModel(started, defaultTarget(env), text, Platform::runLater);
      shown = new TestCallWindow(vm, text, owner);
      Fonts.follow(shown.stage().getScene(), vm.rightToLeftProperty());
      window = shown;
    }
    shown.show();
  }

  /** The local centre's entry number, on the port the launcher names. */
  static TestCallTarget defaultTarget(Map<String, String> env) {
    String port = env.getOrDefault("SWITCHBOARD_LOCAL_CENTRE_SIP_PORT", "");
    try {
      return TestCallTarget.localCentre(port.isBlank() ? 5070 : Integer.parseInt(port.strip()));
    } catch (IllegalArgumentException e) {
      return TestCallTarget.localCentre(5070);
    }
  }

  /** Hangs up, closes the window and releases the phone. */
  void close() {
    if (window != null) {
      window.close();
    }
    if (phone != null) {
      phone.close();
    }
  }
}
