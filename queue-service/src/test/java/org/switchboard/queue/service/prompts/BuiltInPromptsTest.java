package org.switchboard.queue.service.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.testkit.ToneAnalysis;

/** The committed recordings are what ships: they are complete, well-formed and audible. */
class BuiltInPromptsTest {
  private static final PromptLibrary LIBRARY = PromptLibrary.builtIn();
  private static final List<String> KEYS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#");

  @ParameterizedTest
  @ValueSource(strings = {"en", "fa"})
  void everyPromptTheServiceAndTheSampleIvrPlayIsRecordedInTheLanguageItself(String language) {
    List<String> missing = new ArrayList<>();
    for (String name : everyPromptSaidIn(language)) {
      if (LIBRARY.find(name, language).isEmpty()) {
        missing.add(name);
      }
    }

    assertThat(missing).as("prompts without a %s recording", language).isEmpty();
    assertThat(everyPromptSaidIn(language)).hasSizeGreaterThan(40);
  }

  @Test
  void defaultMusicOnHoldIsAnAudibleLoopOfTwentyToThirtySeconds() throws Exception {
    Path music = asPath(LIBRARY.music("default"));
    ToneAnalysis analysis = ToneAnalysis.of(music);

    assertThat(analysis.seconds()).isBetween(20.0, 30.0);
    assertThat(analysis.rms()).isGreaterThan(0.05);
    assertThat(LIBRARY.available().get(PromptLibrary.MUSIC)).contains("default");
  }

  @Test
  void everyFileIsEightKilohertzMonoSixteenBitPcmAndNotSilent() throws Exception {
    int checked = 0;
    for (Map.Entry<String, SortedSet<String>> language : LIBRARY.available().entrySet()) {
      for (String name : language.getValue()) {
        Path file = asPath(LIBRARY.find(name, language.getKey()).orElseThrow());
        AudioFormat format = formatOf(file);
        ToneAnalysis analysis = ToneAnalysis.of(file);

        assertThat(format.getEncoding())
            .as(file.toString())
            .isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
        assertThat(format.getSampleSizeInBits()).as(file.toString()).isEqualTo(16);
        assertThat(format.getChannels()).as(file.toString()).isEqualTo(1);
        assertThat(format.getSampleRate()).as(file.toString()).isEqualTo(8000f);
        assertThat(analysis.rms()).as("RMS of %s", file).isGreaterThan(0.03);
        assertThat(analysis.seconds()).as(file.toString()).isBetween(0.2, 30.0);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void theIndexListsExactlyTheFilesBesideIt() throws Exception {
    Path root = builtInRoot();
    SortedSet<String> files = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> p.toString().endsWith(".wav"))
          .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
    }
    List<String> index = Files.readAllLines(root.resolve("index.txt"));

    assertThat(index).containsExactlyElementsOf(files);
  }

  @Test
  void theWholeSetStaysSmall() throws Exception {
    Path root = builtInRoot();
    long bytes;
    try (Stream<Path> walk = Files.walk(root)) {
      bytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }

    assertThat(bytes).isLessThan(4L << 20);
  }

  /** What the service, its announcements and the sample IVR can ask for in {@code language}. */
  private static SortedSet<String> everyPromptSaidIn(String language) {
    SortedSet<String> names = new TreeSet<>(PromptNames.SAMPLE_IVR);
    names.addAll(
        List.of(
            PromptNames.INVALID,
            PromptNames.NO_INPUT,
            PromptNames.GOODBYE,
            PromptNames.AGENTS_BUSY,
            PromptNames.CALLBACK_RECORDED,
            PromptNames.TRANSFERRING));
    Announcement announcement = Announcement.in(language);
    for (int position = 1; position <= Announcement.MAX_SPOKEN_POSITION; position++) {
      names.addAll(announcement.position(position));
    }
    for (int seconds = 0; seconds <= 70 * 60; seconds += 15) {
      names.addAll(
          announcement.expectedWait(new ExpectedWait(java.time.Duration.ofSeconds(seconds))));
    }
    for (String key : KEYS) {
      names.addAll(announcement.callbackOffer(key.charAt(0)));
    }
    return names;
  }

  private static AudioFormat formatOf(Path file) throws IOException, UnsupportedAudioFileException {
    AudioFileFormat fileFormat = AudioSystem.getAudioFileFormat(file.toFile());
    assertThat(fileFormat.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
    return fileFormat.getFormat();
  }

  private static Path builtInRoot() throws URISyntaxException {
    URL index =
        Objects.requireNonNull(
            BuiltInPromptsTest.class.getClassLoader().getResource("prompts/index.txt"));
    return Objects.requireNonNull(Path.of(index.toURI()).getParent());
  }

  private static Path asPath(PromptAudio audio) throws URISyntaxException {
    // The tests run from target/classes, so built-in recordings are files here.
    return Path.of(Objects.requireNonNull(audio.source()).toURI());
  }
}
