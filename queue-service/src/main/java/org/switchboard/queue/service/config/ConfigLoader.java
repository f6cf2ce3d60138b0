package org.switchboard.queue.service.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.switchboard.queue.service.definitions.CentreDefinition;

/**
 * Reads the queue service's YAML configuration file (docs/queue-service-configuration.md) into a
 * {@link LoadedConfig}. Strict: syntax errors, unknown keys, values of the wrong type or out of
 * range, missing required keys and references to queues or IVR steps that do not exist refuse the
 * file, all of them together in one {@link ConfigException}, each with its line and column.
 * Stateless and safe to use from any thread.
 */
public final class ConfigLoader {
  private final Map<String, String> env;

  /** A loader that reads {@code store.passwordEnv} from the process's environment. */
  public ConfigLoader() {
    this(System.getenv());
  }

  /**
   * @param env the environment {@code store.passwordEnv} names a variable of
   */
  public ConfigLoader(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /**
   * Loads {@code file} (UTF-8).
   *
   * @throws ConfigException naming every problem, when the file cannot be read or is not a valid
   *     configuration
   */
  public LoadedConfig load(Path file) throws ConfigException {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw fileProblem(file, "no such file");
    } catch (IOException e) {
      throw fileProblem(file, "cannot be read: " + e);
    }
    return load(file, content);
  }

  /**
   * Loads {@code content}, read from {@code file} by the caller (the watcher, which compares what
   * it read with what it loaded last).
   */
  LoadedConfig load(Path file, byte[] content) throws ConfigException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw fileProblem(file, "not UTF-8 text");
    }
    return parse(file, text, new Problems(file));
  }

  private static ConfigException fileProblem(Path file, String reason) {
    Problems problems = new Problems(file);
    problems.addForFile(reason);
    return problems.refusal();
  }

  private LoadedConfig parse(Path file, String text, Problems problems) throws ConfigException {
    // Problems such as a key given twice do not stop reading; a syntax error leaves no tree.
    ConfigNode root = new YamlTreeReader(problems).read(text);
    // Null only with a problem recorded: a syntax error, an empty file, a document not a map.
    Section top = root == null ? null : Section.of(root, "", root.at(), problems);
    if (top == null) {
      throw problems.refusal();
    }
    Path absolute = file.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Path base = parent == null ? absolute : parent;
    Section serviceSection = top.section("service");
    ServiceSettings service =
        serviceSection == null
            ? ServiceSettings.defaults(base)
            : new ServiceSettingsReader(base, env).read(serviceSection);
    CentreDefinition centre = new CentreReader(env).read(top);
    top.finish();
    if (centre == null) {
      // Null only with a problem recorded.
      throw problems.refusal();
    }
    problems.throwIfAny();
    return new LoadedConfig(centre, service);
  }
}
