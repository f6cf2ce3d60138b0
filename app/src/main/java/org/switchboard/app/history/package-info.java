/**
 * The call history: a bounded JSON-lines store of ended calls ({@link
 * org.switchboard.app.history.CallHistory}) and the list the agent filters and calls back from
 * ({@link org.switchboard.app.history.HistoryViewModel}, {@link
 * org.switchboard.app.history.HistoryView}).
 */
@NullMarked
package org.switchboard.app.history;

import org.jspecify.annotations.NullMarked;
