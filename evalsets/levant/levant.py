#!/usr/bin/env python3
"""The Levant names check (issue 9): 124 names that news from Syria and its neighbours uses, each with the country a
reader means (names.tsv: name, ISO code), set in two hand-written sentences:

  a  "Reports came from NAME on Monday."                                          (no context)
  b  "As the war in Syria went on, shelling hit NAME on Monday, officials said."  (Syria in context)

A name counts as right when its first mention resolves to a place in the expected country. The expected codes
follow GeoNames' own country for each town (Majdal Shams and Katzrin, in the occupied Golan, are listed as SY here,
so they count as misses whatever the parser does: read them as a floor).

Usage: python3 evalsets/levant/levant.py [--jar target/placemap.jar | --classpath CP]   (prints both scores and the
misses; CP: target/classes and the dependencies, for a build not yet packaged)"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SENTENCES = {"a": "Reports\n\nReports came from {} on Monday.\n",
             "b": "War report\n\nAs the war in Syria went on, shelling hit {} on Monday, officials said.\n"}

def main():
    args = sys.argv[1:]
    if "--classpath" in args:  # classes and dependencies, without packaging: org.placemap.Application is the main class
        cmd = ["java", "-cp", args[args.index("--classpath") + 1], "org.placemap.Application"]
    else:
        cmd = ["java", "-jar", args[args.index("--jar") + 1] if "--jar" in args else "target/placemap.jar"]
    names = [l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "names.tsv"), encoding="utf-8") if l.strip()]
    for variant, sentence in SENTENCES.items():
        with tempfile.TemporaryDirectory() as tmp:
            for i, (name, _) in enumerate(names, 1):
                with open(os.path.join(tmp, "%03d.txt" % i), "w", encoding="utf-8") as f:
                    f.write(sentence.format(name))
            out = subprocess.run(cmd + ["geoparse", "--format", "jsonl", tmp], check=True,
                                 capture_output=True, text=True).stdout
        parsed = {os.path.basename(d["source"]): d for d in map(json.loads, out.splitlines())}
        right, misses = 0, []
        for i, (name, code) in enumerate(names, 1):
            got = [m for m in parsed["%03d.txt" % i]["mentions"] if name in m["text"]]
            if got and got[0]["countryCode"] == code:
                right += 1
            else:
                misses.append("%s: %s" % (name, "%s/%s" % (got[0]["name"], got[0]["countryCode"]) if got else "-"))
        print("%s %d / %d right" % (variant, right, len(names)))
        print("   misses: " + "; ".join(misses))

if __name__ == "__main__":
    main()
