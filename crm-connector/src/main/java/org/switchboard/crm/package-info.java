/**
 * Customer lookup (screen pop) and durable call logging against CRMs and directories. The public
 * package holds what the composition root needs to start a connector; everything else is internal.
 */
@NullMarked
package org.switchboard.crm;

import org.jspecify.annotations.NullMarked;
