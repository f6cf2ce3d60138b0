"""Where a JVM's Java code runs, from `jfr print --events jdk.ExecutionSample` output.

usage: hot_methods.py SAMPLES_TXT
Prints the share of samples per library (by the top frame's package) and per thread, then the
hottest top frames. Execution samples see only threads running Java code, not those waiting in
the kernel (socket reads, sleeps), so they complement the per-thread CPU from /proc.
"""

import re
import sys
from collections import Counter

LIBRARIES = [("org.jitsi.", "libjitsi"), ("net.sf.fmj.", "FMJ"), ("javax.media.", "FMJ"),
             ("org.switchboard.", "switchboard"), ("gov.nist.", "JAIN-SIP"),
             ("java.", "JDK"), ("javax.", "JDK"), ("jdk.", "JDK"), ("sun.", "JDK")]


def library(frame):
    for prefix, name in LIBRARIES:
        if frame.startswith(prefix):
            return name
    return "other"


def samples(path):
    """Yields (thread, top frame) per sample."""
    thread, want_top = None, False
    for line in open(path):
        line = line.strip()
        if line.startswith("sampledThread ="):
            m = re.match(r'sampledThread = "(.*)" \(', line)
            thread = m.group(1) if m else line
        elif line.startswith("stackTrace = ["):
            want_top = True
        elif want_top and line:
            want_top = False
            yield thread or "?", re.sub(r"\s+line:.*", "", line)


def main():
    rows = list(samples(sys.argv[1]))
    total = len(rows) or 1
    print(f"# {len(rows)} execution samples")
    for name, n in Counter(library(f) for _, f in rows).most_common():
        print(f"# {100 * n / total:5.1f}%  {name}")
    print("# by thread:")
    threads = Counter(re.sub(r"[@-][0-9a-f-]{6,}.*$", "", t) for t, _ in rows)
    for name, n in threads.most_common(8):
        print(f"# {100 * n / total:5.1f}%  {name}")
    print("# hottest top frames:")
    for frame, n in Counter(f for _, f in rows).most_common(20):
        print(f"{100 * n / total:5.1f}%  {frame}")


main()
