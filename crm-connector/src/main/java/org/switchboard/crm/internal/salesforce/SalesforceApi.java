package org.switchboard.crm.internal.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.switchboard.crm.SalesforceSettings;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmCallFailure;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.JsonResponse;

/**
 * One org's REST resources ({@code /services/data/vXX.X/...}) and what their answers mean. Queries
 * travel URL-encoded in the {@code q} parameter, never pasted into the URL.
 */
public final class SalesforceApi {
  static final String SOURCE = "salesforce";
  private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9]{15}|[A-Za-z0-9]{18}");

  private final CrmHttp http;
  private final Credentials credentials;
  private final SalesforceSettings settings;
  private final HttpUrl data;
  private final HttpUrl lightning;

  public SalesforceApi(CrmHttp http, Credentials credentials, SalesforceSettings settings) {
    this.http = http;
    this.credentials = credentials;
    this.settings = settings;
    this.data =
        HttpUrl.get(settings.instanceUrl())
            .newBuilder()
            .encodedPath("/")
            .query(null)
            .fragment(null)
            .addPathSegments("services/data")
            .addPathSegment(settings.apiVersion())
            .build();
    HttpUrl browser = HttpUrl.get(settings.lightningUrl());
    // Only the configured host: a path or query in the setting never reaches a record link.
    this.lightning =
        new HttpUrl.Builder().scheme("https").host(browser.host()).port(browser.port()).build();
  }

  SalesforceSettings settings() {
    return settings;
  }

  String host() {
    return data.host();
  }

  /** Runs a SOSL search and returns its {@code searchRecords}. */
  JsonNode search(String sosl) throws CrmCallFailure {
    HttpUrl url =
        data.newBuilder()
            .addPathSegment("search")
            .addPathSegment("")
            .addQueryParameter("q", sosl)
            .build();
    JsonNode records = read(http.get(url, credentials), "search").get("searchRecords");
    if (records == null || !records.isArray()) {
      throw CrmCallFailure.malformed(host() + " sent a search answer without searchRecords", null);
    }
    return records;
  }

  /** Runs a SOQL query and returns its {@code records} (queries here ask for few enough). */
  JsonNode query(String soql) throws CrmCallFailure {
    HttpUrl url = data.newBuilder().addPathSegment("query").addQueryParameter("q", soql).build();
    JsonNode records = read(http.get(url, credentials), "query").get("records");
    if (records == null || !records.isArray()) {
      throw CrmCallFailure.malformed(host() + " sent a query answer without records", null);
    }
    return records;
  }

  /** {@code /services/data/vXX.X/sobjects/{type}}, to add further segments to. */
  HttpUrl.Builder sobject(String type) {
    return data.newBuilder().addPathSegment("sobjects").addPathSegment(type);
  }

  JsonResponse send(String method, HttpUrl url, @Nullable JsonNode body) throws CrmCallFailure {
    return http.send(method, url, body, credentials);
  }

  /**
   * The body of a 2xx answer. CrmHttp hands 404 and 409 back unread; here they mean a resource the
   * configured API version does not have, or a request Salesforce will not take as it is.
   */
  JsonNode read(JsonResponse response, String what) throws CrmCallFailure {
    if (response.status() == 404) {
      throw CrmCallFailure.rejected(
          host()
              + " has no "
              + what
              + " resource at "
              + settings.apiVersion()
              + " (404); check crm.salesforce.apiVersion");
    }
    if (!response.isSuccessful()) {
      throw CrmCallFailure.rejected(
          host() + " refused the " + what + " (" + response.status() + ")");
    }
    return response.body();
  }

  /**
   * Where the record opens in Lightning, {@code https://{lightning
   * host}/lightning/r/{type}/{id}/view}; null when {@code id} is not a Salesforce id.
   */
  @Nullable URI recordLink(SObject type, String id) {
    if (!RECORD_ID.matcher(id).matches()) {
      return null;
    }
    return lightning
        .newBuilder()
        .addPathSegments("lightning/r")
        .addPathSegment(type.apiName())
        .addPathSegment(id)
        .addPathSegment("view")
        .build()
        .uri();
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText();
  }

  static @Nullable String orNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
