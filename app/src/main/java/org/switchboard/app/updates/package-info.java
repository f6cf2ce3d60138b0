/**
 * The update check (docs/updates.md): with the update policy {@code NOTIFY} and an HTTPS feed, the
 * desktop asks the feed once at start which version is current, and when it is newer than the
 * running one shows a notice with the download link ({@link
 * org.switchboard.app.updates.UpdateCheck}, {@link org.switchboard.app.updates.UpdateNoticeView}).
 * Nothing is downloaded or installed; with {@code OFF} the network is never used.
 */
@NullMarked
package org.switchboard.app.updates;

import org.jspecify.annotations.NullMarked;
