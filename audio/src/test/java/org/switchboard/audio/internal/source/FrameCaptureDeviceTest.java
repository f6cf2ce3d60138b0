package org.switchboard.audio.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.media.Buffer;
import javax.media.format.AudioFormat;
import javax.media.protocol.PushBufferStream;
import org.junit.jupiter.api.Test;

class FrameCaptureDeviceTest {
  @Test
  void pushesOne20MillisecondFrameOf8kMono16BitEvery20Milliseconds() throws Exception {
    FrameCaptureDevice device = new FrameCaptureDevice(new ToneFrames(1000), "t1");
    device.connect();
    PushBufferStream stream = device.getStreams()[0];
    List<Buffer> frames = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    stream.setTransferHandler(
        s -> {
          Buffer buffer = new Buffer();
          try {
            s.read(buffer);
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
          frames.add(buffer);
          threads.add(Thread.currentThread().getName());
        });

    device.start();
    Thread.sleep(1000);
    device.stop();
    int count = frames.size();
    Thread.sleep(100);
    device.disconnect();

    assertThat(count).isBetween(45, 55);
    assertThat(frames.size()).as("nothing after stop").isLessThanOrEqualTo(count + 1);
    Buffer first = frames.get(0);
    assertThat(first.getLength()).isEqualTo(320);
    AudioFormat format = (AudioFormat) first.getFormat();
    assertThat(format.getSampleRate()).isEqualTo(8000.0);
    assertThat(format.getSampleSizeInBits()).isEqualTo(16);
    assertThat(format.getChannels()).isEqualTo(1);
    assertThat(format.getEndian()).isEqualTo(AudioFormat.LITTLE_ENDIAN);
    assertThat(threads).containsOnly("switchboard-source-t1");
    assertThat(frames.get(1).getSequenceNumber()).isEqualTo(first.getSequenceNumber() + 1);
  }
}
