package org.switchboard.queue.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.protocol.Paths;

/** docs/queue-api.openapi.yaml documents every endpoint, with roles and idempotency keys. */
class OpenApiDocumentTest {
  private static JsonNode document() throws IOException {
    return new ObjectMapper(new YAMLFactory())
        .readTree(Path.of("..", "docs", "queue-api.openapi.yaml").toFile());
  }

  @Test
  void everyPathIsDocumented() throws IOException, IllegalAccessException {
    JsonNode paths = document().get("paths");
    List<String> missing = new ArrayList<>();
    for (Field f : Paths.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers())
          && f.getType() == String.class
          && !f.getName().equals("BASE")) {
        String path = (String) f.get(null);
        if (!paths.has(path)) {
          missing.add(path);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyOperationNamesItsRolesAndEveryChangeItsKey() throws IOException {
    JsonNode paths = document().get("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      for (String method : List.of("get", "post", "put", "delete")) {
        JsonNode op = path.getValue().get(method);
        if (op == null) {
          continue;
        }
        assertThat(op.has("x-roles")).as("%s %s roles", method, path.getKey()).isTrue();
        boolean change = method.equals("post") || method.equals("put");
        boolean signIn = path.getKey().equals(Paths.SESSIONS);
        if (change && !signIn) {
          assertThat(op.get("parameters").toString())
              .as("%s %s key", method, path.getKey())
              .contains("IdempotencyKey");
        }
      }
    }
  }
}
