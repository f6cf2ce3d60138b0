package org.switchboard.app.tones;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToneRingerTest {
  @Test
  void ringsTheRingtoneFromStartToStop() {
    RecordingTonePlayer tones = new RecordingTonePlayer();
    ToneRinger ringer = new ToneRinger(tones);

    ringer.stop();
    ringer.start();
    ringer.start();
    ringer.stop();
    ringer.stop();

    assertThat(tones.log).containsExactly("start RINGTONE", "stop RINGTONE");
  }
}
