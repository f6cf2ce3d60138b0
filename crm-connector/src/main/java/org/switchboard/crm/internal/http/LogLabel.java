package org.switchboard.crm.internal.http;

/**
 * What a request's log line shows instead of its path, attached as an OkHttp tag by connectors
 * whose paths carry data as plain words (the generic REST connector's templates: a surname in
 * {@code /people/by-name/{text}} would pass {@link LoggedPath}'s check).
 *
 * @param path the path as configured, with its placeholders, e.g. {@code /people/by-name/{text}}
 */
public record LogLabel(String path) {}
