package org.switchboard.app.boot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.headless.ExitCode;
import org.switchboard.crm.CrmAuth;
import org.switchboard.crm.GenericRestSettings;

/**
 * {@code crm.options} for the generic REST connector: the {@link GenericRestSettings} fields as
 * JSON, plus {@code tokenKey} (the keychain key of a bearer token) instead of credentials.
 */
record RestOptions(
    String lookupUrl,
    GenericRestSettings.Fields fields,
    @Nullable String nameSearchUrl,
    String logUrl,
    @Nullable String logMethod,
    Map<String, String> logBody,
    @Nullable String createUrl,
    @Nullable Map<String, String> createBody,
    @Nullable String recordLink) {

  static GenericRestSettings read(JsonNode options) throws AgentFailure {
    ObjectNode copy = options.deepCopy();
    JsonNode tokenKey = copy.remove("tokenKey");
    CrmAuth.OAuth oauth = OAuthOptions.read(options);
    copy.remove("oauth");
    CrmAuth auth =
        oauth != null
            ? oauth
            : tokenKey == null || tokenKey.isNull()
                ? new CrmAuth.None()
                : new CrmAuth.ApiToken(tokenKey.asText());
    RestOptions o;
    try {
      o = new ObjectMapper().convertValue(copy, RestOptions.class);
    } catch (IllegalArgumentException e) {
      String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new AgentFailure(ExitCode.USAGE, "crm.options (rest): " + why, e);
    }
    if (o.lookupUrl() == null || o.fields() == null || o.logUrl() == null || o.logBody() == null) {
      throw new AgentFailure(
          ExitCode.USAGE, "crm.options (rest) needs lookupUrl, fields, logUrl and logBody");
    }
    Map<String, String> createBody = o.createBody();
    String method = o.logMethod();
    return new GenericRestSettings(
        o.lookupUrl(),
        o.fields(),
        o.nameSearchUrl(),
        o.logUrl(),
        method == null ? "POST" : method,
        o.logBody(),
        o.createUrl(),
        createBody == null ? Map.of() : createBody,
        o.recordLink(),
        auth);
  }
}
