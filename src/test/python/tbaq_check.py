"""Re-scores target/tbaq-system.json with the reference scorer shared/tools/timeml.py (counts summed over documents).

Run from the project folder after TbaqEvaluationTest:  python3 src/test/python/tbaq_check.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.join("..", "shared", "tools"))
import timeml  # noqa: E402

system = json.load(open("target/tbaq-system.json"))
for label, types in (("DATE", {"DATE"}), ("ALL", None)):
    cs = cg = ns = ng = scs = scg = 0
    for name, sys_out in system.items():
        dct, text, gold = timeml.read(os.path.join("..", "shared", "corpora", "tbaq", name))
        s = timeml.score(gold, sys_out, types)
        cs += round(s["p"] * s["n_sys"])
        cg += round(s["r"] * s["n_gold"])
        ns += s["n_sys"]
        ng += s["n_gold"]
        sp = timeml.span_score(gold, sys_out, types)
        scs += round(sp["p"] * s["n_sys"])
        scg += round(sp["r"] * s["n_gold"])
    p, r = cs / ns, cg / ng
    f = 2 * p * r / (p + r) if p + r else 0
    sp_, sr = scs / ns, scg / ng
    sf = 2 * sp_ * sr / (sp_ + sr) if sp_ + sr else 0
    print(f"{label}: value P={p:.3f} R={r:.3f} F1={f:.3f} | span P={sp_:.3f} R={sr:.3f} F1={sf:.3f} | gold={ng} system={ns}")
