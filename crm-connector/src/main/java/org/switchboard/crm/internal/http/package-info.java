/**
 * The one HTTP client every CRM connector uses: bounded time, bounded size, no cross-host
 * redirects, credentials renewed once after a 401, and logs that show no query, body or header.
 */
@NullMarked
package org.switchboard.crm.internal.http;

import org.jspecify.annotations.NullMarked;
