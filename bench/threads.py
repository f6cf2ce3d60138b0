"""Per-thread CPU of a JVM over a measurement, with the threads' full names and a grouping.

usage: threads.py TICKS_BEFORE TICKS_AFTER THREAD_DUMP SECONDS CLK_TCK

TICKS_* hold "TID TICKS COMM" lines read from /proc/<pid>/task/*/stat; THREAD_DUMP is the output
of `jcmd <pid> Thread.print` (its nid= is the native TID), which gives the names /proc cuts at 15
characters. Prints the groups, then every thread that used CPU, busiest first, in % of one core.
"""

import re
import sys
from collections import defaultdict

# Which part of the process a thread belongs to, by its name; first match wins.
GROUPS = [
    ("libjitsi/FMJ media threads", r"^(org\.jitsi|RawBufferStream|RTP|RTCP|Loop thread|"
     r"PushBufferStream|PullBufferStream|.*MediaStream|AudioMixer|.*Renderer|DataSource|"
     r"SendStream|ReceiveStream)"),
    ("switchboard source/recorder", r"^switchboard-(source|recorder)"),
    ("other switchboard threads", r"^(switchboard|sip-events|agent-)"),
    ("JAIN-SIP", r"^(EventScannerThread|UDPMessageChannelThread|.*Timer|ThreadAuditor|"
     r"UDPMessageProcessor)"),
    ("JIT compiler", r"^(C1|C2) CompilerThre"),
    ("garbage collector", r"^(GC Thread|G1 |VM Periodic|VM Thread|Sweeper)"),
]


def read_ticks(path):
    ticks = {}
    for line in open(path):
        tid, n, comm = line.split(" ", 2)
        ticks[tid] = (int(n), comm.strip().replace("_", " "))
    return ticks


def full_names(dump_path):
    names = {}
    try:
        for line in open(dump_path):
            m = re.match(r'^"(.*?)".*\bnid=(0x[0-9a-f]+|\d+)', line)
            if m:
                nid = m.group(2)
                names[str(int(nid, 16) if nid.startswith("0x") else int(nid))] = m.group(1)
    except OSError:
        pass
    return names


def group_of(name):
    for group, pattern in GROUPS:
        if re.match(pattern, name):
            return group
    return "other JVM threads"


def main():
    before, after = read_ticks(sys.argv[1]), read_ticks(sys.argv[2])
    names = full_names(sys.argv[3])
    seconds, hz = float(sys.argv[4]), int(sys.argv[5])
    rows, groups, total = [], defaultdict(float), 0.0
    for tid, (n1, comm) in after.items():
        n0 = before.get(tid, (0, comm))[0]
        pct = 100.0 * (n1 - n0) / hz / seconds
        if pct <= 0:
            continue
        name = names.get(tid, comm)
        rows.append((pct, name))
        groups[group_of(name)] += pct
        total += pct
    print(f"# agent threads: {total:.2f}% of one core over {seconds:.1f} s")
    for group, pct in sorted(groups.items(), key=lambda g: -g[1]):
        share = 100 * pct / total if total else 0
        print(f"# {pct:6.2f}%  ({share:4.1f}% of the agent)  {group}")
    for pct, name in sorted(rows, reverse=True):
        print(f"{pct:6.2f}%  {name}")


main()
