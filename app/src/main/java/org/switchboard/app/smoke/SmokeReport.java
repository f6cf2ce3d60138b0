package org.switchboard.app.smoke;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a smoke run found, as the JSON its callers read: {@code {"ok", "javaHome", "javaVersion",
 * "javafxVersion", "checks": [{"name", "ok", "detail"}], "link", "confirmationShown"}}.
 *
 * @param javafxVersion null when the toolkit never started
 * @param link the click-to-dial link the run was given or handed (as dialled: {@code
 *     sip:2001@127.0.0.1}); null when none
 * @param confirmationShown whether the question for {@code link} was on screen
 */
public record SmokeReport(
    String javaHome,
    String javaVersion,
    @Nullable String javafxVersion,
    List<Check> checks,
    @Nullable String link,
    boolean confirmationShown) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public SmokeReport {
    Objects.requireNonNull(javaHome, "javaHome");
    Objects.requireNonNull(javaVersion, "javaVersion");
    checks = List.copyOf(checks);
  }

  /** Whether there are checks and every one passed. */
  public boolean ok() {
    return !checks.isEmpty() && checks.stream().allMatch(Check::ok);
  }

  /** The report as JSON, its fields in the documented order. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("ok", ok());
    root.put("javaHome", javaHome);
    root.put("javaVersion", javaVersion);
    root.put("javafxVersion", javafxVersion);
    ArrayNode list = root.putArray("checks");
    for (Check check : checks) {
      list.addObject()
          .put("name", check.name())
          .put("ok", check.ok())
          .put("detail", check.detail());
    }
    root.put("link", link);
    root.put("confirmationShown", confirmationShown);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree did not serialise", e);
    }
  }

  /** Writes the report to {@code file} whole (through a temporary file), creating its directory. */
  public void write(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path parent = Objects.requireNonNull(absolute.getParent(), "parent");
    Files.createDirectories(parent);
    Path temporary = parent.resolve(absolute.getFileName() + ".tmp");
    Files.writeString(temporary, toJson(), StandardCharsets.UTF_8);
    Files.move(
        temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
