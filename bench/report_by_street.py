# `report by street` in plain CPython over the store's snapshot.json: the same figures
# as Sources/JicengCommands/Reports/StreetReport.swift (and AreaTally, Placement),
# printed as the same CSV, so scripts/bench can check both agree before timing them.
#
#     python3 bench/report_by_street.py STORE/snapshot.json [YYYY-MM-DD]
import csv, datetime, json, sys
from decimal import Decimal, ROUND_HALF_UP

NONE = None


def quarter_bounds(today):
    """This quarter up to today, as ISO dates (which compare as text)."""
    first_month = (today.month - 1) // 3 * 3 + 1
    first = datetime.date(today.year, first_month, 1)
    next_first = datetime.date(today.year + 1, 1, 1) if first_month == 10 else datetime.date(today.year, first_month + 3, 1)
    last = next_first - datetime.timedelta(days=1)
    return first.isoformat(), min(last, today).isoformat()


def percent(part, whole):
    if whole == 0:
        return ""
    # Rounded half away from zero to one place, the place kept (as ReportCell.percent).
    return str((Decimal(part * 100) / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)) + "%"


def main():
    path = sys.argv[1]
    today = datetime.date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else datetime.date.today()
    today_text = today.isoformat()
    start, until = quarter_bounds(today)
    with open(path, encoding="utf-8") as f:
        db = json.load(f)

    streets = db["street"]
    street_index = {s["code"]: i for i, s in enumerate(streets)}
    communities = db["community"]
    community_index = {c["code"]: i for i, c in enumerate(communities)}
    community_street = [street_index.get(c.get("street"), NONE) for c in communities]
    units = {u["code"]: u for u in db["unit"]}

    # Where each organisation sits: its own community, unit or street, else its parent's.
    orgs = db["org"]
    org_by_code = {o["code"]: o for o in orgs}
    place = {}

    def own_place(o):
        c = o.get("community")
        if c is not None:
            ci = community_index[c]
            return ci, community_street[ci]
        u = o.get("unit")
        if u is not None and u in units:
            unit = units[u]
            if unit.get("community") is not None:
                ci = community_index[unit["community"]]
                return ci, community_street[ci]
            if unit.get("street") is not None:
                return NONE, street_index[unit["street"]]
        s = o.get("street")
        if s is not None:
            return NONE, street_index[s]
        return None

    for o in orgs:
        path_codes, found, current = [], (NONE, NONE), o
        while current is not None and len(path_codes) <= len(orgs):
            code = current["code"]
            if code in place:
                found = place[code]
                break
            path_codes.append(code)
            own = own_place(current)
            if own is not None:
                found = own
                break
            current = org_by_code.get(current.get("parent"))
        for code in path_codes:
            place[code] = found

    FIELDS = 11  # communities grids orgs members in_service agreements meetings attended expected wishes one_shoulder
    per_community = [[0] * FIELDS for _ in communities]
    street_only = [[0] * FIELDS for _ in streets]

    def figures(ci, si):
        if ci is not NONE:
            return per_community[ci]
        if si is not NONE:
            return street_only[si]
        return None

    for i, c in enumerate(communities):
        per_community[i][0] = 1
        if c.get("secretary") is not None and c.get("secretary") == c.get("director"):
            per_community[i][10] = 1
    for g in db["grid"]:
        if g.get("community") is not None:
            per_community[community_index[g["community"]]][1] += 1
    for o in orgs:
        if o.get("kind") == "group":
            continue
        dissolved = o.get("dissolved")
        if dissolved is not None and dissolved <= today_text:
            continue
        f = figures(*place[o["code"]])
        if f is not None:
            f[2] += 1
    for m in db["member"]:
        if m.get("status") in ("transferred_out", "deceased"):
            continue
        branch = m.get("branch")
        f = figures(*place[branch]) if branch is not None else None
        if f is not None:
            f[3] += 1
        if m.get("in_service") and m.get("reported_community") is not None:
            per_community[community_index[m["reported_community"]]][4] += 1
    for a in db["agreement"]:
        starts, ends = a.get("starts"), a.get("ends")
        if a.get("status") == "terminated" or starts is None or starts > today_text:
            continue
        if ends is not None and ends < today_text:
            continue
        c, s = a.get("community"), a.get("street")
        f = figures(community_index[c] if c is not None else NONE, street_index[s] if s is not None else NONE)
        if f is not None:
            f[5] += 1
    for m in db["meeting"]:
        date = m.get("date")
        if date is None or date < start or date > until:
            continue
        f = figures(*place[m["org"]]) if m.get("org") is not None else None
        if f is None:
            continue
        attended, absent = len(m.get("attendees", ())), len(m.get("absentees", ()))
        f[6] += 1
        f[7] += attended
        f[8] += attended + absent
    for w in db["wish"]:
        on = w.get("fulfilled_on")
        if w.get("status") != "fulfilled" or w.get("community") is None or on is None or on < start or on > until:
            continue
        per_community[community_index[w["community"]]][9] += 1

    communities_of = [[] for _ in streets]
    for i, si in enumerate(community_street):
        if si is not NONE:
            communities_of[si].append(i)

    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["Code", "Street", "Communities", "Grids", "Party orgs", "Members", "In-service reported",
                  "Active agreements", "Meetings this quarter", "Attendance", "Wishes fulfilled", "一肩挑"])

    def row(code, name, f):
        return [code, name, f[0], f[1], f[2], f[3], f[4], f[5], f[6], percent(f[7], f[8]), f[9], percent(f[10], f[0])]

    for si, s in enumerate(streets):
        f = list(street_only[si])
        for ci in communities_of[si]:
            f = [a + b for a, b in zip(f, per_community[ci])]
        out.writerow(row(s["code"], s["name"], f))


main()
