package org.switchboard.audio.internal.wav;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.switchboard.core.media.MediaException;

/**
 * Reads a whole 16-bit PCM WAV file (mono or stereo, 8 to 192 kHz) into memory as mono samples,
 * refusing anything else with a message that names the file and what is wrong with it. Files are
 * capped in size because they are held in memory for the whole call. Thread-safe (stateless).
 */
final class WavReader {
  /** 32 MiB: about three minutes of CD-quality stereo, over half an hour of 8 kHz mono. */
  static final long MAX_BYTES = 32L << 20;

  private static final int PCM = 1;
  private static final int EXTENSIBLE = 0xFFFE;

  private WavReader() {}

  /** The samples of {@code file}, stereo averaged to mono, at the file's own rate. */
  static MonoSamples read(Path file) {
    return read(file, MAX_BYTES);
  }

  static MonoSamples read(Path file, long maxBytes) {
    ByteBuffer bytes = ByteBuffer.wrap(load(file, maxBytes)).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.remaining() < 12 || bytes.getInt() != tag("RIFF")) {
      throw refuse(file, "is not a WAV file (no RIFF header)");
    }
    bytes.getInt(); // RIFF size: often wrong in files written by crashed recorders; not needed
    if (bytes.getInt() != tag("WAVE")) {
      throw refuse(file, "is not a WAV file (RIFF but not WAVE)");
    }
    WavFormat format = null;
    while (bytes.remaining() >= 8) {
      int id = bytes.getInt();
      long size = bytes.getInt() & 0xffffffffL;
      if (size > bytes.remaining()) {
        throw refuse(
            file,
            "is truncated: a chunk claims " + size + " bytes, " + bytes.remaining() + " are left");
      }
      ByteBuffer chunk = bytes.slice().order(ByteOrder.LITTLE_ENDIAN).limit((int) size);
      if (id == tag("fmt ")) {
        format = WavFormat.parse(chunk, file);
      } else if (id == tag("data")) {
        if (format == null) {
          throw refuse(file, "has its data before its fmt chunk");
        }
        return format.toMono(chunk, file);
      }
      bytes.position(bytes.position() + (int) Math.min(bytes.remaining(), size + (size & 1)));
    }
    throw refuse(file, format == null ? "has no fmt chunk" : "has no data chunk");
  }

  private static byte[] load(Path file, long maxBytes) {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw refuse(file, "is too large (" + size + " bytes; at most " + maxBytes + ")");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw refuse(file, "does not exist");
    } catch (IOException e) {
      throw new MediaException("cannot read WAV file " + file + ": " + e, e);
    }
  }

  static MediaException refuse(Path file, String what) {
    return new MediaException("WAV file " + file + " " + what);
  }

  private static int tag(String fourCc) {
    return (fourCc.charAt(0) & 0xff)
        | (fourCc.charAt(1) & 0xff) << 8
        | (fourCc.charAt(2) & 0xff) << 16
        | (fourCc.charAt(3) & 0xff) << 24;
  }

  /** The fmt chunk's facts that matter, checked. */
  private record WavFormat(int channels, int sampleRate) {
    static WavFormat parse(ByteBuffer fmt, Path file) {
      if (fmt.remaining() < 16) {
        throw refuse(file, "has a fmt chunk of " + fmt.remaining() + " bytes (at least 16)");
      }
      int formatTag = fmt.getShort(0) & 0xffff;
      int channels = fmt.getShort(2);
      int rate = fmt.getInt(4);
      int bits = fmt.getShort(14);
      if (formatTag == EXTENSIBLE && fmt.remaining() >= 26) {
        formatTag = fmt.getShort(24) & 0xffff; // the sub-format GUID starts with the format tag
      }
      if (formatTag != PCM || bits != 16) {
        throw refuse(
            file,
            "is not 16-bit PCM (format "
                + formatTag
                + ", "
                + bits
                + " bits); convert it, e.g. with: sox IN -b 16 -e signed-integer OUT.wav");
      }
      if (channels != 1 && channels != 2) {
        throw refuse(file, "has " + channels + " channels; only mono and stereo are supported");
      }
      if (rate < 8000 || rate > 192_000) {
        throw refuse(file, "has an unsupported sample rate of " + rate + " Hz");
      }
      return new WavFormat(channels, rate);
    }

    MonoSamples toMono(ByteBuffer data, Path file) {
      int frames = data.remaining() / (2 * channels);
      if (frames == 0) {
        throw refuse(file, "holds no audio");
      }
      short[] mono = new short[frames];
      for (int i = 0; i < frames; i++) {
        int sum = 0;
        for (int c = 0; c < channels; c++) {
          sum += data.getShort((i * channels + c) * 2);
        }
        mono[i] = (short) (sum / channels);
      }
      return new MonoSamples(mono, sampleRate);
    }
  }
}
