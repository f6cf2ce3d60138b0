/**
 * The first-run wizard: language, account (with password), audio devices, CRM, done; shown when
 * there is no settings file yet. It walks through the settings screen's own view models.
 */
@NullMarked
package org.switchboard.app.wizard;

import org.jspecify.annotations.NullMarked;
