package org.switchboard.queue.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.stream.Collectors;
import org.switchboard.queue.protocol.ProtocolJson;

/** Reads request bodies, turning every mistake into a 400 that names the field. */
final class Bodies {
  private Bodies() {}

  /** The body as {@code type}; 400 when it is missing, malformed or lacks a field. */
  static <T> T read(Context ctx, Class<T> type) {
    byte[] raw = ctx.bodyAsBytes();
    if (raw.length == 0) {
      throw ApiProblem.badRequest("the request needs a JSON " + type.getSimpleName() + " body");
    }
    try {
      T value = ProtocolJson.mapper().readValue(raw, type);
      if (value == null) {
        throw ApiProblem.badRequest("the body must be a JSON object, not null");
      }
      return value;
    } catch (DatabindException e) {
      throw ApiProblem.badRequest(describe(e));
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest(
          "malformed JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr());
    } catch (IOException e) {
      throw ApiProblem.badRequest("the body could not be read");
    }
  }

  private static String describe(DatabindException e) {
    String path =
        e instanceof JsonMappingException
            ? ((JsonMappingException) e)
                .getPath().stream()
                    .map(
                        r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
            : "";
    if (e instanceof ValueInstantiationException && e.getCause() instanceof NullPointerException) {
      // The records' constructors name the missing component in requireNonNull.
      String field = String.valueOf(e.getCause().getMessage());
      return "missing field " + (path.isEmpty() ? field : path + "." + field);
    }
    String why = ((JsonProcessingException) e).getOriginalMessage();
    int cut = why.indexOf('\n');
    return "invalid field "
        + (path.isEmpty() ? "(body)" : path)
        + ": "
        + (cut < 0 ? why : why.substring(0, cut));
  }
}
