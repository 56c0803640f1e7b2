#!/usr/bin/env python3
"""Releases FLASH cables at a station one at a time over its control endpoint and prints, per cable, its station
serial, the moment the request was sent (ms since the epoch) and how long the station took to answer (its
acceptance: parse, envelope, journal fsync). One process for all of them, so that starting curl for each cable is
not counted as relay latency. Usage: send-flashes.py CONTROL_PORT COUNT FIRST_SERIAL [PAUSE_SECONDS=0.1]"""
import http.client, subprocess, sys, time, os

port, count, first = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
pause = float(sys.argv[4]) if len(sys.argv) > 4 else 0.1
make = os.path.join(os.path.dirname(os.path.abspath(__file__)), "make-cables.py")
for serial in range(first, first + count):
    body = subprocess.run([sys.executable, make, "1", str(serial), "Z"], capture_output=True, check=True).stdout
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    sent = time.time()
    connection.request("POST", "/send", body)
    response = connection.getresponse()
    response.read()
    answered = time.time()
    connection.close()
    if response.status != 200:
        sys.exit(f"POST /send answered {response.status}")
    print(f"{serial} {int(sent * 1000)} {(answered - sent) * 1000:.1f}", flush=True)
    time.sleep(pause)
