/** Writing files so that a crash leaves the old or the new content, never half of either. */
@NullMarked
package org.switchboard.crm.internal.files;

import org.jspecify.annotations.NullMarked;
