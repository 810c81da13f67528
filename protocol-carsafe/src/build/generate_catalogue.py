#!/usr/bin/env python3
"""Generates the Carsafe interface catalogue (a JSON resource) from specs/catalog/carsafe.md.

Run once by hand when the catalogue document changes, then commit the output; the build never
runs it. From the module directory:

    python3 src/build/generate_catalogue.py ../../shared/specs/catalog/carsafe.md \
        src/main/resources/io/parkbridge/protocol/carsafe/catalogue.json

With a third argument, also writes the interface table for docs/vendors/carsafe.md; with a fourth,
src/main/java/io/parkbridge/protocol/carsafe/catalogue/CarsafeInterfaces.java.

Decisions taken here (documented in docs/vendors/carsafe.md):
  * direction: "→ Chean" = WE_CALL, "Chean → ..." = VENDOR_CALLS_US (includes partner relays),
    "upstream" = UPLOAD, "unclear"/"probably" = UNCLEAR (11.38/11.39 count as VENDOR_CALLS_US,
    as in the catalogue's counts).
  * field names are every back-quoted identifier in the request/response cells outside
    parentheses (parentheses hold values and comments); "Y", "是", "必填", "非空 √" right after a
    name mark it required. "same as 6.1 output" and similar references pull in the fields of
    the referenced interface.
  * wire paths: the printed path, except where the catalogue shows an OCR error with a
    certain correction (WIRE_PATH_FIXES). Paths the document does not give get a default
    under /carsafe/ that the deployment configures on both sides.
"""
import json
import re
import sys

WIRE_PATH_FIXES = {
    "13.4": "report/parkTempCarCharge",      # printed reoport/
    "10.21": "api.aspx/pub.hruptown.add",    # printed hructown (change log: hruptown)
    "10.22": "api.aspx/pub.hruptown.update", # printed hraptown
    "10.23": "api.aspx/pub.hruptown.delete", # printed hraptown
}
DEFAULT_PATHS = {
    "10.53": "callback/face.distribute.result",
    "10.54": "callback/face.compare.record",
}
# Interfaces outside the standard signed envelope (catalogue section 5, "Outside the standard envelope").
BARE = {"11.%d" % n for n in list(range(8, 12)) + list(range(14, 24)) + [26, 27] + list(range(32, 37))}
OWN_SHAPE = {"6.2.3": "VERIFY_REQUEST", "10.53": "BARE", "10.6": "ALIPAY_PAGE", "10.7": "ALIPAY_PAGE", "10.54": "STATUS_MESSAGE"}
QUERY_WORDS = re.compile(r"(^|[._/])(get|list|info|query|status|total|history|exist|controllers|calc|cards|"
                         r"grants|iorecords|alarms|points|params|config|GetTraffic|of\.area|getByLP|getByNo|"
                         r"order\.get|Get[A-Z]\w*|guide|path|pos|img)", re.IGNORECASE)
NOT_QUERY = re.compile(r"(add|create|charge$|commit|cancel|delete|update|edit|change|notice|open$|close|lock|"
                       r"unlock|pay|push|upload|request|login|issue|set|enable|disable|fix|lift|display|temp$|"
                       r"fixed|voice|allinone|reset|validate|distributed|logout|quickly|perform|Handling|new$)",
                       re.IGNORECASE)
IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
NOT_FIELDS = {"null", "true", "false", "True", "False", "none"}


def strip_parens(text):
    prev = None
    while prev != text:
        prev = text
        text = re.sub(r"\([^()]*\)", "", text)
        text = re.sub(r"（[^（）]*）", "", text)
    return text


def fields(cell):
    out = []
    text = strip_parens(cell)
    for m in re.finditer(r"`([^`]+)`", text):
        name = m.group(1).strip()
        if name.endswith("[]"):
            name = name[:-2]
        if not IDENT.match(name) or name in NOT_FIELDS:
            continue
        after = text[m.end():m.end() + 12]
        required = bool(re.match(r"\s*(Y\b|是|必填|非空)", after))
        conditional = bool(re.match(r"\s*\?", after))
        if name not in [f["name"] for f in out]:
            out.append({"name": name, "required": required, "conditional": conditional})
    return out


def refs(cell):
    m = re.search(r"(same (?:inputs |outputs |fields )?as|array of the|other fields as|fields of|"
                  r"\+ all|with) (\d+\.\d+)", cell)
    return m.group(2) if m else None


def direction(cell):
    c = cell.strip()
    if c.startswith("unclear") and "Chean →" not in c.split(":")[0]:
        return "UNCLEAR"
    if c.startswith("probably Chean →"):
        return "VENDOR_CALLS_US"
    if c.startswith("unclear"):
        return "UNCLEAR"
    if c.startswith("upstream"):
        return "UPLOAD"
    if c.startswith("→ Chean"):
        return "WE_CALL"
    if c.startswith("Chean →"):
        return "VENDOR_CALLS_US"
    raise SystemExit("unknown direction: " + c)


def printed_path(cell):
    m = re.search(r"`([^`]+)`", cell)
    return m.group(1).strip() if m else ""


def wire_path(number, printed):
    if number in WIRE_PATH_FIXES:
        return WIRE_PATH_FIXES[number]
    if number in DEFAULT_PATHS:
        return DEFAULT_PATHS[number]
    p = printed
    p = re.sub(r"^POST:\s*http://ip:port\s*/", "", p)
    p = p.replace(" ", "")
    p = re.sub(r"^http://\{[^}]*\}:\{[^}]*\}/", "", p)
    return p.lstrip("/")


FAMILY_FIXES = {"api.aspx/calc": "park", "api.aspx/commit": "park", "api.aspx/hb": "hb",
                "api/v1/pay/request_verify": "verify"}
QUERY_FIXES = {"6.62": True, "10.40": True, "11.7": True, "11.14": True, "11.20": True, "11.21": True}


def key_family(path):
    if path in FAMILY_FIXES:
        return FAMILY_FIXES[path]
    if path.startswith("alipay."):
        return "alipay"
    if path.startswith("api/"):
        return "aibee"
    if path.startswith("api.aspx/"):
        method = path[len("api.aspx/"):]
        return re.split(r"[._]", method)[0]
    return path.split("/")[0]


def status(notes, name_zh, name_en):
    if name_en.startswith("Parking fee payment"):
        return "ACTIVE"  # its notes mention 6.2.0 (a flow description) being marked for deletion
    t = name_zh + " " + name_en + " " + notes
    if "废弃" in t or "deprecated" in t.lower():
        return "DEPRECATED"
    if "保留" in t or "Reserved" in t:
        return "RESERVED"
    if "marked for deletion" in t.lower() or "Marked for deletion" in t:
        return "MARKED_FOR_DELETION"
    return "ACTIVE"


def parse(md):
    rows = []
    chapter_title = {}
    current = None
    for line in md.splitlines():
        if line.startswith("## 3."):
            break
        h = re.match(r"^### 2\.(\d+) Chapter \d+ (.*)$", line)
        if h:
            current = int(h.group(1))
            chapter_title[current] = h.group(2).strip()
            continue
        if current is None or not re.match(r"^\| \d+\.\d+(\.\d+)? \|", line):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if len(cells) < 8:
            raise SystemExit("short row: " + line[:80])
        number, zh, en, d, path_cell, req, resp, notes = cells[:8]
        rows.append({
            "number": number, "chapter": current, "nameZh": zh, "nameEn": en, "dirText": d,
            "pathCell": path_cell, "req": req, "resp": resp, "notes": " | ".join(cells[7:]),
        })
    return rows, chapter_title


def build(rows):
    by_number = {r["number"]: r for r in rows}
    out = []
    for r in rows:
        number = r["number"]
        printed = printed_path(r["pathCell"])
        path = wire_path(number, printed)
        req = [f for f in fields(r["req"]) if f["name"] != "data" or not r["req"].startswith("`data` =")]
        resp = fields(r["resp"])
        if re.match(r"^(none|no `data`|not documented)", r["resp"]):
            resp = []
        ref = refs(r["req"])
        if ref and ref in by_number and ref != number:
            col = "resp" if "output" in r["req"] else "req"
            req += [f for f in fields(by_number[ref][col]) if f["name"] not in [x["name"] for x in req]]
        ref = refs(r["resp"])
        if ref and ref in by_number and ref != number:
            col = "req" if "inputs" in r["resp"] else "resp"
            resp += [f for f in fields(by_number[ref][col]) if f["name"] not in [x["name"] for x in resp]]
        if number in OWN_SHAPE:
            envelope = OWN_SHAPE[number]
        elif number in BARE:
            envelope = "BARE"
        else:
            envelope = "STANDARD"
        array = r["resp"].startswith("array") or (r["resp"].startswith("same") and ref in by_number
                                                   and by_number[ref]["resp"].startswith("array"))
        method = path.split("/")[-1]
        query = bool(QUERY_WORDS.search(method)) and not NOT_QUERY.search(method.split(".")[-1])
        dirn = direction(r["dirText"])
        query = QUERY_FIXES.get(number, query)
        if dirn != "WE_CALL":
            query = False
        out.append({
            "number": number,
            "chapter": r["chapter"],
            "nameZh": r["nameZh"],
            "nameEn": r["nameEn"],
            "direction": dirn,
            "printedPath": printed,
            "path": path,
            "envelope": envelope,
            "keyFamily": key_family(path),
            "query": query,
            "status": status(r["notes"], r["nameZh"], r["nameEn"]),
            "responseArray": array,
            "request": req,
            "response": resp,
        })
    return out


TYPED = {
    "6.1": "CarsafeParking.calculateFee", "6.2": "CarsafeParking.commitPayment",
    "6.3": "CarsafeParking.remainingSpaces", "6.4": "CarsafeParking.cards", "6.5": "CarsafeParking.monthlyCard",
    "6.6": "CarsafeParking.chargeMonthlyCard", "6.7": "CarsafeParking.storedValueCard",
    "6.8": "CarsafeParking.topUp", "6.16": "CarsafeParking.lockCar", "6.17": "CarsafeParking.confirmLock",
    "6.18": "CarsafeParking.cancelLock", "6.19": "CarsafeParking.confirmUnlock",
    "6.20": "CarsafeParking.cancelPayment", "6.21": "CarsafeParking.controllers",
    "6.25": "CarsafeParking.openGate", "6.26": "CarsafeParking.order", "6.54": "CarsafeParking.lockStatus",
    "6.58": "CarsafeParking.closeGate", "6.60": "CarsafeParking.addCouponToVehicle",
    "6.72": "CarsafeParking.addToBlacklist", "6.74": "CarsafeParking.deleteFromBlacklist",
    "6.76": "CarsafeParking.blacklist", "7.6": "CarsafeServices.openDoor",
    "7.12": "CarsafeServices.setDoorNormallyOpen", "8.5": "CarsafeServices.positionByPlate",
    "8.14": "CarsafeServices.guidanceSpaces", "9.1": "CarsafeServices.uploadEntry",
    "9.2": "CarsafeServices.uploadExit", "9.6": "CarsafeServices.micropay",
    "10.3": "CarsafeServices.registerVisitor", "10.40": "CarsafeServices.doorQrcode",
    "10.55": "CarsafeServices.logoutVisitor", "10.37": "CarsafeServices.systemLog",
}


def docs_table(entries):
    lines = ["| § | interface | direction | wire path | envelope | query | Java |",
             "|---|---|---|---|---|---|---|"]
    for e in entries:
        if e["direction"] == "VENDOR_CALLS_US":
            java = "`CarsafeInbound` route `/%s`" % e["path"]
        else:
            java = "`client.call(%s, data)`" % constant_name(e)
            if e["number"] in TYPED:
                java = "`%s`, " % TYPED[e["number"]] + java
        lines.append("| %s | %s %s | %s | `%s` | %s | %s | %s |" % (
            e["number"], e["nameZh"], e["nameEn"], e["direction"], e["path"], e["envelope"],
            "yes" if e["query"] else "", java))
    return "\n".join(lines) + "\n"


def main():
    md = open(sys.argv[1], encoding="utf-8").read()
    rows, _ = parse(md)
    entries = build(rows)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(entries, f, ensure_ascii=False, indent=1)
        f.write("\n")
    if len(sys.argv) > 3:
        with open(sys.argv[3], "w", encoding="utf-8") as f:
            f.write(docs_table(entries))
    counts = {}
    for e in entries:
        counts[e["direction"]] = counts.get(e["direction"], 0) + 1
    print(len(entries), counts, file=sys.stderr)




def constant_name(e):
    method = e["path"].split("/")[-1] if e["path"] else "X"
    base = re.sub(r"[^A-Za-z0-9]+", "_", method).strip("_")
    base = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", base).upper()
    name = "%s_%s" % (base, e["number"].replace(".", "_"))
    return "I_" + name if name[0].isdigit() else name


def java_constants(entries):
    """CarsafeInterfaces.java: one named, compile-checked handle per interface (data, not code)."""
    out = []
    seen = set()
    for e in entries:
        name = constant_name(e)
        assert name not in seen, name
        seen.add(name)
        req = ", ".join(f["name"] + ("*" if f["required"] else "") for f in e["request"]) or "none"
        doc = "%s %s (%s). %s, %s. Request: %s." % (e["number"], e["nameZh"], e["nameEn"], e["direction"],
                                                    e["path"], req)
        doc = doc.replace("*/", "*&#47;").replace("@", "&#64;")
        out.append("    /** %s */\n    public static final CarsafeInterface %s = CarsafeCatalogue.of(\"%s\");\n"
                   % (doc, name, e["number"]))
    return ("package io.parkbridge.protocol.carsafe.catalogue;\n\n"
            "/**\n * A named handle for every catalogue interface (generated by src/build/generate_catalogue.py;\n"
            " * do not edit). Required request fields are marked *. Use with\n"
            " * {@code client.call(CarsafeInterfaces.CALC_6_1, data)}.\n */\n"
            "public final class CarsafeInterfaces {\n    private CarsafeInterfaces() {\n    }\n\n"
            + "\n".join(out) + "}\n")


if __name__ == "__main__":
    main()
    if len(sys.argv) > 4:
        _entries = build(parse(open(sys.argv[1], encoding="utf-8").read())[0])
        with open(sys.argv[4], "w", encoding="utf-8") as f:
            f.write(java_constants(_entries))


# ---- generated message records ------------------------------------------------------------------

JAVA_KEYWORDS = set("""abstract assert boolean break byte case catch char class const continue default do double
else enum extends final finally float for goto if implements import instanceof int interface long native new
package private protected public return short static strictfp super switch synchronized this throw throws
transient try void volatile while record var yield sealed permits""".split())
# Vendor typos keep their wire name (@JsonProperty) but get a clean Java name.
CLEAN_NAMES = {"aeceivable": "receivable", "recodeType": "recordType", "crateDateTime": "createDateTime",
               "stratTime": "startTime", "iodatettime": "ioDateTime", "parkeost": "parkCost",
               "ipAdress": "ipAddress", "EinvoiceExpirationData": "einvoiceExpirationDate", "new": "newValue",
               "old": "oldValue"}
# Interfaces whose tables type their fields (Int, Bool, Decimal...): requests take any JSON value.
TYPED_TABLES = {"6.%d" % n for n in list(range(87, 101)) + [102, 106, 107, 108]} | {"10.53", "10.54", "11.38",
                                                                                    "11.39"}


def java_name(wire, used):
    name = CLEAN_NAMES.get(wire)
    if name is None:
        parts = [p for p in re.split(r"_+", wire) if p]
        name = parts[0][:1].lower() + parts[0][1:] if parts else "field"
        if name.isupper() and len(name) > 1:
            name = name.lower()
        for p in parts[1:]:
            name += p[:1].upper() + p[1:]
    if name in JAVA_KEYWORDS:
        name += "Value"
    base, i = name, 2
    while name in used:
        name = "%s%d" % (base, i)
        i += 1
    used.add(name)
    return name


def holder_name(e):
    const = constant_name(e)
    words = const.split("_")
    head = [w for w in words if not w.isdigit() and w != "I"]
    nums = [w for w in words if w.isdigit()]
    return "".join(w[:1] + w[1:].lower() for w in head) + "_" + "_".join(nums)


def record(kind, fields, value_type, doc):
    used = set()
    comps = []
    for f in fields:
        ann = "@JsonProperty(\"%s\")" % f["name"]
        if f["required"] and kind == "Request":
            ann += " @NotNull"
        comps.append("%s %s %s" % (ann, value_type, java_name(f["name"], used)))
    body = (",\n                ".join(comps)) if comps else ""
    return ("        /** %s */\n        @JsonInclude(JsonInclude.Include.NON_NULL)\n"
            "        public record %s(%s) {\n        }\n" % (doc, kind, body))


def java_messages(entries, chapter):
    out = []
    for e in entries:
        if e["chapter"] != chapter:
            continue
        name = holder_name(e)
        req_type = "Object" if e["number"] in TYPED_TABLES else "String"
        title = ("%s %s (%s)" % (e["number"], e["nameZh"], e["nameEn"])).replace("*/", "*&#47;").replace("@", "&#64;")
        out.append(
            "    /** %s: {@code %s}, %s. */\n    public static final class %s {\n"
            "        /** The catalogue entry. */\n"
            "        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of(\"%s\");\n\n"
            "        private %s() {\n        }\n\n%s\n%s    }\n"
            % (title, e["path"], e["direction"], name, e["number"], name,
               record("Request", e["request"], req_type, "Request {@code data}; wire names as printed."),
               record("Response", e["response"], "JsonNode",
                      "Response {@code data}" + (" (one row; the data is an array)" if e["responseArray"] else "")
                      + "; values kept as JSON (strings or numbers).")))
    return ("package io.parkbridge.protocol.carsafe.message.generated;\n\n"
            "import com.fasterxml.jackson.annotation.JsonInclude;\n"
            "import com.fasterxml.jackson.annotation.JsonProperty;\n"
            "import com.fasterxml.jackson.databind.JsonNode;\n"
            "import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;\n"
            "import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;\n"
            "import jakarta.validation.constraints.NotNull;\n\n"
            "/**\n * Request and response records for every chapter %d interface, generated from the catalogue by\n"
            " * src/build/generate_catalogue.py (do not edit). Wire names are kept exactly ({@code @JsonProperty});\n"
            " * Java names are cleaned. Use with {@code client.call(X.INTERFACE, new X.Request(...))} and\n"
            " * {@code client.call(X.INTERFACE.number(), request, X.Response.class)}.\n */\n"
            "public final class Chapter%dMessages {\n    private Chapter%dMessages() {\n    }\n\n%s}\n"
            % (chapter, chapter, chapter, "\n".join(out)))


if __name__ == "__main__" and len(sys.argv) > 5:
    import os
    _entries = build(parse(open(sys.argv[1], encoding="utf-8").read())[0])
    os.makedirs(sys.argv[5], exist_ok=True)
    for ch in sorted({x["chapter"] for x in _entries}):
        with open(os.path.join(sys.argv[5], "Chapter%dMessages.java" % ch), "w", encoding="utf-8") as f:
            f.write(java_messages(_entries, ch))
