package org.switchboard.audio.internal.wav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.audio.internal.Signals;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.MediaException;

@Timeout(20)
class CallRecordingTest {
  private static final Duration DRAIN = Duration.ofSeconds(10);

  @TempDir Path dir;

  @ParameterizedTest(name = "at {0} Hz")
  @ValueSource(ints = {8000, 16000, 48000})
  void leftIsWhatWeSentAndRightWhatWeReceived(int rate) throws Exception {
    CallRecording recording =
        CallRecording.start(dir.resolve("call-{call}.wav"), new CallId("7"), rate);
    short[] sent = Signals.sine(600, rate, rate, 0.3);
    short[] received = Signals.sine(1400, rate, rate, 0.3);
    int frame = rate / 50;
    for (int f = 0; f < 50; f++) {
      recording.sent(Arrays.copyOfRange(sent, f * frame, (f + 1) * frame));
      recording.received(Arrays.copyOfRange(received, f * frame, (f + 1) * frame));
    }
    recording.close();

    assertThat(recording.awaitFinished(DRAIN)).isTrue();
    Path file = dir.resolve("call-7.wav");
    assertThat(recording.path()).isEqualTo(file);
    AudioFormat format = TestWavs.format(file);
    assertThat(format.getChannels()).isEqualTo(2);
    assertThat(format.getSampleRate()).isEqualTo(rate);
    short[] left = TestWavs.channel(file, 0);
    short[] right = TestWavs.channel(file, 1);
    assertThat(left).hasSize(rate);
    assertThat(Signals.dominantHz(left, rate / 4, rate / 2, rate)).isCloseTo(600, offset(2.0));
    assertThat(Signals.dominantHz(right, rate / 4, rate / 2, rate)).isCloseTo(1400, offset(2.0));
    assertThat(Signals.snrDb(left, 0, rate, 600, rate)).isGreaterThan(60);
    assertThat(recording.dropped()).isZero();
  }

  @Test
  void theTapsAreFrameOutputsOfEachDirection() throws Exception {
    CallRecording recording = CallRecording.start(dir.resolve("taps.wav"), new CallId("t"), 8000);
    FrameOutput sent = recording.sentTap();
    FrameOutput received = recording.receivedTap();
    short[] tone = Signals.sine(1000, 8000, 160, 0.3);
    for (int f = 0; f < 25; f++) {
      sent.write(tone);
      received.write(new short[160]);
    }
    sent.close();
    recording.close();

    assertThat(recording.awaitFinished(DRAIN)).isTrue();
    assertThat(sent.sampleRate()).isEqualTo(8000);
    assertThat(Signals.rms(TestWavs.channel(recording.path(), 0), 0, 4000)).isGreaterThan(5000);
    assertThat(Signals.rms(TestWavs.channel(recording.path(), 1), 0, 4000)).isZero();
  }

  @Test
  void whileOnHoldReceivedAudioIsStillRecordedAgainstSilence() throws Exception {
    CallRecording recording = CallRecording.start(dir.resolve("hold.wav"), new CallId("h"), 8000);
    short[] tone = Signals.sine(1000, 8000, 160, 0.3);
    for (int f = 0; f < 100; f++) {
      recording.received(tone); // nothing is sent on hold
    }
    recording.close();

    assertThat(recording.awaitFinished(DRAIN)).isTrue();
    short[] left = TestWavs.channel(recording.path(), 0);
    short[] right = TestWavs.channel(recording.path(), 1);
    assertThat(right).hasSize(100 * 160);
    assertThat(Signals.rms(left, 0, left.length)).isZero();
    assertThat(Signals.dominantHz(right, 0, 8000, 8000)).isCloseTo(1000, offset(2.0));
  }

  @Test
  void everyFrameIsEitherWrittenOrCountedAsDropped() throws Exception {
    CallRecording recording =
        CallRecording.start(dir.resolve("full.wav"), new CallId("f"), 8000, 1);
    short[] frame = new short[160];
    for (int f = 0; f < 20_000; f++) {
      recording.sent(frame);
      recording.received(frame);
    }
    recording.close();
    recording.sent(frame); // after close: dropped

    assertThat(recording.awaitFinished(DRAIN)).isTrue();
    long written = (Files.size(recording.path()) - 44) / 4 / 160; // stereo frames
    long accepted = 40_001 - recording.dropped();
    assertThat(recording.dropped()).isPositive();
    // Each stereo frame holds one accepted frame of each side, or one of one side and silence.
    assertThat(written).isBetween((accepted + 1) / 2, accepted);
  }

  @Test
  void aFileThatCannotBeCreatedIsNamed() throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("plain"), "x");
    Path target = notADirectory.resolve("call.wav");

    assertThatThrownBy(() -> CallRecording.start(target, new CallId("x"), 8000))
        .isInstanceOf(MediaException.class)
        .hasMessageContaining(target.toString());
  }
}
