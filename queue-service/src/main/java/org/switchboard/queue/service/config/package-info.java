/**
 * The queue service's configuration file (docs/queue-service-configuration.md): {@link
 * org.switchboard.queue.service.config.ConfigLoader} reads a YAML file into a {@link
 * org.switchboard.queue.service.config.LoadedConfig} (the centre's definitions and the service's
 * own settings), refusing a bad file with every problem's file, line, column and reason; {@link
 * org.switchboard.queue.service.config.ConfigWatcher} holds the last good configuration and reloads
 * it when asked or when the file changes.
 */
@NullMarked
package org.switchboard.queue.service.config;

import org.jspecify.annotations.NullMarked;
