package org.switchboard.audio.internal.srtp;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An independent, test-only rendering of RFC 3711's AES counter mode, key derivation and SRTP
 * packet format on the JDK's AES and HMAC-SHA1, to check jitsi-srtp through our transform.
 */
final class Rfc3711 {
  private Rfc3711() {}

  static byte[] hex(String text) {
    return HexFormat.of().parseHex(text.replace(" ", ""));
  }

  /** AES-CM keystream of {@code length} bytes from a 128-bit {@code iv} (RFC 3711 4.1.1). */
  static byte[] keystream(byte[] key, byte[] iv, int length) throws Exception {
    Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
    aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
    return aes.doFinal(new byte[length]);
  }

  /** A session key for {@code label} at index 0 (RFC 3711 4.3.1, key derivation rate 0). */
  static byte[] sessionKey(byte[] masterKey, byte[] masterSalt, int label, int length)
      throws Exception {
    byte[] iv = new byte[16];
    System.arraycopy(masterSalt, 0, iv, 0, masterSalt.length); // a 96-bit salt is zero-padded
    iv[7] ^= (byte) label;
    return keystream(masterKey, iv, length);
  }

  /**
   * SRTP-protects an RTP packet with AEAD_AES_128_GCM (RFC 7714 section 8): ROC 0, the header as
   * associated data, a 16-byte tag.
   */
  static byte[] protectGcm(byte[] masterKey, byte[] masterSalt, byte[] rtp) throws Exception {
    byte[] encKey = sessionKey(masterKey, masterSalt, 0, 16);
    byte[] salt = sessionKey(masterKey, masterSalt, 2, 12);
    byte[] iv = new byte[12];
    System.arraycopy(rtp, 8, iv, 2, 4); // SSRC; ROC 0 in bytes 6-9
    iv[10] = rtp[2];
    iv[11] = rtp[3];
    for (int i = 0; i < 12; i++) {
      iv[i] ^= salt[i];
    }
    Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
    gcm.init(
        Cipher.ENCRYPT_MODE,
        new SecretKeySpec(encKey, "AES"),
        new javax.crypto.spec.GCMParameterSpec(128, iv));
    gcm.updateAAD(rtp, 0, 12);
    byte[] sealed = gcm.doFinal(rtp, 12, rtp.length - 12);
    byte[] out = Arrays.copyOf(rtp, 12 + sealed.length);
    System.arraycopy(sealed, 0, out, 12, sealed.length);
    return out;
  }

  /** SRTP-protects an RTP packet with ROC 0 and an 80- or 32-bit tag. */
  static byte[] protect(byte[] masterKey, byte[] masterSalt, byte[] rtp, int tagLength)
      throws Exception {
    byte[] encKey = sessionKey(masterKey, masterSalt, 0, 16);
    byte[] authKey = sessionKey(masterKey, masterSalt, 1, 20);
    byte[] salt = sessionKey(masterKey, masterSalt, 2, 14);
    byte[] iv = new byte[16];
    System.arraycopy(salt, 0, iv, 0, 14);
    for (int i = 0; i < 4; i++) {
      iv[4 + i] ^= rtp[8 + i]; // SSRC
    }
    iv[12] ^= rtp[2]; // sequence number (ROC 0)
    iv[13] ^= rtp[3];
    byte[] stream = keystream(encKey, iv, rtp.length - 12);
    byte[] out = Arrays.copyOf(rtp, rtp.length + tagLength);
    for (int i = 12; i < rtp.length; i++) {
      out[i] ^= stream[i - 12];
    }
    Mac hmac = Mac.getInstance("HmacSHA1");
    hmac.init(new SecretKeySpec(authKey, "HmacSHA1"));
    hmac.update(out, 0, rtp.length);
    byte[] tag = hmac.doFinal(ByteBuffer.allocate(4).putInt(0).array());
    System.arraycopy(tag, 0, out, rtp.length, tagLength);
    return out;
  }
}
