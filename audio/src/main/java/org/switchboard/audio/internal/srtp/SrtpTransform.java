package org.switchboard.audio.internal.srtp;

import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jitsi.srtp.SrtcpCryptoContext;
import org.jitsi.srtp.SrtpContextFactory;
import org.jitsi.srtp.SrtpCryptoContext;
import org.jitsi.srtp.SrtpErrorStatus;
import org.jitsi.srtp.SrtpPolicy;
import org.jitsi.utils.logging2.LoggerImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.media.SrtpSuite;

/**
 * SRTP and SRTCP (RFC 3711; AES-GCM per RFC 7714) on jitsi-srtp, with one master key per direction:
 * ours protects what we send, the peer's unprotects what we receive. Replay protection is on for
 * received packets. Failures never throw: a packet that cannot be protected or fails authentication
 * or the replay check yields -1 and is dropped.
 *
 * <p>Sending methods run on {@code switchboard-media-clock}, receiving ones on {@code
 * switchboard-rtp-receive}; each direction has its own contexts, keyed by SSRC.
 */
public final class SrtpTransform implements PacketTransform, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SrtpTransform.class);
  private static final int RTP_HEADER = 12;
  private static final int RTCP_HEADER = 8;
  private static final int SRTCP_INDEX = 4;

  /** A peer that keeps changing SSRC must not make us derive keys without end. */
  private static final int MAX_RECEIVE_SSRCS = 16;

  private final SrtpSuite suite;
  private final SrtpContextFactory sender;
  private final SrtpContextFactory receiver;
  private final Map<Integer, SrtpCryptoContext> sendRtp = new ConcurrentHashMap<>();
  private final Map<Integer, SrtcpCryptoContext> sendRtcp = new ConcurrentHashMap<>();
  private final Map<Integer, SrtpCryptoContext> receiveRtp = new ConcurrentHashMap<>();
  private final Map<Integer, SrtcpCryptoContext> receiveRtcp = new ConcurrentHashMap<>();

  /**
   * @param suite the negotiated suite
   * @param sendKey our master key and salt, concatenated
   * @param receiveKey the peer's master key and salt, concatenated
   */
  public SrtpTransform(SrtpSuite suite, byte[] sendKey, byte[] receiveKey) {
    this.suite = suite;
    this.sender = factory(suite, sendKey, true);
    this.receiver = factory(suite, receiveKey, false);
  }

  private static SrtpContextFactory factory(SrtpSuite suite, byte[] keyAndSalt, boolean sender) {
    int keyLength = suite.masterKeyLength();
    if (keyAndSalt.length != keyLength + suite.masterSaltLength()) {
      throw new IllegalArgumentException(
          suite + " needs " + (keyLength + suite.masterSaltLength()) + " bytes of key and salt");
    }
    byte[] key = java.util.Arrays.copyOfRange(keyAndSalt, 0, keyLength);
    byte[] salt = java.util.Arrays.copyOfRange(keyAndSalt, keyLength, keyAndSalt.length);
    return new SrtpContextFactory(
        sender,
        key,
        salt,
        policy(suite, suite.rtpTagLength()),
        policy(suite, suite.rtcpTagLength()),
        new LoggerImpl(SrtpTransform.class.getName()));
  }

  private static SrtpPolicy policy(SrtpSuite suite, int tagLength) {
    SrtpPolicy policy =
        suite.isAead()
            ? new SrtpPolicy(
                SrtpPolicy.AESGCM_ENCRYPTION,
                suite.masterKeyLength(),
                SrtpPolicy.NULL_AUTHENTICATION,
                0,
                tagLength,
                suite.masterSaltLength())
            : new SrtpPolicy(
                SrtpPolicy.AESCM_ENCRYPTION,
                suite.masterKeyLength(),
                SrtpPolicy.HMACSHA1_AUTHENTICATION,
                20,
                tagLength,
                suite.masterSaltLength());
    policy.setReceiveReplayEnabled(true);
    return policy;
  }

  @Override
  public int protectRtp(byte[] packet, int length) {
    if (length < RTP_HEADER || packet.length - length < suite.rtpTagLength()) {
      return -1;
    }
    try {
      int ssrc = ssrc(packet, 8);
      SrtpCryptoContext context = sendRtp.get(ssrc);
      if (context == null) {
        context = sender.deriveContext(ssrc, 0);
        sendRtp.put(ssrc, context);
      }
      PacketBuffer buffer = new PacketBuffer(packet, length);
      return finish(context.transformPacket(buffer), buffer);
    } catch (GeneralSecurityException | RuntimeException e) {
      LOG.debug("SRTP protect failed: {}", e.toString());
      return -1;
    }
  }

  @Override
  public int protectRtcp(byte[] packet, int length) {
    if (length < RTCP_HEADER || packet.length - length < suite.rtcpTagLength() + SRTCP_INDEX) {
      return -1;
    }
    try {
      SrtcpCryptoContext context =
          sendRtcp.computeIfAbsent(ssrc(packet, 4), s -> controlContext(sender, s));
      PacketBuffer buffer = new PacketBuffer(packet, length);
      return finish(context.transformPacket(buffer), buffer);
    } catch (GeneralSecurityException | RuntimeException e) {
      LOG.debug("SRTCP protect failed: {}", e.toString());
      return -1;
    }
  }

  @Override
  public int unprotectRtp(byte[] packet, int length) {
    if (length < RTP_HEADER + suite.rtpTagLength()) {
      return -1;
    }
    try {
      int ssrc = ssrc(packet, 8);
      SrtpCryptoContext context = receiveRtp.get(ssrc);
      if (context == null) {
        if (receiveRtp.size() >= MAX_RECEIVE_SSRCS) {
          return -1;
        }
        context = receiver.deriveContext(ssrc, 0);
        receiveRtp.put(ssrc, context);
      }
      PacketBuffer buffer = new PacketBuffer(packet, length);
      return finish(context.reverseTransformPacket(buffer, false), buffer);
    } catch (GeneralSecurityException | RuntimeException e) {
      LOG.debug("SRTP unprotect failed: {}", e.toString());
      return -1;
    }
  }

  @Override
  public int unprotectRtcp(byte[] packet, int length) {
    if (length < RTCP_HEADER + SRTCP_INDEX + suite.rtcpTagLength()) {
      return -1;
    }
    try {
      int ssrc = ssrc(packet, 4);
      SrtcpCryptoContext context = receiveRtcp.get(ssrc);
      if (context == null) {
        if (receiveRtcp.size() >= MAX_RECEIVE_SSRCS) {
          return -1;
        }
        context = controlContext(receiver, ssrc);
        receiveRtcp.put(ssrc, context);
      }
      PacketBuffer buffer = new PacketBuffer(packet, length);
      return finish(context.reverseTransformPacket(buffer), buffer);
    } catch (GeneralSecurityException | RuntimeException e) {
      LOG.debug("SRTCP unprotect failed: {}", e.toString());
      return -1;
    }
  }

  private static SrtcpCryptoContext controlContext(SrtpContextFactory factory, int ssrc) {
    try {
      return factory.deriveControlContext(ssrc);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot derive SRTCP keys", e);
    }
  }

  private static int finish(SrtpErrorStatus status, PacketBuffer buffer) {
    return status == SrtpErrorStatus.OK ? buffer.getLength() : -1;
  }

  private static int ssrc(byte[] packet, int offset) {
    return ((packet[offset] & 0xff) << 24)
        | ((packet[offset + 1] & 0xff) << 16)
        | ((packet[offset + 2] & 0xff) << 8)
        | (packet[offset + 3] & 0xff);
  }

  /** Forgets the keys. */
  @Override
  public void close() {
    sender.close();
    receiver.close();
  }

  @Override
  public String toString() {
    return "SrtpTransform[" + suite + ", keys redacted]";
  }
}
