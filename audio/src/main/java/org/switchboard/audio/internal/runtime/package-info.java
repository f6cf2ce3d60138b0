/**
 * libjitsi as a JVM-wide runtime: starting it once, bounded in time; routing its java.util.logging
 * output to SLF4J; and the serial thread our own callbacks run on, so that no listener ever runs on
 * a libjitsi media thread.
 */
@NullMarked
package org.switchboard.audio.internal.runtime;

import org.jspecify.annotations.NullMarked;
