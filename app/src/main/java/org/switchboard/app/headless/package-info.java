/**
 * The headless agent: configuration, options, the JSON-lines command loop and events; no adapter
 * classes.
 */
@NullMarked
package org.switchboard.app.headless;

import org.jspecify.annotations.NullMarked;
