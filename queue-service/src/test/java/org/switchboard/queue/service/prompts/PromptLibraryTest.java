package org.switchboard.queue.service.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.queue.service.definitions.EntryPoint;
import org.switchboard.queue.service.definitions.IvrChoice;
import org.switchboard.queue.service.definitions.IvrStep;

class PromptLibraryTest {
  @TempDir Path site;

  private final PromptLibrary builtIn = PromptLibrary.builtIn();

  @Test
  void aPromptIsFoundInTheCallersLanguage() {
    PromptAudio audio = builtIn.resolve("main-menu", "fa", "en");

    assertThat(audio.language()).isEqualTo("fa");
    assertThat(audio.source().getPath()).endsWith("/prompts/fa/main-menu.wav");
  }

  @Test
  void aPromptMissingInTheCallersLanguageComesFromTheFallback() throws Exception {
    TestWavFiles.tone(site.resolve("de/welcome.wav"), 8000);
    PromptLibrary library = PromptLibrary.withSiteDirectory(site);

    assertThat(library.resolve("welcome", "de", "en").language()).isEqualTo("de");
    assertThat(library.resolve("main-menu", "de", "en").language()).isEqualTo("en");
    assertThat(library.resolveAll(List.of("welcome", "goodbye"), "de", "en"))
        .extracting(PromptAudio::language)
        .containsExactly("de", "en");
  }

  @Test
  void aPromptMissingInBothLanguagesIsAnErrorNamingPromptAndLanguages() {
    assertThatThrownBy(() -> builtIn.resolve("opening-hours", "fa", "en"))
        .isInstanceOf(MissingPromptException.class)
        .hasMessage(
            "no recording of prompt 'opening-hours' in language 'fa' nor in the fallback language"
                + " 'en'");
    assertThatThrownBy(() -> builtIn.music("jazz"))
        .isInstanceOf(MissingPromptException.class)
        .hasMessageContaining("'jazz'");
  }

  @Test
  void aSitesRecordingsOverrideAndExtendTheBuiltInOnes() throws Exception {
    Path welcome = TestWavFiles.tone(site.resolve("en/welcome.wav"), 16000);
    TestWavFiles.tone(site.resolve("en/opening-hours.wav"), 8000);
    TestWavFiles.tone(site.resolve("music/jazz.wav"), 8000);
    Files.writeString(site.resolve("README.txt"), "our own recordings");
    PromptLibrary library = PromptLibrary.withSiteDirectory(site);

    assertThat(library.resolve("welcome", "en", "en").source()).isEqualTo(welcome.toUri().toURL());
    assertThat(library.resolve("welcome", "fa", "en").source().getPath())
        .endsWith("/prompts/fa/welcome.wav");
    assertThat(library.available().get("en")).contains("opening-hours", "welcome", "main-menu");
    assertThat(library.available().get("music")).containsExactly("default", "jazz");
    assertThat(library.music("jazz").source())
        .isEqualTo(site.resolve("music/jazz.wav").toUri().toURL());
  }

  @Test
  void aSiteFileTheEngineCannotPlayIsRefusedNamingIt() throws Exception {
    Path eightBit = TestWavFiles.eightBit(site.resolve("en/welcome.wav"));

    assertThatThrownBy(() -> PromptLibrary.withSiteDirectory(site))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(eightBit.toString())
        .hasMessageContaining("16-bit PCM");
  }

  @Test
  void aSiteFileThatIsNotAudioIsRefusedNamingIt() throws Exception {
    Files.createDirectories(site.resolve("fa"));
    Path text = Files.writeString(site.resolve("fa/welcome.wav"), "hello");

    assertThatThrownBy(() -> PromptLibrary.withSiteDirectory(site))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text.toString())
        .hasMessageContaining("not a WAV file");
  }

  @Test
  void badFolderAndFileNamesAreRefusedNamingThem() throws Exception {
    TestWavFiles.tone(site.resolve("English/welcome.wav"), 8000);
    assertThatThrownBy(() -> PromptLibrary.withSiteDirectory(site))
        .hasMessageContaining("English")
        .hasMessageContaining("language code");

    Path other = Files.createDirectory(site.resolve("other"));
    Path badName = TestWavFiles.tone(other.resolve("en/Welcome Back.wav"), 8000);
    assertThatThrownBy(() -> PromptLibrary.withSiteDirectory(other))
        .hasMessageContaining(badName.toString())
        .hasMessageContaining("lowercase letters");
    assertThatThrownBy(() -> PromptLibrary.withSiteDirectory(site.resolve("absent")))
        .hasMessageContaining("is not a directory");
  }

  @Test
  void aRecordingInsideAJarIsCopiedOnceToBeReadAsAFile() throws Exception {
    Path jar = site.resolve("prompts.jar");
    byte[] wav = Files.readAllBytes(TestWavFiles.tone(site.resolve("tone.wav"), 8000));
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("prompts/en/welcome.wav"));
      out.write(wav);
      out.closeEntry();
    }
    PromptAudio audio =
        new PromptAudio(
            "welcome", "en", new URL("jar:" + jar.toUri() + "!/prompts/en/welcome.wav"));

    Path copy = audio.asFile(site.resolve("cache"));

    assertThat(copy).isEqualTo(site.resolve("cache/en/welcome.wav"));
    assertThat(Files.readAllBytes(copy)).isEqualTo(wav);
    assertThat(audio.asFile(site.resolve("cache"))).isEqualTo(copy);
    try (InputStream in = audio.open()) {
      assertThat(in.readAllBytes()).isEqualTo(wav);
    }
    PromptAudio file = builtIn.resolve("goodbye", "en", "en");
    assertThat(file.asFile(site.resolve("cache"))).isEqualTo(Path.of(file.source().toURI()));
  }

  @Test
  void anEntryPointsMissingPromptsAreListedPerLanguage() {
    IvrStep menu =
        new IvrStep(
            "menu",
            "opening-hours",
            Map.of("1", IvrChoice.toQueue("sales")),
            null,
            0,
            0,
            Duration.ofSeconds(5),
            "*",
            3,
            null,
            IvrChoice.toQueue("sales"));
    EntryPoint complete =
        new EntryPoint(
            "main", List.of("100"), List.of("en", "fa"), "welcome", "menu", Map.of("menu", menu));
    EntryPoint sample =
        new EntryPoint(
            "main",
            List.of("100"),
            List.of("en", "fa"),
            "welcome",
            "menu",
            Map.of("menu", withPrompt(menu, "main-menu")));

    assertThat(builtIn.missingFor(complete))
        .extracting(MissingPromptException::prompt, MissingPromptException::language)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("opening-hours", "en"),
            org.assertj.core.groups.Tuple.tuple("opening-hours", "fa"));
    assertThat(builtIn.missingFor(sample)).isEmpty();
  }

  private static IvrStep withPrompt(IvrStep step, String prompt) {
    return new IvrStep(
        step.id(),
        prompt,
        step.choices(),
        step.collectInto(),
        step.minDigits(),
        step.maxDigits(),
        step.timeout(),
        step.repeatDigit(),
        step.maxTries(),
        step.next(),
        step.fallback());
  }
}
