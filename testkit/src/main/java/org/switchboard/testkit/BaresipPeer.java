package org.switchboard.testkit;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One baresip peer of the lab: who it is, how to control it, and where its recordings go. Every
 * peer registers with the lab's Kamailio, answers every call at once, sends a sine tone of {@link
 * #toneHz()} over PCMU (with telephone-event offered) and records each call.
 *
 * <p>Recordings: baresip's {@code sndfile} module writes {@code dump-<start time>-dec.wav} (what
 * the peer heard) and {@code dump-<start time>-enc.wav} (what it sent), 8 kHz mono 16-bit, closed
 * when the call ends. The start time has one-second resolution, so two calls that start within the
 * same second share (and overwrite) one pair of files.
 *
 * @param user its SIP user, e.g. {@code 2001}
 * @param host the loopback address it binds (the lab's address), e.g. {@code 127.0.0.1}
 * @param sipPort its SIP port on {@code host} (UDP and TCP; TLS on the next port)
 * @param controlPort its {@code ctrl_tcp} port on {@code host}
 * @param toneHz the frequency of the sine it sends in every call
 * @param recordingDir where its recordings go
 */
public record BaresipPeer(
    String user, String host, int sipPort, int controlPort, double toneHz, Path recordingDir) {

  /**
   * Connects to the peer's control port (5 s connect timeout). The caller closes the client.
   * baresip serves one control client at a time: connecting closes the previous client's
   * connection.
   */
  public BaresipControl control() {
    return BaresipControl.connect(host, controlPort, Duration.ofSeconds(5));
  }

  /** The peer's address of record in {@code domain}, e.g. {@code sip:2002@127.0.0.1}. */
  public String sipUri(String domain) {
    return "sip:" + user + "@" + domain;
  }

  /**
   * The newest recording of what the peer heard, once complete.
   *
   * @throws AssertionError when none appears or it keeps growing within {@code timeout}
   */
  public Path latestReceivedRecording(Duration timeout) {
    return RecordingFiles.awaitNewest(recordingDir, "-dec.wav", timeout);
  }

  /**
   * The newest recording of what the peer sent, once complete.
   *
   * @throws AssertionError when none appears or it keeps growing within {@code timeout}
   */
  public Path latestSentRecording(Duration timeout) {
    return RecordingFiles.awaitNewest(recordingDir, "-enc.wav", timeout);
  }

  /** Deletes the peer's recordings, so that "latest" can only mean a call made afterwards. */
  public void clearRecordings() {
    RecordingFiles.deleteAll(recordingDir);
  }
}
