#!/usr/bin/env python3
"""Writes N short test cables (our own text, ACP-127 style) from Astana to Almaty and Washington, as
`chancery relay send` takes them. Usage: make-cables.py N FIRST_SERIAL PRECEDENCE(R|P|O|Z) [INFO] > cables.txt
INFO "none" leaves Washington off (the relay only passes the cable on; it delivers nothing into its archive)."""
import sys

n, first, prosign = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
info = "" if len(sys.argv) > 4 and sys.argv[4] == "none" else "INFO RUEHC/SECSTATE WASHDC\n"
out = []
for serial in range(first, first + n):
    out.append(f"""{prosign} 281200Z NOV 26
FM USOFFICE ASTANA
TO RUEHTA/AMEMBASSY ALMATY
{info}BT
UNCLAS ASTANA {serial:06d}
SUBJECT: BENCHMARK MESSAGE {serial}
1. THIS IS TEST MESSAGE {serial} OF THE RELAY BENCHMARK.
BT
NNNN
""")
sys.stdout.write("".join(out))
